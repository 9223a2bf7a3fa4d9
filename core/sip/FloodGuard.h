#pragma once
// Per-source request rate limit, like Kamailio's pike: a source that sends more than
// `rate` requests per second (with a burst of twice that) has the excess dropped, so a
// flood from one address cannot starve everyone else. Whitelisted PBXs are exempt.
#include <QHash>
#include <QString>

namespace centrale::sip {

class FloodGuard {
public:
    void setRate(int perSecond) { m_rate = perSecond; }
    // now in milliseconds; returns false when this request must be dropped.
    bool admit(const QString &address, qint64 nowMs);
    // Sources that started flooding since the last call (for one event per episode).
    QStringList takeNewOffenders();
    void purgeIdle(qint64 nowMs);
    quint64 shed() const { return m_shed; }

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
        bool flooding = false;
    };
    int m_rate = 0; // 0 = off
    QHash<QString, Bucket> m_buckets;
    QStringList m_newOffenders;
    quint64 m_shed = 0;
};

} // namespace centrale::sip
