// trace and check: the SIP trace of a call or an account (as a ladder, JSON or pcap) and the
// connection check of a trunk or phone account. Both read the trace the engine keeps next to
// the database, so they work whether the engine runs in the console or in `serve`.
#include "Args.h"
#include "CtlContext.h"
#include "diagnostics/ConnectionCheck.h"
#include "diagnostics/Ladder.h"
#include "diagnostics/PcapWriter.h"
#include "domain/SettingsCatalog.h"
#include "store/PhoneAccountRepository.h"
#include "store/SettingsRepository.h"
#include "store/TraceRepository.h"
#include "store/TrunkRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace centrale::ctl {

using namespace centrale::diagnostics;

namespace {

QJsonObject messageJson(const TraceMessage &m)
{
    return {{QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(m.timeUs / 1000).toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("time_us"), m.timeUs},
            {QStringLiteral("direction"), m.outgoing ? QStringLiteral("out") : QStringLiteral("in")},
            {QStringLiteral("source"), m.source()},
            {QStringLiteral("destination"), m.destination()},
            {QStringLiteral("call_id"), QString::fromLatin1(m.callId)},
            {QStringLiteral("call"), QString::fromLatin1(m.group)},
            {QStringLiteral("method"), QString::fromLatin1(m.method)},
            {QStringLiteral("status"), m.status},
            {QStringLiteral("account"), m.account},
            {QStringLiteral("message"), QString::fromUtf8(m.data)}};
}
} // namespace

int traceCommand(CtlContext &ctx, const QString &)
{
    QCommandLineParser p;
    const QCommandLineOption callOpt(QStringLiteral("call"), QCoreApplication::translate("centralectl", "The call with this Call-ID (the call log's call_id): both legs."), QStringLiteral("CALL_ID"));
    const QCommandLineOption accountOpt(QStringLiteral("account"),
                                        QCoreApplication::translate("centralectl", "The registrations and OPTIONS checks of this SIP account (username, or a trunk name for both its accounts)."),
                                        QStringLiteral("USER"));
    const QCommandLineOption pcapOpt(QStringLiteral("pcap"), QCoreApplication::translate("centralectl", "Write the messages as a pcap file (tcpdump, Wireshark, sngrep -I) instead."), QStringLiteral("FILE"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), QCoreApplication::translate("centralectl", "Overwrite the pcap file if it exists."));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), QCoreApplication::translate("centralectl", "With --account: at most N messages, the newest (default 60)."), QStringLiteral("N"),
                                      QStringLiteral("60"));
    p.addOptions({callOpt, accountOpt, pcapOpt, forceOpt, limitOpt});
    if (!ctx.parse(p, QStringLiteral("trace"), QCoreApplication::translate("centralectl", "Show the SIP messages of a call or an account as a ladder (sequence), JSON or pcap.")))
        return ctx.exitCode;
    if (p.isSet(callOpt) == p.isSet(accountOpt))
        return ctx.usage(QCoreApplication::translate("centralectl", "Give either --call CALL_ID or --account USER."));
    if (p.isSet(callOpt) && p.value(callOpt).trimmed().isEmpty())
        return ctx.usage(QCoreApplication::translate("centralectl", "--call needs a Call-ID."));
    auto limit = intArg(p.value(limitOpt), QStringLiteral("limit"), 1, 100000);
    if (!limit)
        return ctx.usage(limit.message());
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto repo = TraceRepository::open(TraceRepository::pathFor((*db)->path()), true);
    if (!repo)
        return ctx.fail(repo.message());
    Result<QList<TraceMessage>> messages = QList<TraceMessage>{};
    if (p.isSet(callOpt)) {
        messages = (*repo)->call(p.value(callOpt).trimmed());
    } else {
        QStringList accounts{p.value(accountOpt)};
        if (auto t = TrunkRepository(**db).find(p.value(accountOpt)))
            accounts = {t->primary.username, t->secondary.username};
        messages = (*repo)->registrations(accounts, limit.value());
    }
    if (!messages)
        return ctx.fail(messages.message());
    if (messages->isEmpty())
        return ctx.fail(p.isSet(callOpt) ? QCoreApplication::translate("centralectl", "No SIP messages of call %1 in the trace (older than the trace keeps, or tracing was off).").arg(p.value(callOpt))
                                         : QCoreApplication::translate("centralectl", "No registrations of %1 in the trace.").arg(p.value(accountOpt)));
    if (p.isSet(pcapOpt)) {
        if (auto s = writePcap(p.value(pcapOpt), *messages, p.isSet(forceOpt)); !s)
            return ctx.fail(s.message());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("file"), p.value(pcapOpt)}, {QStringLiteral("messages"), int(messages->size())}});
        else
            ctx.print(QCoreApplication::translate("centralectl", "%1 messages written to %2").arg(messages->size()).arg(p.value(pcapOpt)));
        return Ok;
    }
    if (ctx.json()) {
        QJsonArray a;
        for (const auto &m : *messages)
            a.append(messageJson(m));
        ctx.printJson(a);
        return Ok;
    }
    QStringList carriers;
    if (auto d = db; d) {
        const QString up = SettingsRepository(**d).get(QLatin1String(settingkeys::kUpstream));
        if (!up.isEmpty())
            carriers << parseEndpoint(up).ip;
    }
    ctx.print(ladderText(buildLadder(*messages, carriers)).trimmed());
    return Ok;
}

int checkCommand(CtlContext &ctx, const QString &)
{
    QCommandLineParser p;
    const QCommandLineOption trunkOpt(QStringLiteral("trunk"), QCoreApplication::translate("centralectl", "Check this trunk (both accounts)."), QStringLiteral("NAME"));
    const QCommandLineOption phoneOpt(QStringLiteral("phone"), QCoreApplication::translate("centralectl", "Check this phone account (its number, E.164 without +)."), QStringLiteral("E164"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), QCoreApplication::translate("centralectl", "Milliseconds to wait for the OPTIONS answer (default 1500; 0 = send none)."),
                                        QStringLiteral("MS"), QStringLiteral("1500"));
    p.addOptions({trunkOpt, phoneOpt, timeoutOpt});
    if (!ctx.parse(p, QStringLiteral("check"),
                   QCoreApplication::translate("centralectl", "Connection check: OPTIONS with round-trip time, NAT and SIP ALG signs in the last REGISTER and INVITE, advice and firewall openings.")))
        return ctx.exitCode;
    if (p.isSet(trunkOpt) == p.isSet(phoneOpt))
        return ctx.usage(QCoreApplication::translate("centralectl", "Give either --trunk NAME or --phone E164."));
    auto timeout = intArg(p.value(timeoutOpt), QStringLiteral("timeout"), 0, 30000);
    if (!timeout)
        return ctx.usage(timeout.message());
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    QString name = p.isSet(trunkOpt) ? p.value(trunkOpt) : p.value(phoneOpt);
    if (p.isSet(phoneOpt) && name.startsWith(QLatin1Char('+')))
        name = name.mid(1);
    auto report = checkConnection(**db, TraceRepository::pathFor((*db)->path()), p.isSet(trunkOpt) ? QStringLiteral("trunk") : QStringLiteral("phone"), name,
                                  timeout.value());
    if (!report)
        return ctx.fail(report.message());
    if (ctx.json())
        ctx.printJson(report->toJson());
    else
        ctx.print(report->text().trimmed());
    return Ok;
}

} // namespace centrale::ctl
