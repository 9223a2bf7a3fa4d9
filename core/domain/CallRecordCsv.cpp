#include "domain/CallRecordCsv.h"
#include "domain/Money.h"
#include "util/Csv.h"

#include <QDateTime>

namespace centrale {

namespace {
QString isoTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    // Local time with its offset, so the file is unambiguous across DST and time zones.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}
} // namespace

QByteArray callRecordsToCsv(const QList<CallRecord> &records)
{
    // Column names are a machine interface: not translated.
    QByteArray out = csv::line({QStringLiteral("started"), QStringLiteral("answered"), QStringLiteral("ended"), QStringLiteral("direction"),
                                QStringLiteral("account"), QStringLiteral("account_role"), QStringLiteral("owner"), QStringLiteral("caller"),
                                QStringLiteral("callee"), QStringLiteral("dialled"), QStringLiteral("duration_s"), QStringLiteral("sip_status"),
                                QStringLiteral("reason"), QStringLiteral("cost_eur"), QStringLiteral("call_id"), QStringLiteral("a_leg"),
                                QStringLiteral("b_leg")});
    for (const auto &r : records)
        out += csv::line({isoTime(r.startedMs), isoTime(r.answeredMs), isoTime(r.endedMs), r.direction, r.account, r.accountRole, r.owner, r.caller,
                          r.callee, r.dialled, QString::number(r.durationSecs()), QString::number(r.sipStatus), r.reason,
                          money::formatEuro(r.costMicros, 4), r.callId, r.aLeg, r.bLeg});
    return out;
}

} // namespace centrale
