#include "service/CallHistory.h"
#include "store/CallLogRepository.h"

namespace centrale {

Result<CallHistory> loadCallHistory(Database &db, const calls::CallConfig &cfg, qint64 nowMs)
{
    const qint64 weekStart = calls::LimitTracker::windowStart(calls::LimitWindow::Week, nowMs);
    const qint64 since = std::min(weekStart, nowMs - qint64(cfg.fraud.baselineWeeks + 1) * 7 * 24 * 3600 * 1000);
    auto records = CallLogRepository(db).charged(since);
    if (!records)
        return records.error();
    QHash<QString, QString> keyByOwner; // the call log names the owner; limits count by policy
    for (const auto &p : cfg.policies)
        keyByOwner.insert(p.name, p.key);
    CallHistory out;
    for (const auto &r : *records) {
        const QString key = keyByOwner.value(r.owner);
        if (key.isEmpty())
            continue;
        if (r.startedMs >= weekStart)
            out.usage[key].append(calls::UsageEntry{r.startedMs, r.costMicros});
        out.fraud[key].append(calls::FraudCall{r.startedMs, r.costMicros, std::max<qint64>(0, (r.endedMs - r.startedMs) / 1000)});
    }
    return out;
}

} // namespace centrale
