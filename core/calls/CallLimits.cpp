#include "calls/CallLimits.h"

#include <QCoreApplication>
#include <QDateTime>

namespace centrale::calls {

void CallLimits::configure(const FraudSettings &fraud, const QHash<QString, FraudBlock> &storedBlocks)
{
    m_fraud.setSettings(fraud);
    for (const auto &row : storedBlocks) {
        const auto local = m_blocked.find(row.key);
        if (row.liftedMs == 0) {
            if (local == m_blocked.end())
                m_blocked.insert(row.key, row);
        } else if (local != m_blocked.end() && local->blockedMs <= row.blockedMs) {
            m_blocked.erase(local);
            m_fraud.forgive(row.key, row.liftedMs);
        } else if (local == m_blocked.end()) {
            m_fraud.forgive(row.key, row.liftedMs);
        }
    }
}

void CallLimits::loadFraudHistory(const QHash<QString, QList<FraudCall>> &history)
{
    for (auto it = history.cbegin(); it != history.cend(); ++it)
        m_fraud.load(it.key(), it.value());
}

Refusal CallLimits::blocked(const CallPolicy &payer) const
{
    const auto it = m_blocked.constFind(payer.key);
    if (it == m_blocked.constEnd())
        return {};
    return {403, "Forbidden",
            QCoreApplication::translate("EngineFraud", "outbound calls of %1 are blocked by the fraud detector since %2: %3 (unblock in the console or with centralectl fraud unblock)")
                .arg(payer.name, QDateTime::fromMSecsSinceEpoch(it->blockedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")), it->reason)};
}

Refusal CallLimits::admit(const CallPolicy &payer, const PhoneNumber &callee, const RateTable *rates, qint64 nowMs)
{
    if (auto r = m_spend.admit(payer, callee, rates, nowMs); r.status)
        return r;
    if (auto r = fraudAdmit(payer, nowMs); r.status)
        return r;
    m_spend.recordStart(payer.key, nowMs);
    if (payer.limits.callsHour || payer.limits.callsDay || payer.limits.callsWeek)
        levels(payer, nowMs); // call counts cross their levels here
    return {};
}

Refusal CallLimits::fraudAdmit(const CallPolicy &payer, qint64 nowMs)
{
    m_fraud.recordStart(payer.key, nowMs);
    const FraudVerdict v = m_fraud.check(payer.key, nowMs);
    if (!v.tripped)
        return {};
    // The call that crosses the threshold is refused too: it is the first of the excess.
    block(payer, v, nowMs);
    return blocked(payer);
}

qint64 CallLimits::answered(const CallPolicy *payer, const QString &chargedDigits, const QString &callId, qint64 answeredMs, int maxCallSecs,
                            const RateTable *rates)
{
    const auto d = m_spend.answered(payer, chargedDigits, callId, answeredMs, maxCallSecs, rates);
    m_cutoffReasons.insert(callId, d.reason);
    return d.atMs;
}

void CallLimits::ended(const CallPolicy *payer, const QString &payerKey, const QString &chargedDigits, CallRecord &rec, const RateTable *rates)
{
    m_cutoffReasons.remove(rec.callId);
    rec.costMicros = m_spend.ended(payerKey, chargedDigits, rec.callId, rec.startedMs, rec.answeredMs, rec.endedMs, rates);
    if (payerKey.isEmpty() || chargedDigits.isEmpty())
        return;
    m_fraud.recordEnd(payerKey, rec.startedMs, rec.endedMs, rec.costMicros);
    if (!m_blocked.contains(payerKey)) {
        const FraudVerdict v = m_fraud.check(payerKey, rec.endedMs);
        if (v.tripped && payer)
            block(*payer, v, rec.endedMs);
    }
    if (payer)
        levels(*payer, rec.endedMs);
}

void CallLimits::checkRunning(const QHash<QString, CallPolicy> &policies, qint64 nowMs)
{
    const QStringList keys = m_spend.payersWithCallsUp();
    for (const auto &key : keys)
        if (const auto policy = policies.constFind(key); policy != policies.constEnd())
            levels(*policy, nowMs);
}

void CallLimits::block(const CallPolicy &payer, const FraudVerdict &v, qint64 nowMs)
{
    m_blocked.insert(payer.key, FraudBlock{payer.key, payer.name, v.kind, v.reason, nowMs, 0});
    LimitNotice n;
    n.kind = LimitNotice::Kind::FraudBlocked;
    n.policyKey = payer.key;
    n.owner = payer.name;
    n.fraudKind = v.kind;
    n.atMs = nowMs;
    n.subject = QCoreApplication::translate("EngineFraud", "%1: outbound calls blocked by the fraud detector").arg(payer.name);
    n.body = v.reason;
    m_notices << n;
}

void CallLimits::levels(const CallPolicy &payer, qint64 nowMs)
{
    for (const auto &w : m_spend.warnings(payer, nowMs)) {
        LimitNotice n;
        n.policyKey = payer.key;
        n.owner = payer.name;
        n.atMs = nowMs;
        SpendGuard::warningMail(payer.name, w, &n.subject, &n.body);
        m_notices << n;
    }
}

} // namespace centrale::calls
