// centralectl export: PBX configuration for a trunk or a phone account.
#include "Args.h"
#include "CtlContext.h"
#include "export/ExportService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace centrale::ctl {

namespace {
QString formatTargets(const ExportFormat &f)
{
    if (f.trunks && f.phones)
        return QStringLiteral("both");
    return f.trunks ? QStringLiteral("trunk") : QStringLiteral("phone");
}

int listFormats(CtlContext &ctx)
{
    if (ctx.json()) {
        QJsonArray a;
        for (const auto &f : ExportRegistry::all()) {
            QJsonArray brands;
            for (auto b : f.defaultFor)
                brands.append(pbxBrandKey(b));
            a.append(QJsonObject{{QStringLiteral("key"), f.key},
                                 {QStringLiteral("name"), f.displayName},
                                 {QStringLiteral("default_for_brands"), brands},
                                 {QStringLiteral("trunks"), f.trunks},
                                 {QStringLiteral("phones"), f.phones},
                                 {QStringLiteral("applies_to"), formatTargets(f)}});
        }
        ctx.printJson(a);
        return Ok;
    }
    for (const auto &f : ExportRegistry::all()) {
        QStringList brands;
        for (auto b : f.defaultFor)
            brands << pbxBrandKey(b);
        const QString applies = f.trunks && f.phones ? QCoreApplication::translate("centralectl", "trunks and phone accounts")
                                : f.trunks          ? QCoreApplication::translate("centralectl", "trunks")
                                                    : QCoreApplication::translate("centralectl", "phone accounts");
        QString text = f.key.leftJustified(18) + f.displayName.leftJustified(38) + applies;
        if (!brands.isEmpty())
            text += QCoreApplication::translate("centralectl", "; default for %1").arg(brands.join(QStringLiteral(", ")));
        ctx.print(text);
    }
    return Ok;
}
} // namespace

int exportCommand(CtlContext &ctx, const QString &)
{
    QCommandLineParser p;
    const QCommandLineOption trunk(QStringLiteral("trunk"), QCoreApplication::translate("centralectl", "Export this trunk."), QCoreApplication::translate("centralectl", "NAME"));
    const QCommandLineOption phone(QStringLiteral("phone"), QCoreApplication::translate("centralectl", "Export this phone account."), QCoreApplication::translate("centralectl", "E164"));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("centralectl", "Export format (see --list-formats; default: the trunk brand's)."), QCoreApplication::translate("centralectl", "FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("centralectl", "Folder to write the files to (created when missing)."), QCoreApplication::translate("centralectl", "DIR"));
    const QCommandLineOption secrets(QStringLiteral("include-secrets"), QCoreApplication::translate("centralectl", "Write the passwords into the files (created 0600). Without it they hold placeholders."));
    const QCommandLineOption force(QStringLiteral("force"), QCoreApplication::translate("centralectl", "Overwrite files that exist already."));
    const QCommandLineOption list(QStringLiteral("list-formats"), QCoreApplication::translate("centralectl", "List the export formats."));
    p.addOptions({trunk, phone, format, out, secrets, force, list});
    if (!ctx.parse(p, QStringLiteral("export"), QCoreApplication::translate("centralectl", "Write the PBX configuration for a trunk or a phone account.")))
        return ctx.exitCode;
    if (p.isSet(list))
        return listFormats(ctx);
    if (p.isSet(trunk) == p.isSet(phone))
        return ctx.usage(QCoreApplication::translate("centralectl", "Give either --trunk NAME or --phone E164 (see: centralectl export --help)."));
    if (!p.isSet(out))
        return ctx.usage(QCoreApplication::translate("centralectl", "--out is required (see: centralectl export --help)."));
    if (p.isSet(format) && !ExportRegistry::find(p.value(format))) {
        QStringList keys;
        for (const auto &f : ExportRegistry::all())
            keys << f.key;
        return ctx.usage(QCoreApplication::translate("centralectl", "--format \"%1\" is not known; use one of: %2.").arg(p.value(format), keys.join(QStringLiteral(", "))));
    }
    ExportRequest req;
    req.trunkName = p.value(trunk);
    if (p.isSet(phone)) {
        auto d = numberArg(p.value(phone));
        if (!d)
            return ctx.usage(QStringLiteral("--phone: ") + d.message());
        req.phoneNumber = d.value();
    }
    req.format = p.value(format);
    req.outDir = p.value(out);
    req.includeSecrets = p.isSet(secrets);
    req.overwrite = p.isSet(force);

    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    SecretStore *store = nullptr;
    if (req.includeSecrets) {
        auto s = ctx.secrets();
        if (!s)
            return ctx.fail(s.message());
        store = s.value();
    }
    auto r = ExportService(**db, store).run(req);
    if (!r)
        return ctx.fail(r.message());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("format"), r->format},
                                  {QStringLiteral("files"), QJsonArray::fromStringList(r->paths)},
                                  {QStringLiteral("secrets_included"), r->secretsIncluded}});
    } else {
        for (const auto &path : r->paths)
            ctx.print(path);
        ctx.print(r->secretsIncluded ? QCoreApplication::translate("centralectl", "Exported %1 (%2 files) with passwords: the files are readable by you only (0600).").arg(r->format).arg(r->paths.size())
                                     : QCoreApplication::translate("centralectl", "Exported %1 (%2 files) without passwords; placeholders mark where they go.").arg(r->format).arg(r->paths.size()));
    }
    return Ok;
}

} // namespace centrale::ctl
