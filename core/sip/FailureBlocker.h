#pragma once
// Blocks a source address after N failed authentications within a window (the
// managed-VoIP seed's fraud measure, like fail2ban in front of a PBX).
#include <QHash>
#include <QString>
#include <deque>

namespace centrale::sip {

struct BlockPolicy {
    int failures = 10;
    int windowSecs = 60;
    int durationSecs = 900;
};

class FailureBlocker {
public:
    enum class Outcome { Counted, NowBlocked, Exempt };

    void setPolicy(const BlockPolicy &p) { m_policy = p; }
    // exempt: the address is inside some account's IP whitelist; it is never blocked.
    Outcome recordFailure(const QString &address, qint64 now, bool exempt);
    void recordSuccess(const QString &address) { m_failures.remove(address); }
    bool isBlocked(const QString &address, qint64 now) const;
    void block(const QString &address, qint64 until) { m_blockedUntil.insert(address, until); }
    bool lift(const QString &address);
    // Drops expired blocks; returns the addresses that were released.
    QStringList expire(qint64 now);
    const QHash<QString, qint64> &blocked() const { return m_blockedUntil; }

private:
    BlockPolicy m_policy;
    QHash<QString, std::deque<qint64>> m_failures;
    QHash<QString, qint64> m_blockedUntil;
};

} // namespace centrale::sip
