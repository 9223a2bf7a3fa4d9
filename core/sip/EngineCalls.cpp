// EngineCore's services to the call engine: limits, costs and notices (engine thread).
#include "sip/CallEngine.h"
#include "sip/EngineCore.h"

#include <QCoreApplication>
#include <QLocale>

namespace centrale::sip {

namespace {

QString euro(qint64 micros) { return QStringLiteral("€ %1").arg(double(micros) / 1e6, 0, 'f', 2); }

QString windowName(calls::LimitWindow w)
{
    switch (w) {
    case calls::LimitWindow::Hour:
        return QCoreApplication::translate("EngineCalls", "this hour");
    case calls::LimitWindow::Day:
        return QCoreApplication::translate("EngineCalls", "today");
    case calls::LimitWindow::Week:
        return QCoreApplication::translate("EngineCalls", "this week");
    }
    return {};
}

constexpr calls::LimitWindow kWindows[] = {calls::LimitWindow::Hour, calls::LimitWindow::Day, calls::LimitWindow::Week};

} // namespace

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

void EngineCore::setUsage(calls::UsageSnapshot usage) { m_limits.load(std::move(usage)); }

void EngineCore::emitCallNotice(CallNotice n) { m_pendingCalls.append(std::move(n)); }

qint64 EngineCore::ongoingMicros(const QString &policyKey, qint64 nowMs, const QString &exceptCallId) const
{
    qint64 sum = 0;
    const auto found = m_ongoing.constFind(policyKey);
    if (found == m_ongoing.constEnd())
        return 0;
    for (auto it = found->cbegin(); it != found->cend(); ++it)
        if (it.key() != exceptCallId)
            sum += it->perMinuteMicros * ((nowMs - it->answeredMs) / 1000) / 60;
    return sum;
}

calls::Refusal EngineCore::checkLimits(const calls::CallPolicy &policy, const PhoneNumber &callee, qint64 nowMs)
{
    const auto table = rates();
    if (table && !table->isEmpty() && !table->find(callee.digits()))
        return {403, "Forbidden", QCoreApplication::translate("EngineCalls", "the rate table has no price for %1, so the amount limits cannot be kept").arg(callee.e164())};
    const qint64 ongoing = ongoingMicros(policy.key, nowMs);
    for (auto w : kWindows) {
        const auto u = m_limits.usage(policy.key, w, nowMs);
        const qint64 limit = calls::LimitTracker::limitMicros(policy.limits, w);
        if (limit > 0 && u.spentMicros + ongoing >= limit)
            return {403, "Forbidden", QCoreApplication::translate("EngineCalls", "the amount limit of %1 for %2 is reached (%3 spent %4)")
                                          .arg(euro(limit), policy.name, euro(u.spentMicros + ongoing), windowName(w))};
        const int maxCalls = calls::LimitTracker::callLimit(policy.limits, w);
        if (maxCalls > 0 && u.calls >= maxCalls)
            return {403, "Forbidden", QCoreApplication::translate("EngineCalls", "the limit of %1 calls for %2 is reached %3").arg(maxCalls).arg(policy.name, windowName(w))};
    }
    m_limits.recordStart(policy.key, nowMs);
    return {};
}

qint64 EngineCore::callDeadline(const QString &policyKey, const CallRecord &rec, int maxCallSecs)
{
    qint64 deadline = rec.answeredMs + qint64(maxCallSecs) * 1000;
    m_cutoffReasons.insert(rec.callId, QCoreApplication::translate("EngineCalls", "the call reached the maximum call length of %1 s").arg(maxCallSecs));
    const auto table = rates();
    const Rate *rate = table ? table->find(rec.callee.mid(1)) : nullptr;
    const auto policy = m_active->calls.policies.constFind(policyKey);
    // Inbound calls cost the customer nothing here; only calls out through the carrier count.
    if (rec.direction != QLatin1String("outbound") || !rate || rate->perMinuteMicros <= 0 || policy == m_active->calls.policies.constEnd())
        return deadline;
    const qint64 ongoing = ongoingMicros(policyKey, rec.answeredMs, rec.callId);
    for (auto w : kWindows) {
        const qint64 limit = calls::LimitTracker::limitMicros(policy->limits, w);
        if (limit <= 0)
            continue;
        const qint64 left = limit - m_limits.usage(policyKey, w, rec.answeredMs).spentMicros - ongoing - rate->setupMicros;
        const qint64 until = rec.answeredMs + std::max<qint64>(0, left) * 60000 / rate->perMinuteMicros;
        if (until < deadline) {
            deadline = until;
            m_cutoffReasons.insert(rec.callId, QCoreApplication::translate("EngineCalls", "ended at the amount limit of %1 for %2 %3")
                                                   .arg(euro(limit), policy->name, windowName(w)));
        }
    }
    m_ongoing[policyKey].insert(rec.callId, Ongoing{rec.answeredMs, rate->perMinuteMicros});
    return deadline;
}

QString EngineCore::cutoffReason(const QString &callId) const { return m_cutoffReasons.value(callId); }

void EngineCore::callEnded(const QString &policyKey, CallRecord &rec)
{
    m_cutoffReasons.remove(rec.callId);
    if (auto it = m_ongoing.find(policyKey); it != m_ongoing.end()) {
        it->remove(rec.callId);
        if (it->isEmpty())
            m_ongoing.erase(it);
    }
    if (rec.direction != QLatin1String("outbound") || rec.answeredMs <= 0 || policyKey.isEmpty())
        return;
    const auto table = rates();
    if (const Rate *rate = table ? table->find(rec.callee.mid(1)) : nullptr)
        rec.costMicros = RateTable::costMicros(*rate, rec.endedMs - rec.answeredMs);
    m_limits.recordCost(policyKey, rec.startedMs, rec.costMicros);
    const auto policy = m_active->calls.policies.constFind(policyKey);
    if (policy == m_active->calls.policies.constEnd())
        return;
    for (const auto &w : m_limits.newWarnings(policyKey, policy->limits, rec.endedMs)) {
        CallNotice n;
        n.kind = CallNotice::Kind::Notify;
        n.subject = QCoreApplication::translate("EngineCalls", "%1: %2 % of the call limit used %3").arg(policy->name).arg(w.percent).arg(windowName(w.window));
        n.body = QCoreApplication::translate("EngineCalls", "%1 has spent %2 of its limit of %3 %4 (%5 %). At 100 % new calls are refused "
                                                           "and calls in progress are ended.")
                     .arg(policy->name, euro(w.spentMicros), euro(w.limitMicros), windowName(w.window))
                     .arg(w.spentMicros * 100 / std::max<qint64>(1, w.limitMicros));
        emitCallNotice(std::move(n));
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
