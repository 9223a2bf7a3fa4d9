#include "store/CallLogRepository.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace centrale {

Status CallLogRepository::insert(const QList<CallRecord> &records)
{
    return m_db.transaction([&]() -> Status {
        for (const auto &c : records) {
            auto r = m_db.exec(QStringLiteral("INSERT INTO call_log (call_id, direction, account, account_role, owner, caller, callee, dialled,"
                                              " a_leg, b_leg, started_ms, answered_ms, ended_ms, sip_status, reason, cost_micros)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {c.callId, c.direction, c.account, c.accountRole, c.owner, c.caller, c.callee, c.dialled, c.aLeg, c.bLeg,
                                c.startedMs, c.answeredMs, c.endedMs, c.sipStatus, c.reason, c.costMicros});
            if (!r)
                return Status::fail(QCoreApplication::translate("CallLogRepository", "Cannot record call %1: %2").arg(c.callId, r.message()));
        }
        return {};
    });
}

Result<QList<CallRecord>> CallLogRepository::list(const CallLogFilter &f)
{
    QString sql = QStringLiteral("SELECT id, call_id, direction, account, account_role, owner, caller, callee, dialled, a_leg, b_leg,"
                                 " started_ms, answered_ms, ended_ms, sip_status, reason, cost_micros FROM call_log WHERE started_ms >= ?");
    QVariantList bind{f.sinceMs};
    if (!f.direction.isEmpty()) {
        sql += QStringLiteral(" AND direction = ?");
        bind << f.direction;
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        // LIKE is case-insensitive for ASCII; % and _ typed by the user are literal.
        QString pattern = text;
        pattern.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("%"), QLatin1String("\\%")).replace(QLatin1String("_"), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        sql += QStringLiteral(" AND (caller LIKE ? ESCAPE '\\' OR callee LIKE ? ESCAPE '\\' OR account LIKE ? ESCAPE '\\'"
                              " OR owner LIKE ? ESCAPE '\\' OR reason LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 5; ++i)
            bind << pattern;
    }
    sql += QStringLiteral(" ORDER BY started_ms DESC, id DESC");
    if (f.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        bind << f.limit;
    }
    auto q = m_db.exec(sql, bind);
    if (!q)
        return q.error();
    QList<CallRecord> out;
    while (q->next()) {
        CallRecord c;
        c.id = q->value(0).toLongLong();
        c.callId = q->value(1).toString();
        c.direction = q->value(2).toString();
        c.account = q->value(3).toString();
        c.accountRole = q->value(4).toString();
        c.owner = q->value(5).toString();
        c.caller = q->value(6).toString();
        c.callee = q->value(7).toString();
        c.dialled = q->value(8).toString();
        c.aLeg = q->value(9).toString();
        c.bLeg = q->value(10).toString();
        c.startedMs = q->value(11).toLongLong();
        c.answeredMs = q->value(12).toLongLong();
        c.endedMs = q->value(13).toLongLong();
        c.sipStatus = q->value(14).toInt();
        c.reason = q->value(15).toString();
        c.costMicros = q->value(16).toLongLong();
        out << c;
    }
    return out;
}

Result<qint64> CallLogRepository::count()
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM call_log"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

namespace {
// The rows that count against an account: its own calls out past authentication, and forwards it paid for.
constexpr auto kCharged = " sip_status > 0 AND ((direction = 'outbound' AND account <> '') OR cost_micros > 0)";
} // namespace

Result<QSet<QString>> CallLogRepository::knownCallIds(const QStringList &callIds)
{
    QSet<QString> out;
    // In slices: one statement's bound values stay well under SQLite's limit.
    for (qsizetype from = 0; from < callIds.size(); from += 200) {
        const QStringList slice = callIds.mid(from, 200);
        QVariantList bind;
        for (const auto &id : slice)
            bind << id;
        QStringList marks(slice.size(), QStringLiteral("?"));
        auto q = m_db.exec(QStringLiteral("SELECT call_id FROM call_log WHERE call_id IN (%1)").arg(marks.join(QLatin1Char(','))), bind);
        if (!q)
            return q.error();
        while (q->next())
            out.insert(q->value(0).toString());
    }
    return out;
}

Result<QList<ChargedCall>> CallLogRepository::charged(qint64 sinceMs)
{
    auto q = m_db.exec(QStringLiteral("SELECT owner, started_ms, ended_ms, cost_micros FROM call_log WHERE started_ms >= ? AND")
                           + QLatin1String(kCharged) + QStringLiteral(" ORDER BY started_ms"),
                       {sinceMs});
    if (!q)
        return q.error();
    QList<ChargedCall> out;
    while (q->next())
        out << ChargedCall{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong()};
    return out;
}

Result<QList<qint64>> CallLogRepository::spentMicros(const QString &owner, const QList<qint64> &sinceMs)
{
    if (sinceMs.isEmpty())
        return QList<qint64>{};
    // One pass over the rows since the earliest time (the started_ms index bounds it), one
    // conditional sum per window.
    QStringList sums;
    QVariantList bind;
    for (qint64 since : sinceMs) {
        sums << QStringLiteral("COALESCE(SUM(CASE WHEN started_ms >= ? THEN cost_micros ELSE 0 END), 0)");
        bind << since;
    }
    bind << owner << *std::min_element(sinceMs.begin(), sinceMs.end());
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM call_log WHERE owner = ? AND started_ms >= ? AND%2").arg(sums.join(QLatin1String(", ")), QLatin1String(kCharged)),
                       bind);
    if (!q)
        return q.error();
    QList<qint64> out;
    const bool row = q->next();
    for (int i = 0; i < sinceMs.size(); ++i)
        out << (row ? q->value(i).toLongLong() : 0);
    return out;
}

} // namespace centrale
