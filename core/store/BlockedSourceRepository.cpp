#include "store/BlockedSourceRepository.h"

#include <QCoreApplication>

namespace centrale {

Result<QList<BlockedSource>> BlockedSourceRepository::active(qint64 nowSecs)
{
    auto q = m_db.exec(QStringLiteral("SELECT address, blocked_at, until, reason FROM blocked_sources WHERE until > ? ORDER BY blocked_at"), {nowSecs});
    if (!q)
        return q.error();
    QList<BlockedSource> out;
    while (q->next())
        out << BlockedSource{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toString()};
    return out;
}

Status BlockedSourceRepository::lift(const QString &address)
{
    return m_db.transaction([&]() -> Status {
        auto r = m_db.exec(QStringLiteral("DELETE FROM blocked_sources WHERE address = ?"), {address});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return Status::fail(QCoreApplication::translate("centralectl", "%1 is not blocked.").arg(address), QStringLiteral("address"));
        return {};
    });
}

} // namespace centrale
