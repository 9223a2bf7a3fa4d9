// EngineCore's services to the call engine: limits, costs and notices (engine thread).
#include "sip/CallEngine.h"
#include "sip/EngineCore.h"

#include <QCoreApplication>
#include <QLocale>

namespace centrale::sip {

using calls::SpendGuard;

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

void EngineCore::setUsage(calls::UsageSnapshot usage) { m_spend.load(usage); }

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

calls::Refusal EngineCore::checkLimits(const calls::CallPolicy &policy, const PhoneNumber &callee, qint64 nowMs)
{
    assertEngineThread("EngineCore::checkLimits");
    const auto table = rates();
    if (auto r = m_spend.admit(policy, callee, table.get(), nowMs); r.status)
        return r;
    if (auto r = fraudAdmit(policy, nowMs); r.status)
        return r;
    m_spend.recordStart(policy.key, nowMs);
    if (policy.limits.callsHour || policy.limits.callsDay || policy.limits.callsWeek)
        warn(policy, nowMs); // call counts cross their levels here
    return {};
}

qint64 EngineCore::callDeadline(const QString &payerKey, const QString &chargedDigits, const CallRecord &rec, int maxCallSecs)
{
    const auto policy = m_active->calls.policies.constFind(payerKey);
    const auto table = rates();
    const auto d = m_spend.answered(policy == m_active->calls.policies.constEnd() ? nullptr : &*policy, chargedDigits, rec.callId, rec.answeredMs,
                                    maxCallSecs, table.get());
    m_cutoffReasons.insert(rec.callId, d.reason);
    return d.atMs;
}

QString EngineCore::cutoffReason(const QString &callId) const { return m_cutoffReasons.value(callId); }

void EngineCore::callEnded(const QString &payerKey, const QString &chargedDigits, CallRecord &rec)
{
    m_cutoffReasons.remove(rec.callId);
    const auto table = rates();
    rec.costMicros = m_spend.ended(payerKey, chargedDigits, rec.callId, rec.startedMs, rec.answeredMs, rec.endedMs, table.get());
    if (payerKey.isEmpty() || chargedDigits.isEmpty())
        return;
    fraudCallEnded(payerKey, rec);
    const auto policy = m_active->calls.policies.constFind(payerKey);
    if (policy != m_active->calls.policies.constEnd())
        warn(*policy, rec.endedMs);
}

void EngineCore::warnRunningCalls(qint64 nowMs)
{
    // A long call crosses 80 % / 95 % while it runs; the mail should not wait for its end.
    const QStringList keys = m_spend.payersWithCallsUp();
    for (const auto &key : keys)
        if (const auto policy = m_active->calls.policies.constFind(key); policy != m_active->calls.policies.constEnd())
            warn(*policy, nowMs);
}

void EngineCore::warn(const calls::CallPolicy &policy, qint64 nowMs)
{
    for (const auto &w : m_spend.warnings(policy, nowMs)) {
        QString subject, body;
        SpendGuard::warningMail(policy.name, w, &subject, &body);
        emitCallNotice(CallNotice::mail({}, subject, body));
    }
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
