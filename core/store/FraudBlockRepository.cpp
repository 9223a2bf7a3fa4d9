#include "store/FraudBlockRepository.h"

#include <QCoreApplication>
#include <optional>

namespace centrale {

Status FraudBlockRepository::block(const calls::FraudBlock &b)
{
    // exec() runs a lone write in a transaction of its own: the audit log records it.
    auto r = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO fraud_blocks (policy_key, owner, kind, reason, blocked_ms, lifted_ms) VALUES (?, ?, ?, ?, ?, 0)"),
                       {b.key, b.owner, b.kind, b.reason, b.blockedMs});
    if (!r)
        return r.error();
    return {};
}

Result<QList<calls::FraudBlock>> FraudBlockRepository::list(bool activeOnly)
{
    auto q = m_db.exec(QStringLiteral("SELECT policy_key, owner, kind, reason, blocked_ms, lifted_ms FROM fraud_blocks%1 ORDER BY blocked_ms DESC")
                           .arg(activeOnly ? QStringLiteral(" WHERE lifted_ms = 0") : QString()));
    if (!q)
        return q.error();
    QList<calls::FraudBlock> out;
    while (q->next())
        out << calls::FraudBlock{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), q->value(4).toLongLong(),
                                 q->value(5).toLongLong()};
    return out;
}

Result<calls::FraudBlock> FraudBlockRepository::unblock(const QString &account, qint64 nowMs)
{
    QString wanted = account.trimmed();
    if (wanted.startsWith(QLatin1Char('+')))
        wanted = wanted.mid(1); // phone accounts are named by their digits
    std::optional<calls::FraudBlock> lifted;
    auto s = m_db.transaction([&]() -> Status {
        auto all = list(true);
        if (!all)
            return all.error();
        for (const auto &b : *all) {
            if (b.key != wanted && b.owner.compare(wanted, Qt::CaseInsensitive) != 0)
                continue;
            auto r = m_db.exec(QStringLiteral("UPDATE fraud_blocks SET lifted_ms = ? WHERE policy_key = ?"), {nowMs, b.key});
            if (!r)
                return r.error();
            lifted = b;
            lifted->liftedMs = nowMs;
            return {};
        }
        return Status::fail(QCoreApplication::translate("FraudBlockRepository", "\"%1\" is not blocked by the fraud detector.").arg(account), QStringLiteral("account"));
    });
    if (!s)
        return s.error();
    return *lifted;
}

} // namespace centrale
