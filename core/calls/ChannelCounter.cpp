#include "calls/ChannelCounter.h"

namespace centrale::calls {

bool ChannelCounter::tryAcquire(const QString &key, int channels)
{
    int &used = m_used[key];
    if (used >= channels)
        return false;
    ++used;
    ++m_total;
    return true;
}

void ChannelCounter::release(const QString &key)
{
    auto it = m_used.find(key);
    if (it == m_used.end() || *it == 0)
        return;
    --m_total;
    if (--*it == 0)
        m_used.erase(it);
}

bool ChannelCounter::admitRate(const QString &key, int cps, qint64 nowMs)
{
    if (cps <= 0)
        return true;
    Window &w = m_rate[key];
    const qint64 second = nowMs / 1000;
    if (w.second != second)
        w = {second, 0};
    if (w.count >= cps)
        return false;
    ++w.count;
    return true;
}

} // namespace centrale::calls
