#include "store/ProvisioningLogRepository.h"

namespace centrale {

namespace {
constexpr int kKeepRows = 10000;
}

Status ProvisioningLogRepository::record(const ProvisioningLogEntry &e)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO provisioning_log (at_ms, address, protocol, file, mac, served, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {e.atMs, e.address, e.protocol, e.file.left(200), e.mac, e.served ? 1 : 0, e.reason});
    if (!r)
        return r.error();
    // A scanner must not grow the database without bound.
    const qint64 id = m_db.insertedId(*r, QStringLiteral("provisioning_log"));
    if (id % 100 == 0)
        if (auto d = m_db.exec(QStringLiteral("DELETE FROM provisioning_log WHERE id <= ?"), {id - kKeepRows}); !d)
            return d.error();
    return {};
}

Result<QHash<QString, qint64>> ProvisioningLogRepository::lastServed()
{
    auto q = m_db.exec(QStringLiteral("SELECT mac, MAX(at_ms) FROM provisioning_log WHERE served = 1 AND mac <> '' GROUP BY mac"));
    if (!q)
        return q.error();
    QHash<QString, qint64> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toLongLong());
    return out;
}

Result<QList<ProvisioningLogEntry>> ProvisioningLogRepository::recent(int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT at_ms, address, protocol, file, mac, served, reason FROM provisioning_log ORDER BY id DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    QList<ProvisioningLogEntry> out;
    while (q->next())
        out << ProvisioningLogEntry{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                                    q->value(4).toString(), q->value(5).toBool(), q->value(6).toString()};
    return out;
}

} // namespace centrale
