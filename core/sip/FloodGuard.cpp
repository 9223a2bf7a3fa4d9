#include "sip/FloodGuard.h"

#include <algorithm>

namespace centrale::sip {

bool FloodGuard::admit(const QString &address, qint64 nowMs)
{
    if (m_rate <= 0)
        return true;
    const double burst = 2.0 * m_rate;
    auto it = m_buckets.find(address);
    if (it == m_buckets.end())
        it = m_buckets.insert(address, Bucket{burst, nowMs, false});
    Bucket &b = *it;
    b.tokens = std::min(burst, b.tokens + double(nowMs - b.lastMs) * m_rate / 1000.0);
    b.lastMs = nowMs;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        if (b.flooding && b.tokens >= burst / 2)
            b.flooding = false; // calmed down; a new episode will be reported again
        return true;
    }
    if (!b.flooding) {
        b.flooding = true;
        m_newOffenders << address;
    }
    ++m_shed;
    return false;
}

QStringList FloodGuard::takeNewOffenders() { return std::exchange(m_newOffenders, {}); }

void FloodGuard::purgeIdle(qint64 nowMs)
{
    // A full bucket idle for a while carries no information; drop it to bound memory.
    for (auto it = m_buckets.begin(); it != m_buckets.end();)
        it = nowMs - it->lastMs > 10000 ? m_buckets.erase(it) : std::next(it);
}

} // namespace centrale::sip
