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
    assertEngineThread("EngineCore::checkLimits");
    // A destination without a price is refused, never counted as free: the amount limits
    // would not hold for it.
    const auto table = rates();
    if (!table || table->isEmpty())
        return {403, "Forbidden", QCoreApplication::translate("EngineCalls", "the rate table is empty, so the amount limits cannot be kept (centralectl rates import)")};
    if (!table->find(callee.digits()))
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
    if (auto r = fraudAdmit(policy, nowMs); r.status)
        return r;
    m_limits.recordStart(policy.key, nowMs);
    if (policy.limits.callsHour || policy.limits.callsDay || policy.limits.callsWeek)
        warn(policy, nowMs); // call counts cross their levels here
    return {};
}

qint64 EngineCore::callDeadline(const QString &payerKey, const QString &chargedDigits, const CallRecord &rec, int maxCallSecs)
{
    qint64 deadline = rec.answeredMs + qint64(maxCallSecs) * 1000;
    m_cutoffReasons.insert(rec.callId, QCoreApplication::translate("EngineCalls", "the call reached the maximum call length of %1 s").arg(maxCallSecs));
    const auto table = rates();
    const Rate *rate = table && !chargedDigits.isEmpty() ? table->find(chargedDigits) : nullptr;
    const auto policy = m_active->calls.policies.constFind(payerKey);
    // Only legs out through the carrier cost the customer anything.
    if (!rate || rate->perMinuteMicros <= 0 || policy == m_active->calls.policies.constEnd())
        return deadline;
    const qint64 ongoing = ongoingMicros(payerKey, rec.answeredMs, rec.callId);
    for (auto w : kWindows) {
        const qint64 limit = calls::LimitTracker::limitMicros(policy->limits, w);
        if (limit <= 0)
            continue;
        const qint64 left = limit - m_limits.usage(payerKey, w, rec.answeredMs).spentMicros - ongoing - rate->setupMicros;
        const qint64 until = rec.answeredMs + std::max<qint64>(0, left) * 60000 / rate->perMinuteMicros;
        if (until < deadline) {
            deadline = until;
            m_cutoffReasons.insert(rec.callId, QCoreApplication::translate("EngineCalls", "ended at the amount limit of %1 for %2 %3")
                                                   .arg(euro(limit), policy->name, windowName(w)));
        }
    }
    m_ongoing[payerKey].insert(rec.callId, Ongoing{rec.answeredMs, rate->perMinuteMicros});
    return deadline;
}

QString EngineCore::cutoffReason(const QString &callId) const { return m_cutoffReasons.value(callId); }

void EngineCore::callEnded(const QString &payerKey, const QString &chargedDigits, CallRecord &rec)
{
    m_cutoffReasons.remove(rec.callId);
    if (auto it = m_ongoing.find(payerKey); it != m_ongoing.end()) {
        it->remove(rec.callId);
        if (it->isEmpty())
            m_ongoing.erase(it);
    }
    if (payerKey.isEmpty() || chargedDigits.isEmpty())
        return;
    const auto table = rates();
    if (const Rate *rate = table && rec.answeredMs > 0 ? table->find(chargedDigits) : nullptr)
        rec.costMicros = RateTable::costMicros(*rate, rec.endedMs - rec.answeredMs);
    m_limits.recordCost(payerKey, rec.startedMs, rec.costMicros);
    fraudCallEnded(payerKey, rec);
    const auto policy = m_active->calls.policies.constFind(payerKey);
    if (policy != m_active->calls.policies.constEnd())
        warn(*policy, rec.endedMs);
}

void EngineCore::warnRunningCalls(qint64 nowMs)
{
    // A long call crosses 80 % / 95 % while it runs; the mail should not wait for its end.
    const QStringList keys = m_ongoing.keys();
    for (const auto &key : keys)
        if (const auto policy = m_active->calls.policies.constFind(key); policy != m_active->calls.policies.constEnd())
            warn(*policy, nowMs);
}

void EngineCore::warn(const calls::CallPolicy &policy, qint64 nowMs)
{
    for (const auto &w : m_limits.newWarnings(policy.key, policy.limits, nowMs, ongoingMicros(policy.key, nowMs))) {
        QString subject, body;
        if (w.calls) {
            subject = QCoreApplication::translate("EngineCalls", "%1: %2 % of the calls allowed used %3").arg(policy.name).arg(w.percent).arg(windowName(w.window));
            body = QCoreApplication::translate("EngineCalls", "%1 has made %2 of the %3 calls allowed %4. At 100 % new calls are refused.")
                       .arg(policy.name)
                       .arg(w.spentMicros)
                       .arg(w.limitMicros)
                       .arg(windowName(w.window));
        } else {
            subject = QCoreApplication::translate("EngineCalls", "%1: %2 % of the call limit used %3").arg(policy.name).arg(w.percent).arg(windowName(w.window));
            body = QCoreApplication::translate("EngineCalls", "%1 has spent %2 of its limit of %3 %4 (%5 %). At 100 % new calls are refused "
                                                              "and calls in progress are ended.")
                       .arg(policy.name, euro(w.spentMicros), euro(w.limitMicros), windowName(w.window))
                       .arg(w.spentMicros * 100 / std::max<qint64>(1, w.limitMicros));
        }
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
