#pragma once
// The calls in acc, read oldest first as the nodes write them: an INVITE's final answer
// starts a call (and ends it at once unless it was answered), the BYE ends an answered one.
// Incremental, so the guard can feed it a few rows at a time.
#include "cluster/ClusterReaders.h"

namespace centrale::cluster {

struct AccCall {
    CallRecord rec;
    QString payerKey; // outbound: the account's policy key; empty for inbound calls
    // An outbound call the node relayed to the carrier. A refusal of the node's own (IP,
    // destination, channels, block) never reached the carrier and has no callee's To tag;
    // it is in the call log but counts against no limit, as in the bundled engine.
    bool counted = false;
};

// The node name of acc rows Centrale's guard writes itself: a call it cut off (BYE, with why).
inline constexpr auto kGuardNode = "centrale";

class AccCalls {
public:
    // Calls that started (INVITE answer) and calls that ended (refused, failed, BYE, or
    // answered longer ago than maxCallMs without a BYE: a node went away).
    struct Events {
        QList<AccCall> started, ended;
    };
    Events feed(const QList<AccRow> &rows, const AccountOwners &owners);
    Events expire(qint64 nowMs, qint64 maxCallMs);
    QList<AccCall> up() const { return m_up.values(); }
    const AccCall *upCall(const QString &callId) const
    {
        const auto it = m_up.constFind(callId);
        return it == m_up.constEnd() ? nullptr : &*it;
    }

private:
    QHash<QString, AccCall> m_up; // answered, by Call-ID
};

} // namespace centrale::cluster
