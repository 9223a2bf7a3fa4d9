// EngineCore's services to the call engine (worker threads): the notices it sends, and the
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

void EngineCore::setUsage(calls::UsageSnapshot usage)
{
    m_limits.with([&](calls::CallLimits &l) { l.loadUsage(usage); });
}

void EngineCore::setFraudHistory(const QHash<QString, QList<calls::FraudCall>> &history)
{
    m_limits.with([&](calls::CallLimits &l) { l.loadFraudHistory(history); });
}

void EngineCore::emitCallNotice(CallNotice n)
{
    Worker &w = worker("EngineCore::emitCallNotice");
    if (n.kind == CallNotice::Kind::Ended) { // the call log is written from here, with the BYE's answer after it
        w.pendingWrites.append(LogCall{n.record});
        if (n.ackId)
            w.pendingWrites.append(Ack{n.ackId});
    }
    w.pendingCalls.append(std::move(n));
}

void EngineCore::emitLimitNotices()
{
    const auto notices = m_limits.with([](calls::CallLimits &l) { return l.takeNotices(); });
    for (const auto &l : notices) {
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

calls::Refusal EngineCore::fraudRefusal(const calls::CallPolicy &policy) const
{
    return m_limits.with([&](const calls::CallLimits &l) { return l.blocked(policy); });
}

calls::Refusal EngineCore::checkLimits(const calls::CallPolicy &policy, const PhoneNumber &callee, qint64 nowMs)
{
    assertEngineThread("EngineCore::checkLimits");
    const auto table = rates();
    const calls::Refusal r = m_limits.with([&](calls::CallLimits &l) { return l.admit(policy, callee, table.get(), nowMs); });
    emitLimitNotices();
    return r;
}

qint64 EngineCore::callDeadline(const QString &payerKey, const QString &chargedDigits, const CallRecord &rec, int maxCallSecs)
{
    const auto &policies = activeConfig()->calls.policies;
    const auto policy = policies.constFind(payerKey);
    const auto table = rates();
    return m_limits.with([&](calls::CallLimits &l) {
        return l.answered(policy == policies.constEnd() ? nullptr : &*policy, chargedDigits, rec.callId, rec.answeredMs, maxCallSecs, table.get());
    });
}

QString EngineCore::cutoffReason(const QString &callId) const
{
    return m_limits.with([&](const calls::CallLimits &l) { return l.cutoffReason(callId); });
}

void EngineCore::callEnded(const QString &payerKey, const QString &chargedDigits, CallRecord &rec)
{
    const auto &policies = activeConfig()->calls.policies;
    const auto policy = policies.constFind(payerKey);
    const auto table = rates();
    m_limits.with([&](calls::CallLimits &l) { l.ended(policy == policies.constEnd() ? nullptr : &*policy, payerKey, chargedDigits, rec, table.get()); });
    emitLimitNotices();
}

void EngineCore::noteAuthFailure(const EngineAccount *account, const QString &ip, const QString &why)
{
    m_stats.refused++;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const bool trusted = activeConfig()->isTrusted(ip);
    const auto outcome = m_blocker.with([&](FailureBlocker &b) { return b.recordFailure(ip, now, trusted); });
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
