// EngineCore's fraud defence (engine thread): accounts the detector blocks outbound, the
// blocks an administrator lifts, and the notices that store and mail them.
#include "sip/CallEngine.h"
#include "sip/EngineCore.h"

#include <QCoreApplication>

namespace centrale::sip {

void EngineCore::setFraudHistory(const QHash<QString, QList<calls::FraudCall>> &history)
{
    for (auto it = history.cbegin(); it != history.cend(); ++it)
        m_fraud.load(it.key(), it.value());
}

calls::Refusal EngineCore::fraudRefusal(const calls::CallPolicy &policy) const
{
    const auto it = m_fraudBlocked.constFind(policy.key);
    if (it == m_fraudBlocked.constEnd())
        return {};
    return {403, "Forbidden",
            QCoreApplication::translate("EngineFraud", "outbound calls of %1 are blocked by the fraud detector since %2: %3 (unblock in the console or with centralectl fraud unblock)")
                .arg(policy.name, QDateTime::fromMSecsSinceEpoch(it->blockedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")), it->reason)};
}

calls::Refusal EngineCore::fraudAdmit(const calls::CallPolicy &policy, qint64 nowMs)
{
    m_fraud.recordStart(policy.key, nowMs);
    const calls::FraudVerdict v = m_fraud.check(policy.key, nowMs);
    if (!v.tripped)
        return {};
    // The call that crosses the threshold is refused too: it is the first of the excess.
    block(policy, v, nowMs);
    return fraudRefusal(policy);
}

void EngineCore::fraudCallEnded(const QString &payerKey, const CallRecord &rec)
{
    m_fraud.recordEnd(payerKey, rec.startedMs, rec.endedMs, rec.costMicros);
    if (m_fraudBlocked.contains(payerKey))
        return;
    const calls::FraudVerdict v = m_fraud.check(payerKey, rec.endedMs);
    const auto policy = m_active->calls.policies.constFind(payerKey);
    if (v.tripped && policy != m_active->calls.policies.constEnd())
        block(*policy, v, rec.endedMs);
}

void EngineCore::block(const calls::CallPolicy &policy, const calls::FraudVerdict &v, qint64 nowMs)
{
    calls::FraudBlock b{policy.key, policy.name, v.kind, v.reason, nowMs, 0};
    m_fraudBlocked.insert(policy.key, b);
    CallNotice n;
    n.kind = CallNotice::Kind::FraudBlocked;
    n.policyKey = policy.key;
    n.owner = policy.name;
    n.kindKey = v.kind;
    n.atMs = nowMs;
    n.subject = QCoreApplication::translate("EngineFraud", "%1: outbound calls blocked by the fraud detector").arg(policy.name);
    n.body = v.reason;
    emitCallNotice(std::move(n));
}

void EngineCore::applyFraudBlocks(const EngineConfig &cfg)
{
    // The store is the truth once a block has reached it: a lifted row lifts the block and
    // forgives the calls before it. A block not yet stored (its notice is on the way) stays.
    for (const auto &row : cfg.calls.fraudBlocks) {
        const auto local = m_fraudBlocked.find(row.key);
        if (row.liftedMs == 0) {
            if (local == m_fraudBlocked.end())
                m_fraudBlocked.insert(row.key, row);
        } else if (local != m_fraudBlocked.end() && local->blockedMs <= row.blockedMs) {
            m_fraudBlocked.erase(local);
            m_fraud.forgive(row.key, row.liftedMs);
        } else if (local == m_fraudBlocked.end()) {
            m_fraud.forgive(row.key, row.liftedMs);
        }
    }
}

} // namespace centrale::sip
