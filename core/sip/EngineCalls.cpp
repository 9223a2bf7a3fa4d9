// EngineCore's services to the call engine (engine thread): the notices it sends, and the
// price, limits and fraud blocks of calls out, which calls::CallLimits decides.
#include "sip/CallEngine.h"
#include "sip/EngineCore.h"

#include <QCoreApplication>

namespace centrale::sip {

void EngineCore::setRates(std::shared_ptr<const RateTable> rates)
{
    std::lock_guard lock(m_ratesMutex);
    m_rates = std::move(rates);
}

std::shared_ptr<const RateTable> EngineCore::rates()
{
    std::lock_guard lock(m_ratesMutex);
    return m_rates;
}

void EngineCore::setUsage(calls::UsageSnapshot usage) { m_limits.loadUsage(usage); }

void EngineCore::setFraudHistory(const QHash<QString, QList<calls::FraudCall>> &history) { m_limits.loadFraudHistory(history); }

void EngineCore::emitCallNotice(CallNotice n)
{
    assertEngineThread("EngineCore::emitCallNotice");
    if (n.kind == CallNotice::Kind::Ended) { // the call log is written from here, with the BYE's answer after it
        m_pendingWrites.append(LogCall{n.record});
        if (n.ackId)
            m_pendingWrites.append(Ack{n.ackId});
    }
    m_pendingCalls.append(std::move(n));
}

void EngineCore::emitLimitNotices()
{
    for (auto &l : m_limits.takeNotices()) {
        if (l.kind == calls::LimitNotice::Kind::LimitLevel) {
            emitCallNotice(CallNotice::mail({}, l.subject, l.body));
            continue;
        }
        CallNotice n;
        n.kind = CallNotice::Kind::FraudBlocked;
        n.policyKey = l.policyKey;
        n.owner = l.owner;
        n.kindKey = l.fraudKind;
        n.atMs = l.atMs;
        n.subject = l.subject;
        n.body = l.body;
        emitCallNotice(std::move(n));
    }
}

calls::Refusal EngineCore::fraudRefusal(const calls::CallPolicy &policy) const { return m_limits.blocked(policy); }

calls::Refusal EngineCore::checkLimits(const calls::CallPolicy &policy, const PhoneNumber &callee, qint64 nowMs)
{
    assertEngineThread("EngineCore::checkLimits");
    const auto table = rates();
    const calls::Refusal r = m_limits.admit(policy, callee, table.get(), nowMs);
    emitLimitNotices();
    return r;
}

qint64 EngineCore::callDeadline(const QString &payerKey, const QString &chargedDigits, const CallRecord &rec, int maxCallSecs)
{
    const auto policy = m_active->calls.policies.constFind(payerKey);
    const auto table = rates();
    return m_limits.answered(policy == m_active->calls.policies.constEnd() ? nullptr : &*policy, chargedDigits, rec.callId, rec.answeredMs, maxCallSecs,
                             table.get());
}

QString EngineCore::cutoffReason(const QString &callId) const { return m_limits.cutoffReason(callId); }

void EngineCore::callEnded(const QString &payerKey, const QString &chargedDigits, CallRecord &rec)
{
    const auto policy = m_active->calls.policies.constFind(payerKey);
    const auto table = rates();
    m_limits.ended(policy == m_active->calls.policies.constEnd() ? nullptr : &*policy, payerKey, chargedDigits, rec, table.get());
    emitLimitNotices();
}

void EngineCore::noteAuthFailure(const EngineAccount *account, const QString &ip, const QString &why)
{
    m_stats.refused++;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto outcome = m_blocker.recordFailure(ip, now, m_active->isTrusted(ip));
    EngineEvent e{RegistrationEventKind::Blocked, account ? account->id : 0, account ? QString::fromUtf8(account->username) : QString(),
                  account ? account->role : QString(), account ? account->owner : QString(), {}, ip, why};
    if (outcome == FailureBlocker::Outcome::NowBlocked)
        emitEvent(e);
    else if (outcome == FailureBlocker::Outcome::Exempt) {
        e.kind = RegistrationEventKind::AuthFailure; // a whitelisted PBX is reported, never locked out
        emitEvent(e);
    }
}

} // namespace centrale::sip
