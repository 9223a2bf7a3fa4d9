#include "sip/FailureBlocker.h"

namespace centrale::sip {

FailureBlocker::Outcome FailureBlocker::recordFailure(const QString &address, qint64 now, bool exempt)
{
    if (exempt)
        return Outcome::Exempt;
    auto &times = m_failures[address];
    times.push_back(now);
    while (!times.empty() && times.front() <= now - m_policy.windowSecs)
        times.pop_front();
    if (int(times.size()) >= m_policy.failures) {
        m_failures.remove(address);
        m_blockedUntil.insert(address, now + m_policy.durationSecs);
        return Outcome::NowBlocked;
    }
    return Outcome::Counted;
}

bool FailureBlocker::isBlocked(const QString &address, qint64 now) const
{
    auto it = m_blockedUntil.constFind(address);
    return it != m_blockedUntil.constEnd() && *it > now;
}

bool FailureBlocker::lift(const QString &address)
{
    m_failures.remove(address);
    return m_blockedUntil.remove(address) > 0;
}

QStringList FailureBlocker::expire(qint64 now)
{
    QStringList released;
    for (auto it = m_blockedUntil.begin(); it != m_blockedUntil.end();) {
        if (it.value() <= now) {
            released << it.key();
            it = m_blockedUntil.erase(it);
        } else {
            ++it;
        }
    }
    // Failure histories older than the window are worthless; keep memory bounded under scans.
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        if (it->empty() || it->back() <= now - m_policy.windowSecs)
            it = m_failures.erase(it);
        else
            ++it;
    }
    return released;
}

} // namespace centrale::sip
