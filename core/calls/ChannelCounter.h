#pragma once
// Busy channels and the calls-per-second cap, per trunk or phone account.
#include <QHash>
#include <QString>

namespace centrale::calls {

class ChannelCounter {
public:
    bool tryAcquire(const QString &key, int channels); // false when all channels are busy
    void release(const QString &key);
    int inUse(const QString &key) const { return m_used.value(key); }
    int total() const { return m_total; }

    // At most cps new calls per second for key (0 = no cap).
    bool admitRate(const QString &key, int cps, qint64 nowMs);

private:
    QHash<QString, int> m_used;
    int m_total = 0;
    struct Window { qint64 second = 0; int count = 0; };
    QHash<QString, Window> m_rate;
};

} // namespace centrale::calls
