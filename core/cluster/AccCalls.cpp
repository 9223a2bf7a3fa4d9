#include "cluster/AccCalls.h"

namespace centrale::cluster {

AccCalls::Events AccCalls::feed(const QList<AccRow> &rows, const AccountOwners &owners)
{
    Events e;
    for (const auto &r : rows) {
        if (r.method == QLatin1String("INVITE")) {
            AccCall c;
            c.rec = callFromInvite(r, owners);
            c.payerKey = r.policy;
            c.counted = !r.policy.isEmpty() && (c.rec.sipStatus == 200 || !r.toTag.isEmpty());
            e.started.append(c);
            if (c.rec.sipStatus == 200)
                m_up.insert(r.callid, c);
            else
                e.ended.append(c);
        } else if (r.method == QLatin1String("BYE")) {
            auto it = m_up.find(r.callid);
            if (it == m_up.end())
                continue; // its INVITE is older than what was read
            AccCall c = *it;
            m_up.erase(it);
            c.rec.endedMs = std::max(c.rec.answeredMs, r.time.toMSecsSinceEpoch());
            if (r.node == QLatin1String(kGuardNode))
                c.rec.reason = r.sipReason; // why the guard ended it
            e.ended.append(c);
        }
    }
    return e;
}

AccCalls::Events AccCalls::expire(qint64 nowMs, qint64 maxCallMs)
{
    Events e;
    for (auto it = m_up.begin(); it != m_up.end();) {
        if (nowMs - it->rec.answeredMs > maxCallMs) {
            AccCall c = *it;
            c.rec.endedMs = c.rec.answeredMs + maxCallMs;
            e.ended.append(c);
            it = m_up.erase(it);
        } else {
            ++it;
        }
    }
    return e;
}

} // namespace centrale::cluster
