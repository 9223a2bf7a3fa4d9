#include "store/DashboardRepository.h"
#include "store/JsonColumns.h"

#include <QStringList>

namespace centrale {

namespace {
// The same calls as CallLogRepository's limits and fraud baseline count.
constexpr auto kCharged = " sip_status > 0 AND ((direction = 'outbound' AND account <> '') OR cost_micros > 0)";
} // namespace

Result<QList<SpendingAccount>> DashboardRepository::spendingAccounts()
{
    auto q = m_db.exec(QStringLiteral("SELECT name, limits, 1 FROM trunks UNION ALL SELECT number, limits, 0 FROM phone_accounts ORDER BY 3 DESC, 1"));
    if (!q)
        return q.error();
    QList<SpendingAccount> out;
    while (q->next()) {
        auto limits = Limits::fromJson(jsoncol::toObject(q->value(1).toString()));
        out << SpendingAccount{q->value(0).toString(), q->value(2).toInt() == 1, limits ? limits.value() : Limits{}};
    }
    return out;
}

Result<QList<OwnerSpend>> DashboardRepository::spendByOwner(qint64 dayStartMs, qint64 weekStartMs)
{
    auto q = m_db.exec(QStringLiteral("SELECT owner, COALESCE(SUM(CASE WHEN started_ms >= ? THEN cost_micros ELSE 0 END), 0), COALESCE(SUM(cost_micros), 0)"
                                      " FROM call_log WHERE started_ms >= ? AND%1 GROUP BY owner HAVING SUM(cost_micros) > 0 ORDER BY owner")
                           .arg(QLatin1String(kCharged)),
                       {dayStartMs, qMin(dayStartMs, weekStartMs)});
    if (!q)
        return q.error();
    QList<OwnerSpend> out;
    while (q->next())
        out << OwnerSpend{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong()};
    return out;
}

Result<QList<int>> DashboardRepository::callsPerHour(qint64 dayStartMs, int hourCount)
{
    auto q = m_db.exec(QStringLiteral("SELECT (started_ms - ?) / 3600000, COUNT(*) FROM call_log WHERE started_ms >= ? GROUP BY 1"), {dayStartMs, dayStartMs});
    if (!q)
        return q.error();
    QList<int> out(qMax(0, hourCount), 0);
    while (q->next()) {
        const qint64 hour = q->value(0).toLongLong();
        if (hour >= 0 && hour < out.size())
            out[hour] += q->value(1).toInt();
    }
    return out;
}

Result<QPair<int, int>> DashboardRepository::callsSince(qint64 sinceMs)
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(answered_ms > 0), 0) FROM call_log WHERE started_ms >= ?"), {sinceMs});
    if (!q)
        return q.error();
    if (!q->next())
        return QPair<int, int>{0, 0};
    return QPair<int, int>{q->value(0).toInt(), q->value(1).toInt()};
}

Result<QList<TrunkDaySpend>> DashboardRepository::trunkSpendPerDay(const QList<qint64> &dayStarts)
{
    if (dayStarts.isEmpty())
        return QList<TrunkDaySpend>{};
    // Day boundaries come from the caller (local midnights, so a DST day has 23 or 25 hours).
    QString dayCase = QStringLiteral("CASE");
    QVariantList bind;
    for (qsizetype i = dayStarts.size() - 1; i >= 0; --i) {
        dayCase += QStringLiteral(" WHEN started_ms >= ? THEN %1").arg(i);
        bind << dayStarts[i];
    }
    dayCase += QStringLiteral(" END");
    bind << dayStarts.first();
    auto q = m_db.exec(QStringLiteral("SELECT owner, %1 AS day, SUM(cost_micros) FROM call_log WHERE started_ms >= ? AND%2"
                                      " AND owner IN (SELECT name FROM trunks) GROUP BY owner, day HAVING SUM(cost_micros) > 0 ORDER BY owner, day")
                           .arg(dayCase, QLatin1String(kCharged)),
                       bind);
    if (!q)
        return q.error();
    QList<TrunkDaySpend> out;
    while (q->next())
        out << TrunkDaySpend{q->value(0).toString(), q->value(1).toInt(), q->value(2).toLongLong()};
    return out;
}

Result<QList<QStringList>> DashboardRepository::trunkAccounts()
{
    auto q = m_db.exec(QStringLiteral("SELECT t.name,"
                                      " COALESCE((SELECT username FROM sip_accounts WHERE trunk_id = t.id AND role = 'primary'), ''),"
                                      " COALESCE((SELECT username FROM sip_accounts WHERE trunk_id = t.id AND role = 'secondary'), '')"
                                      " FROM trunks t ORDER BY t.name COLLATE NOCASE"));
    if (!q)
        return q.error();
    QList<QStringList> out;
    while (q->next())
        out << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    return out;
}

} // namespace centrale
