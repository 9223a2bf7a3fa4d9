// centralectl provisioning show|token|log: what a phone fetches, its HTTPS URL, who asked.
#include "Args.h"
#include "CtlContext.h"
#include "domain/MacAddress.h"
#include "provisioning/ProvisioningService.h"
#include "store/PhoneAccountRepository.h"
#include "store/ProvisioningLogRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace centrale::ctl {

namespace {

int show(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption mac(QStringLiteral("mac"), QCoreApplication::translate("centralectl", "The phone's MAC address."), QStringLiteral("MAC"));
    const QCommandLineOption secrets(QStringLiteral("include-secrets"), QCoreApplication::translate("centralectl", "Show the SIP password in clear (it is masked otherwise)."));
    p.addOptions({mac, secrets});
    if (!ctx.parse(p, QStringLiteral("provisioning show"), QCoreApplication::translate("centralectl", "Print the configuration files the phone with this MAC address fetches.")))
        return ctx.exitCode;
    if (!p.isSet(mac))
        return ctx.usage(QCoreApplication::translate("centralectl", "--mac is required."));
    auto m = normalizeMac(p.value(mac));
    if (!m)
        return ctx.usage(QStringLiteral("--mac: ") + m.message());
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    SecretStore *store = nullptr;
    if (p.isSet(secrets)) {
        auto s = ctx.secrets();
        if (!s)
            return ctx.fail(s.message());
        store = s.value();
    }
    provisioning::ProvisioningService service(**db, store);
    auto files = service.renderAll(m.value(), p.isSet(secrets));
    if (!files)
        return ctx.fail(files.message());
    auto phone = PhoneAccountRepository(**db).findByMac(m.value());
    if (ctx.json()) {
        QJsonArray a;
        for (const auto &[name, content] : files.value())
            a.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("content"), QString::fromUtf8(content)}});
        ctx.printJson(QJsonObject{{QStringLiteral("mac"), m.value()},
                                  {QStringLiteral("number"), phone ? QString(QLatin1Char('+') + phone->number) : QString()},
                                  {QStringLiteral("model"), phone ? phone->model : QString()},
                                  {QStringLiteral("tftp_url"), service.tftpBase()},
                                  {QStringLiteral("files"), a}});
        return Ok;
    }
    for (const auto &[name, content] : files.value())
        ctx.print(QStringLiteral("==> %1 <==\n%2").arg(name, QString::fromUtf8(content)));
    return Ok;
}

int token(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption mac(QStringLiteral("mac"), QCoreApplication::translate("centralectl", "The phone's MAC address."), QStringLiteral("MAC"));
    const QCommandLineOption number(QStringLiteral("number"), QCoreApplication::translate("centralectl", "Or the phone account's number."), QCoreApplication::translate("centralectl", "E164"));
    p.addOptions({mac, number});
    if (!ctx.parse(p, QStringLiteral("provisioning token"),
                   QCoreApplication::translate("centralectl", "Make a new HTTPS provisioning URL for a phone; it is shown only now and the old one stops working.")))
        return ctx.exitCode;
    if (p.isSet(mac) == p.isSet(number))
        return ctx.usage(QCoreApplication::translate("centralectl", "Give either --mac or --number."));
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    QString digits;
    if (p.isSet(mac)) {
        auto m = normalizeMac(p.value(mac));
        if (!m)
            return ctx.usage(QStringLiteral("--mac: ") + m.message());
        auto ph = PhoneAccountRepository(**db).findByMac(m.value());
        if (!ph)
            return ctx.fail(ph.message());
        digits = ph->number;
    } else {
        auto d = numberArg(p.value(number));
        if (!d)
            return ctx.usage(d.message());
        digits = d.value();
    }
    provisioning::ProvisioningService service(**db, nullptr);
    auto t = service.newToken(digits);
    if (!t)
        return ctx.fail(t.message());
    const QString url = service.httpsBase(t.value());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("number"), QString(QLatin1Char('+') + digits)}, {QStringLiteral("token"), t.value()}, {QStringLiteral("url"), url}});
        return Ok;
    }
    ctx.print(url.isEmpty() ? QCoreApplication::translate("centralectl", "Token for +%1: %2 (shown only now; set provisioning.https to serve it)").arg(digits, t.value())
                            : QCoreApplication::translate("centralectl", "Provisioning URL for +%1: %2 (shown only now)").arg(digits, url));
    return Ok;
}

int log(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption limit(QStringLiteral("limit"), QCoreApplication::translate("centralectl", "How many of the newest requests (default 50)."), QStringLiteral("N"));
    p.addOption(limit);
    if (!ctx.parse(p, QStringLiteral("provisioning log"), QCoreApplication::translate("centralectl", "The newest provisioning requests, served and refused.")))
        return ctx.exitCode;
    int n = 50;
    if (p.isSet(limit)) {
        auto l = intArg(p.value(limit), QStringLiteral("limit"), 1, 10000);
        if (!l)
            return ctx.usage(l.message());
        n = l.value();
    }
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto rows = ProvisioningLogRepository(**db).recent(n);
    if (!rows)
        return ctx.fail(rows.message());
    QJsonArray a;
    for (const auto &r : rows.value()) {
        const QString at = QDateTime::fromMSecsSinceEpoch(r.atMs).toString(Qt::ISODate);
        if (ctx.json())
            a.append(QJsonObject{{QStringLiteral("at"), at}, {QStringLiteral("address"), r.address}, {QStringLiteral("protocol"), r.protocol},
                                 {QStringLiteral("file"), r.file}, {QStringLiteral("mac"), r.mac}, {QStringLiteral("served"), r.served},
                                 {QStringLiteral("reason"), r.reason}});
        else
            ctx.print(QStringLiteral("%1  %2  %3  %4  %5").arg(at, r.protocol, r.address, r.served ? QStringLiteral("served") : QStringLiteral("refused (") + r.reason + QLatin1Char(')'), r.file));
    }
    if (ctx.json())
        ctx.printJson(a);
    return Ok;
}

} // namespace

int provisioningCommand(CtlContext &ctx, const QString &action)
{
    if (action == QLatin1String("show"))
        return show(ctx);
    if (action == QLatin1String("token"))
        return token(ctx);
    if (action == QLatin1String("log"))
        return log(ctx);
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"provisioning %1\"; use show, token or log.").arg(action));
}

} // namespace centrale::ctl
