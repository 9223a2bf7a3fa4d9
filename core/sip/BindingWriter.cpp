#include "sip/BindingWriter.h"
#include "store/CallLogRepository.h"

#include <QDebug>

namespace centrale::sip {

void BindingWriter::enqueue(WriteOp op)
{
    m_pending.append(std::move(op));
    // Group commit: the flush runs after the operations already queued to this thread, so a
    // burst becomes one transaction, and nothing waits for a timer.
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &BindingWriter::flush, Qt::QueuedConnection);
    }
}

void BindingWriter::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    const auto ops = std::exchange(m_pending, {});
    QList<quint64> acks;
    bool sql = false;
    for (const auto &op : ops) {
        if (auto *a = std::get_if<Ack>(&op))
            acks << a->id;
        else
            sql = true;
    }
    const Status s = sql ? write(ops) : Status{};
    if (!s)
        qWarning("centrale: registrar state and call log not saved: %s", qPrintable(s.message()));
    // Each answer goes back to the worker holding its message: the id's top byte names it.
    QList<QList<quint64>> perWorker(m_acks.size());
    for (quint64 id : std::as_const(acks))
        if (const qsizetype w = qsizetype(id >> kAckWorkerShift); w < perWorker.size())
            perWorker[w] << id;
    for (qsizetype w = 0; w < perWorker.size(); ++w)
        m_acks[w]->release(perWorker[w], s.ok());
}

Status BindingWriter::write(const QList<WriteOp> &ops)
{
    if (!m_db) {
        auto db = Database::open(m_path);
        if (!db)
            return db.error();
        m_db = std::move(db).value();
        m_db->setAuditInterface(QStringLiteral("engine")); // blocked sources are the engine's doing
        // An answer released after this commit promises the change survives a crash of the
        // machine too, not only of the process; group commit pays the fsync once per batch.
        if (auto r = m_db->exec(QStringLiteral("PRAGMA synchronous = FULL")); !r)
            return r.error();
    }
    QList<CallRecord> calls;
    return m_db->transaction([&]() -> Status {
        for (const auto &op : ops) {
            Result<QSqlQuery> r = Result<QSqlQuery>::fail(QString());
            if (std::holds_alternative<Ack>(op))
                continue;
            if (auto *c = std::get_if<LogCall>(&op)) {
                calls << c->record;
                continue;
            }
            if (auto *u = std::get_if<UpsertBinding>(&op)) {
                const auto &b = u->binding;
                // A failed statement ends a PostgreSQL transaction unless it ran in a savepoint.
                const bool pg = m_db->isPostgres();
                if (pg)
                    if (auto sp = m_db->exec(QStringLiteral("SAVEPOINT binding")); !sp)
                        return sp.error();
                r = m_db->exec(QStringLiteral("INSERT INTO bindings (account_id, contact, source, server, user_agent, call_id, cseq, expires_at, reachable)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(account_id, contact) DO UPDATE SET source = excluded.source,"
                                              " server = excluded.server, user_agent = excluded.user_agent, call_id = excluded.call_id,"
                                              " cseq = excluded.cseq, expires_at = excluded.expires_at, reachable = excluded.reachable"),
                               {u->accountId, b.contact, b.source, b.server, b.userAgent, b.callId, b.cseq, b.expiresAt, b.reachable ? 1 : 0});
                // The account may have been deleted meanwhile; that binding is moot.
                if (!r && r.message().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive)) {
                    if (pg)
                        if (auto back = m_db->exec(QStringLiteral("ROLLBACK TO SAVEPOINT binding")); !back)
                            return back.error();
                    continue;
                }
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
        // The call log in the same transaction: a released BYE answer promises its row.
        return calls.isEmpty() ? Status{} : CallLogRepository(*m_db).insert(calls);
    });
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
