// audit: who changed what, and undo of a change or a whole import.
#include "CtlContext.h"
#include "store/AuditRepository.h"
#include "store/AuditUndo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace centrale::ctl {

namespace {

// "2h", "30m", "7d", "2w" back from now, or an ISO date/time (UTC unless it says otherwise).
std::optional<qint64> parseSince(const QString &text, qint64 nowMs)
{
    static const QRegularExpression duration(QStringLiteral("^(\\d{1,6})([mhdw])$"));
    if (const auto m = duration.match(text.trimmed()); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 minutes = unit == QLatin1Char('m') ? n : unit == QLatin1Char('h') ? n * 60 : unit == QLatin1Char('d') ? n * 1440 : n * 10080;
        return nowMs - minutes * 60000;
    }
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        t = QDateTime(d, QTime(0, 0), Qt::UTC);
    } else if (t.timeSpec() == Qt::LocalTime) {
        t.setTimeSpec(Qt::UTC);
    }
    return t.toMSecsSinceEpoch();
}

QString line(const AuditEntry &e)
{
    QString s = QStringLiteral("%1  %2  %3  %4  %5 \"%6\"  %7")
                    .arg(QString::number(e.id).rightJustified(5), QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODate), e.user, e.interface, e.kind, e.name,
                         e.changes().join(QStringLiteral("; ")));
    if (e.groupId != e.id)
        s += QCoreApplication::translate("centralectl", "  [change %1]").arg(e.groupId);
    if (!e.note.isEmpty())
        s += QStringLiteral("  (%1)").arg(e.note);
    if (e.undoOf)
        s += QCoreApplication::translate("centralectl", "  undo of %1").arg(e.undoOf);
    if (e.undoneBy)
        s += QCoreApplication::translate("centralectl", "  undone by %1").arg(e.undoneBy);
    return s;
}

int undoCommand(CtlContext &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, QStringLiteral("audit undo"),
                   QCoreApplication::translate("centralectl", "Undo a change: every entry of its change (or of its whole import) goes back to how it was, in one transaction. "
                                                              "Refused, with the reason, when a later change depends on it or a password was changed."),
                   QStringLiteral("ID"), QCoreApplication::translate("centralectl", "An entry id from centralectl audit.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "audit undo takes exactly one entry id."));
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(QCoreApplication::translate("centralectl", "id: \"%1\" is not an audit entry id.").arg(p.positionalArguments().first()));
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto done = AuditUndo(**db).undo(id);
    if (!done)
        return ctx.fail(done.message());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("undone"), done->group}, {QStringLiteral("entries"), done->entries}, {QStringLiteral("change"), done->changeId}});
    else
        ctx.print(QCoreApplication::translate("centralectl", "Undid change %1 (%2 entries); the undo is change %3. A running engine applies it within a second.")
                      .arg(done->group)
                      .arg(done->entries)
                      .arg(done->changeId));
    return Ok;
}

} // namespace

int auditCommand(CtlContext &ctx, const QString &)
{
    if (ctx.args.size() > 1 && ctx.args.at(1) == QLatin1String("undo")) {
        ctx.args.removeAt(1);
        return undoCommand(ctx);
    }
    QCommandLineParser p;
    const QCommandLineOption since(QStringLiteral("since"), QCoreApplication::translate("centralectl", "Only changes since an ISO date/time (UTC) or for a time back: 30m, 2h, 7d, 2w."),
                                   QCoreApplication::translate("centralectl", "WHEN"));
    const QCommandLineOption object(QStringLiteral("object"),
                                    QCoreApplication::translate("centralectl", "Only one kind of object (%1), or one object: trunk:Kantoor, number:+31201234567.")
                                        .arg(audit::kinds().join(QStringLiteral(", "))),
                                    QCoreApplication::translate("centralectl", "KIND[:ID]"));
    const QCommandLineOption iface(QStringLiteral("interface"), QCoreApplication::translate("centralectl", "Only changes made from console, cli, import, engine or external (another program)."),
                                   QCoreApplication::translate("centralectl", "NAME"));
    const QCommandLineOption limit(QStringLiteral("limit"), QCoreApplication::translate("centralectl", "At most this many entries, newest first (default 1000)."),
                                   QCoreApplication::translate("centralectl", "N"), QStringLiteral("1000"));
    p.addOptions({since, object, iface, limit});
    if (!ctx.parse(p, QStringLiteral("audit"),
                   QCoreApplication::translate("centralectl", "Who changed what and when, newest first (secrets only as \"changed\"). "
                                                              "Undo one with: centralectl audit undo ID.")))
        return ctx.exitCode;
    AuditFilter f;
    if (p.isSet(since)) {
        const auto ms = parseSince(p.value(since), QDateTime::currentMSecsSinceEpoch());
        if (!ms)
            return ctx.usage(QCoreApplication::translate("centralectl", "--since: \"%1\" is neither an ISO date/time nor a time back like 2h or 7d.").arg(p.value(since)));
        f.sinceMs = *ms;
    }
    if (p.isSet(object)) {
        const QString o = p.value(object);
        f.kind = o.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
        f.object = o.section(QLatin1Char(':'), 1).trimmed();
        if (!audit::kinds().contains(f.kind))
            return ctx.usage(QCoreApplication::translate("centralectl", "--object: unknown kind \"%1\"; use one of %2.").arg(f.kind, audit::kinds().join(QStringLiteral(", "))));
    }
    if (p.isSet(iface)) {
        f.interface = p.value(iface).trimmed().toLower();
        if (!QStringList{QStringLiteral("console"), QStringLiteral("cli"), QStringLiteral("import"), QStringLiteral("engine"), QStringLiteral("external")}.contains(f.interface))
            return ctx.usage(QCoreApplication::translate("centralectl", "--interface: use console, cli, import, engine or external."));
    }
    bool ok = false;
    f.limit = p.value(limit).toInt(&ok);
    if (!ok || f.limit < 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "--limit: a whole number of 1 or more."));
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto entries = AuditRepository(**db).list(f);
    if (!entries)
        return ctx.fail(entries.message());
    if (ctx.json()) {
        QJsonArray a;
        for (const auto &e : *entries)
            a.append(e.toJson());
        ctx.printJson(a);
        return Ok;
    }
    if (entries->isEmpty())
        ctx.print(QCoreApplication::translate("centralectl", "No changes recorded that match."));
    for (const auto &e : *entries)
        ctx.print(line(e));
    return Ok;
}

} // namespace centrale::ctl
