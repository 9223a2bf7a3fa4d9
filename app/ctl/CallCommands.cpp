// calls: the call log, for scripts and spreadsheets.
#include "Args.h"
#include "CtlContext.h"
#include "domain/CallRecordCsv.h"
#include "domain/Money.h"
#include "cluster/ClusterGuard.h"
#include "store/CallLogRepository.h"
#include "store/RecordingRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
#include <cstdio>

namespace centrale::ctl {

namespace {
QJsonValue timeJson(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject callJson(const CallRecord &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("call_id"), c.callId},
            {QStringLiteral("direction"), c.direction},
            {QStringLiteral("account"), c.account},
            {QStringLiteral("account_role"), c.accountRole},
            {QStringLiteral("owner"), c.owner},
            {QStringLiteral("caller"), c.caller},
            {QStringLiteral("callee"), c.callee},
            {QStringLiteral("dialled"), c.dialled},
            {QStringLiteral("a_leg"), c.aLeg},
            {QStringLiteral("b_leg"), c.bLeg},
            {QStringLiteral("started"), timeJson(c.startedMs)},
            {QStringLiteral("answered"), timeJson(c.answeredMs)},
            {QStringLiteral("ended"), timeJson(c.endedMs)},
            {QStringLiteral("duration_s"), c.durationSecs()},
            {QStringLiteral("sip_status"), c.sipStatus},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("cost_micros"), c.costMicros},
            {QStringLiteral("cost_eur"), money::formatEuro(c.costMicros, 4)}};
}

QString callLine(const CallRecord &c)
{
    return QStringLiteral("%1  %2  %3  %4 -> %5  %6s  %7 %8  %9")
        .arg(QDateTime::fromMSecsSinceEpoch(c.startedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), c.direction.leftJustified(8), c.owner,
             c.caller, c.callee, QString::number(c.durationSecs()), QString::number(c.sipStatus), c.reason, money::formatEuro(c.costMicros, 4));
}
} // namespace

int callCommand(CtlContext &ctx, const QString &action)
{
    QCommandLineParser p;
    if (action == QLatin1String("list")) {
        const QCommandLineOption csvOpt(QStringLiteral("csv"), QCoreApplication::translate("centralectl", "CSV output (header line, RFC 4180)."));
        const QCommandLineOption limitOpt(QStringLiteral("limit"), QCoreApplication::translate("centralectl", "At most N calls, newest first (default 1000)."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
        const QCommandLineOption filterOpt(QStringLiteral("filter"),
                                           QCoreApplication::translate("centralectl", "Only calls whose caller, callee, account, trunk/phone or reason contains TEXT."),
                                           QStringLiteral("TEXT"));
        p.addOptions({csvOpt, limitOpt, filterOpt});
        if (!ctx.parse(p, QStringLiteral("calls list"), QCoreApplication::translate("centralectl", "List the call log, newest first.")))
            return ctx.exitCode;
        if (ctx.json() && p.isSet(csvOpt))
            return ctx.usage(QCoreApplication::translate("centralectl", "--json and --csv cannot be combined."));
        auto limit = intArg(p.value(limitOpt), QStringLiteral("limit"), 1, 10000000);
        if (!limit)
            return ctx.usage(limit.message());
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        // In cluster mode the calls are the nodes' (acc): book the finished ones the call log
        // lacks first, so the list is current even when no console or follower runs.
        if (auto mode = cluster::loadClusterSettings(**db, nullptr); mode && mode->mode == cluster::EngineMode::Cluster) {
            QString why;
            auto secrets = ctx.secrets();
            auto settings = secrets ? cluster::loadClusterSettings(**db, *secrets) : Result<cluster::ClusterSettings>(secrets.error());
            if (settings) {
                if (auto store = KamailioStore::open(settings->db); store) {
                    if (auto booked = cluster::bookClusterCalls(**db, **store); !booked)
                        why = booked.message();
                } else {
                    why = store.message();
                }
            } else {
                why = settings.message();
            }
            if (!why.isEmpty())
                QTextStream(stderr) << QCoreApplication::translate("centralectl", "cluster call log not read (showing what was booked before): %1").arg(why) << Qt::endl;
        }
        CallLogFilter filter;
        filter.text = p.value(filterOpt);
        filter.limit = limit.value();
        auto calls = CallLogRepository(**db).list(filter);
        if (!calls)
            return ctx.fail(calls.message());
        // Which calls have a recording (kept under Recordings, named by call ID).
        QStringList ids;
        for (const auto &c : calls.value())
            ids << c.callId;
        const auto recordedList = RecordingRepository(**db).recordedCalls(ids);
        const QSet<QString> recorded = recordedList ? QSet<QString>(recordedList->cbegin(), recordedList->cend()) : QSet<QString>{};
        if (ctx.json()) {
            QJsonArray a;
            for (const auto &c : calls.value()) {
                QJsonObject o = callJson(c);
                o.insert(QStringLiteral("recording"), recorded.contains(c.callId));
                a.append(o);
            }
            ctx.printJson(a);
        } else if (p.isSet(csvOpt)) {
            const QByteArray csv = callRecordsToCsv(calls.value());
            std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
            std::fflush(stdout);
        } else {
            for (const auto &c : calls.value())
                ctx.print(callLine(c) + (recorded.contains(c.callId) ? QCoreApplication::translate("centralectl", "  [recorded]") : QString()));
        }
        return Ok;
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"calls %1\"; use list.").arg(action));
}

} // namespace centrale::ctl
