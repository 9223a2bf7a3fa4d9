#include "dashboard/DemoCallHistory.h"

#include <QRandomGenerator>
#include <cmath>

namespace centrale {

namespace {
// Share of office-hour traffic per hour of the day (index = hour).
constexpr double kHourShape[24] = {0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.3, 0.9, 1.0, 1.0, 0.85,
                                   0.5,  0.8,  0.95, 0.9,  0.75, 0.45, 0.2,  0.12, 0.08, 0.05, 0.04, 0.03};

struct Destination {
    const char *prefix;
    int digits; // after the prefix
    int share;  // out of 100
};
constexpr Destination kDestinations[] = {{"3150", 7, 30}, {"3120", 7, 12}, {"316", 8, 38}, {"3230", 6, 6}, {"4930", 8, 7}, {"3110", 7, 7}};

QString randomDigits(QRandomGenerator &rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + int(rng.bounded(10)));
    return s;
}

QString destination(QRandomGenerator &rng)
{
    int pick = int(rng.bounded(100));
    for (const auto &d : kDestinations) {
        if (pick < d.share)
            return QLatin1String(d.prefix) + randomDigits(rng, d.digits);
        pick -= d.share;
    }
    return QStringLiteral("316") + randomDigits(rng, 8);
}

// Poisson-distributed count with mean lambda (Knuth; lambda stays small here).
int poisson(QRandomGenerator &rng, double lambda)
{
    const double limit = std::exp(-lambda);
    double p = 1.0;
    int k = 0;
    do {
        ++k;
        p *= rng.generateDouble();
    } while (p > limit && k < 1000);
    return k - 1;
}
} // namespace

QList<CallRecord> DemoCallHistory::generate(const QList<DemoCaller> &callers, const RateTable &rates, const QDateTime &now, int days, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<CallRecord> out;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    int serial = 0;
    for (int d = days; d >= 0; --d) {
        const QDate date = now.date().addDays(-d);
        const double dayFactor = date.dayOfWeek() >= 6 ? 0.15 : 1.0;
        for (int hour = 0; hour < 24; ++hour) {
            const qint64 hourStart = QDateTime(date, QTime(hour, 0)).toMSecsSinceEpoch();
            if (hourStart >= nowMs)
                break;
            for (const auto &c : callers) {
                const int count = poisson(rng, 2.2 * c.weight * dayFactor * kHourShape[hour]);
                for (int i = 0; i < count; ++i) {
                    CallRecord r;
                    r.startedMs = hourStart + qint64(rng.bounded(3600)) * 1000;
                    if (r.startedMs >= nowMs - 60000)
                        continue; // ended calls only
                    const bool inbound = c.role != QLatin1String("phone") && rng.bounded(100) < 35;
                    r.callId = QStringLiteral("demo-%1-%2@centrale").arg(seed).arg(++serial);
                    r.direction = inbound ? QStringLiteral("inbound") : QStringLiteral("outbound");
                    r.account = c.account;
                    r.accountRole = c.role;
                    r.owner = c.owner;
                    const QString other = destination(rng);
                    r.caller = inbound ? other : c.number;
                    r.callee = inbound ? c.number : other;
                    r.dialled = inbound ? c.number : QLatin1Char('0') + other.mid(2);
                    r.aLeg = inbound ? QStringLiteral("carrier") : c.owner;
                    r.bLeg = inbound ? c.owner : QStringLiteral("carrier");
                    const int roll = int(rng.bounded(100));
                    if (roll < 78) {
                        r.answeredMs = r.startedMs + 3000 + qint64(rng.bounded(9000));
                        // Mostly short business calls, a few long ones.
                        const double talkSecs = 20 + -std::log(1.0 - rng.generateDouble()) * 170;
                        r.endedMs = qMin(r.answeredMs + qint64(talkSecs * 1000), nowMs - 1000);
                        r.sipStatus = 200;
                        r.reason = QStringLiteral("Normal clearing");
                        if (!inbound)
                            if (const Rate *rate = rates.find(other))
                                r.costMicros = RateTable::costMicros(*rate, r.endedMs - r.answeredMs);
                    } else {
                        r.endedMs = r.startedMs + 4000 + qint64(rng.bounded(20000));
                        r.sipStatus = roll < 88 ? 486 : roll < 96 ? 487 : 480;
                        r.reason = r.sipStatus == 486 ? QStringLiteral("Busy Here")
                                   : r.sipStatus == 487 ? QStringLiteral("Request Terminated")
                                                        : QStringLiteral("Temporarily Unavailable");
                    }
                    out << r;
                }
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const CallRecord &a, const CallRecord &b) { return a.startedMs < b.startedMs; });
    return out;
}

} // namespace centrale
