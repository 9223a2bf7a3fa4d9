// EngineCore's group commit (each worker thread): the writes each event needs, handed to the
// writer once per loop turn, and the answers held until the writer says they are durable.
#include "sip/EngineCore.h"

#include <QDateTime>

#include <sofia-sip/nta.h>
#include <sofia-sip/nta_stateless.h>
#include <sofia-sip/nta_tport.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/tport.h>

namespace centrale::sip {

namespace {
qint64 nowSecs() { return QDateTime::currentSecsSinceEpoch(); }
} // namespace

void EngineCore::emitEvent(const EngineEvent &e)
{
    Worker &w = worker("EngineCore::emitEvent");
    persist(e);
    w.pendingEvents.append(e);
}

void EngineCore::persist(const EngineEvent &e)
{
    Worker &w = worker("EngineCore::persist");
    const std::pair<qint64, QString> key{e.accountId, e.binding.contact};
    switch (e.kind) {
    case RegistrationEventKind::Refreshed: {
        // Skip the write while the stored expiry still covers 3/4 of the real one (rapid
        // re-registrations would otherwise cost a disk write each).
        const qint64 now = nowSecs();
        const bool write = m_persistedExpiry.with([&](QHash<std::pair<qint64, QString>, qint64> &persisted) {
            qint64 &stored = persisted[key];
            if ((stored - now) * 4 >= (e.binding.expiresAt - now) * 3)
                return false;
            stored = e.binding.expiresAt;
            return true;
        });
        if (write)
            w.pendingWrites.append(UpsertBinding{e.accountId, e.binding});
        break;
    }
    case RegistrationEventKind::Registered:
    case RegistrationEventKind::Reachable:
    case RegistrationEventKind::Unreachable:
        m_persistedExpiry.with([&](QHash<std::pair<qint64, QString>, qint64> &persisted) { persisted[key] = e.binding.expiresAt; });
        w.pendingWrites.append(UpsertBinding{e.accountId, e.binding});
        break;
    case RegistrationEventKind::Unregistered:
    case RegistrationEventKind::Expired:
        m_persistedExpiry.with([&](QHash<std::pair<qint64, QString>, qint64> &persisted) { persisted.remove(key); });
        w.pendingWrites.append(DeleteBinding{e.accountId, e.binding.contact});
        break;
    case RegistrationEventKind::Blocked:
        w.pendingWrites.append(BlockSource{e.address, nowSecs(), nowSecs() + w.active->block.durationSecs, e.detail});
        break;
    case RegistrationEventKind::Unblocked:
        w.pendingWrites.append(UnblockSource{e.address});
        break;
    case RegistrationEventKind::AuthFailure:
    case RegistrationEventKind::Flood:
        break;
    }
    if (e.ackId) // after the event's writes: its 200 OK goes out when they are committed
        w.pendingWrites.append(Ack{e.ackId});
}

void EngineCore::flushWrites()
{
    Worker &w = worker("EngineCore::flushWrites");
    if (w.pendingWrites.isEmpty())
        return;
    if (m_writeSink) {
        m_writeSink(std::exchange(w.pendingWrites, {}));
        return;
    }
    // No store behind this engine: nothing to wait for.
    QList<quint64> acks;
    for (const auto &op : std::exchange(w.pendingWrites, {}))
        if (auto *a = std::get_if<Ack>(&op))
            acks << a->id;
    w.acks->release(acks, true);
}

quint64 EngineCore::holdReply(nta_agent_t *agent, msg_t *msg, int status, const char *phrase, QByteArray contacts)
{
    Worker &w = worker("EngineCore::holdReply");
    const quint64 id = (quint64(w.index) << kAckWorkerShift) | w.nextAck++;
    tport_t *tp = tport_ref(tport_delivered_by(nta_agent_tports(agent), msg));
    w.held.insert(id, HeldReply{agent, msg, tp, status, QByteArray(phrase), std::move(contacts)});
    return id;
}

void EngineCore::sendReleased()
{
    Worker &w = worker("EngineCore::sendReleased");
    for (const auto &[id, durable] : w.acks->take()) {
        const auto it = w.held.find(id);
        if (it == w.held.end())
            continue;
        const HeldReply h = *it;
        w.held.erase(it);
        if (!durable) // not stored: say so, the peer retries (a 200 would promise what is lost)
            nta_msg_treply(h.agent, h.msg, SIP_500_INTERNAL_SERVER_ERROR, NTATAG_TPORT(h.tport), SIPTAG_RETRY_AFTER_STR("5"), TAG_END());
        else if (h.contacts.isEmpty())
            nta_msg_treply(h.agent, h.msg, h.status, h.phrase.constData(), NTATAG_TPORT(h.tport), TAG_END());
        else
            nta_msg_treply(h.agent, h.msg, h.status, h.phrase.constData(), NTATAG_TPORT(h.tport), SIPTAG_CONTACT_STR(h.contacts.constData()), TAG_END());
        tport_unref(h.tport);
    }
}

} // namespace centrale::sip
