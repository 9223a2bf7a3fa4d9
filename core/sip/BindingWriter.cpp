#include "sip/BindingWriter.h"
#include "store/CallLogRepository.h"

#include <QDebug>

namespace centrale::sip {

void BindingWriter::enqueue(WriteOp op)
{
    m_pending.append(std::move(op));
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &BindingWriter::flush);
    }
    if (!m_timer->isActive())
        m_timer->start(200);
}

void BindingWriter::flush()
{
    if (m_pending.isEmpty())
        return;
    if (!m_db) {
        auto db = Database::open(m_path);
        if (!db) {
            qWarning("centrale: bindings not saved: %s", qPrintable(db.message()));
            return;
        }
        m_db = std::move(db).value();
    }
    const auto ops = std::exchange(m_pending, {});
    QList<CallRecord> calls;
    auto s = m_db->transaction([&]() -> Status {
        for (const auto &op : ops) {
            Result<QSqlQuery> r = Result<QSqlQuery>::fail(QString());
            if (auto *c = std::get_if<LogCall>(&op)) {
                calls << c->record;
                continue;
            }
            if (auto *u = std::get_if<UpsertBinding>(&op)) {
                const auto &b = u->binding;
                r = m_db->exec(QStringLiteral("INSERT INTO bindings (account_id, contact, source, server, user_agent, call_id, cseq, expires_at, reachable)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(account_id, contact) DO UPDATE SET source = excluded.source,"
                                              " server = excluded.server, user_agent = excluded.user_agent, call_id = excluded.call_id,"
                                              " cseq = excluded.cseq, expires_at = excluded.expires_at, reachable = excluded.reachable"),
                               {u->accountId, b.contact, b.source, b.server, b.userAgent, b.callId, b.cseq, b.expiresAt, b.reachable ? 1 : 0});
                // The account may have been deleted meanwhile; that binding is moot.
                if (!r && r.message().contains(QLatin1String("FOREIGN KEY")))
                    continue;
            } else if (auto *d = std::get_if<DeleteBinding>(&op)) {
                r = m_db->exec(QStringLiteral("DELETE FROM bindings WHERE account_id = ? AND contact = ?"), {d->accountId, d->contact});
            } else if (auto *bl = std::get_if<BlockSource>(&op)) {
                r = m_db->exec(QStringLiteral("INSERT OR REPLACE INTO blocked_sources (address, blocked_at, until, failures, reason) VALUES (?, ?, ?, 0, ?)"),
                               {bl->address, bl->blockedAt, bl->until, bl->reason});
            } else if (auto *hb = std::get_if<Heartbeat>(&op)) {
                r = m_db->exec(QStringLiteral("INSERT OR REPLACE INTO engine_state (id, pid, listen, heartbeat, upstream) VALUES (1, ?, ?, ?, ?)"),
                               {hb->pid, hb->listen, hb->at, hb->upstream});
            } else if (auto *ub = std::get_if<UnblockSource>(&op)) {
                r = m_db->exec(QStringLiteral("DELETE FROM blocked_sources WHERE address = ?"), {ub->address});
            }
            if (!r)
                return r.error();
        }
        return {};
    });
    if (!s)
        qWarning("centrale: registrar state not saved: %s", qPrintable(s.message()));
    if (!calls.isEmpty())
        if (auto c = CallLogRepository(*m_db).insert(calls); !c)
            qWarning("centrale: call log not saved: %s", qPrintable(c.message()));
}

QList<std::pair<qint64, Binding>> loadBindings(Database &db, qint64 now)
{
    QList<std::pair<qint64, Binding>> out;
    auto q = db.exec(QStringLiteral("SELECT account_id, contact, source, server, user_agent, call_id, cseq, expires_at, reachable FROM bindings"
                                    " WHERE expires_at > ?"),
                     {now});
    if (!q)
        return out;
    while (q->next())
        out.append({q->value(0).toLongLong(),
                    Binding{q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                            q->value(6).toUInt(), q->value(7).toLongLong(), q->value(8).toBool()}});
    return out;
}

QHash<QString, qint64> loadBlocked(Database &db, qint64 now)
{
    QHash<QString, qint64> out;
    auto q = db.exec(QStringLiteral("SELECT address, until FROM blocked_sources WHERE until > ?"), {now});
    if (!q)
        return out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toLongLong());
    return out;
}

} // namespace centrale::sip
