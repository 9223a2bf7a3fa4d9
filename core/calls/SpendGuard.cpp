#include "calls/SpendGuard.h"

#include <QCoreApplication>

namespace centrale::calls {

namespace {
constexpr LimitWindow kWindows[] = {LimitWindow::Hour, LimitWindow::Day, LimitWindow::Week};
} // namespace

// Translation context "EngineCalls": these texts were the engine's before they moved here.
QString SpendGuard::euro(qint64 micros) { return QStringLiteral("€ %1").arg(double(micros) / 1e6, 0, 'f', 2); }

QString SpendGuard::windowName(LimitWindow w)
{
    switch (w) {
    case LimitWindow::Hour:
        return QCoreApplication::translate("EngineCalls", "this hour");
    case LimitWindow::Day:
        return QCoreApplication::translate("EngineCalls", "today");
    case LimitWindow::Week:
        return QCoreApplication::translate("EngineCalls", "this week");
    }
    return {};
}

void SpendGuard::warningMail(const QString &name, const LimitWarning &w, QString *subject, QString *body)
{
    if (w.calls) {
        *subject = QCoreApplication::translate("EngineCalls", "%1: %2 % of the calls allowed used %3").arg(name).arg(w.percent).arg(windowName(w.window));
        *body = QCoreApplication::translate("EngineCalls", "%1 has made %2 of the %3 calls allowed %4. At 100 % new calls are refused.")
                    .arg(name)
                    .arg(w.spentMicros)
                    .arg(w.limitMicros)
                    .arg(windowName(w.window));
    } else {
        *subject = QCoreApplication::translate("EngineCalls", "%1: %2 % of the call limit used %3").arg(name).arg(w.percent).arg(windowName(w.window));
        *body = QCoreApplication::translate("EngineCalls", "%1 has spent %2 of its limit of %3 %4 (%5 %). At 100 % new calls are refused "
                                                           "and calls in progress are ended.")
                    .arg(name, euro(w.spentMicros), euro(w.limitMicros), windowName(w.window))
                    .arg(w.spentMicros * 100 / std::max<qint64>(1, w.limitMicros));
    }
}

qint64 SpendGuard::ongoingMicros(const QString &payerKey, qint64 nowMs, const QString &exceptCallId) const
{
    qint64 sum = 0;
    const auto found = m_ongoing.constFind(payerKey);
    if (found == m_ongoing.constEnd())
        return 0;
    for (auto it = found->cbegin(); it != found->cend(); ++it)
        if (it.key() != exceptCallId)
            sum += it->perMinuteMicros * ((nowMs - it->answeredMs) / 1000) / 60;
    return sum;
}

Refusal SpendGuard::admit(const CallPolicy &payer, const PhoneNumber &callee, const RateTable *rates, qint64 nowMs) const
{
    // A destination without a price is refused, never counted as free: the amount limits
    // would not hold for it.
    if (!rates || rates->isEmpty())
        return {403, "Forbidden", QCoreApplication::translate("EngineCalls", "the rate table is empty, so the amount limits cannot be kept (centralectl rates import)")};
    if (!rates->find(callee.digits()))
        return {403, "Forbidden", QCoreApplication::translate("EngineCalls", "the rate table has no price for %1, so the amount limits cannot be kept").arg(callee.e164())};
    return overLimit(payer, nowMs);
}

Refusal SpendGuard::overLimit(const CallPolicy &payer, qint64 nowMs) const
{
    const qint64 ongoing = ongoingMicros(payer.key, nowMs);
    for (auto w : kWindows) {
        const auto u = m_limits.usage(payer.key, w, nowMs);
        const qint64 limit = LimitTracker::limitMicros(payer.limits, w);
        if (limit > 0 && u.spentMicros + ongoing >= limit)
            return {403, "Forbidden", QCoreApplication::translate("EngineCalls", "the amount limit of %1 for %2 is reached (%3 spent %4)")
                                          .arg(euro(limit), payer.name, euro(u.spentMicros + ongoing), windowName(w))};
        const int maxCalls = LimitTracker::callLimit(payer.limits, w);
        if (maxCalls > 0 && u.calls >= maxCalls)
            return {403, "Forbidden", QCoreApplication::translate("EngineCalls", "the limit of %1 calls for %2 is reached %3").arg(maxCalls).arg(payer.name, windowName(w))};
    }
    return {};
}

SpendGuard::Deadline SpendGuard::answered(const CallPolicy *payer, const QString &chargedDigits, const QString &callId, qint64 answeredMs, int maxCallSecs,
                                          const RateTable *rates)
{
    Deadline d{answeredMs + qint64(maxCallSecs) * 1000,
               QCoreApplication::translate("EngineCalls", "the call reached the maximum call length of %1 s").arg(maxCallSecs), false};
    const Rate *rate = rates && payer && !chargedDigits.isEmpty() ? rates->find(chargedDigits) : nullptr;
    if (!rate || rate->perMinuteMicros <= 0)
        return d;
    // The call may run until its cost, with what the payer's other calls cost meanwhile, reaches a limit.
    const qint64 ongoing = ongoingMicros(payer->key, answeredMs, callId);
    for (auto w : kWindows) {
        const qint64 limit = LimitTracker::limitMicros(payer->limits, w);
        if (limit <= 0)
            continue;
        const qint64 left = limit - m_limits.usage(payer->key, w, answeredMs).spentMicros - ongoing - rate->setupMicros;
        const qint64 until = answeredMs + std::max<qint64>(0, left) * 60000 / rate->perMinuteMicros;
        if (until < d.atMs)
            d = {until, QCoreApplication::translate("EngineCalls", "ended at the amount limit of %1 for %2 %3").arg(euro(limit), payer->name, windowName(w)), true};
    }
    m_ongoing[payer->key].insert(callId, Ongoing{answeredMs, rate->perMinuteMicros});
    return d;
}

qint64 SpendGuard::ended(const QString &payerKey, const QString &chargedDigits, const QString &callId, qint64 startedMs, qint64 answeredMs, qint64 endedMs,
                         const RateTable *rates)
{
    if (auto it = m_ongoing.find(payerKey); it != m_ongoing.end()) {
        it->remove(callId);
        if (it->isEmpty())
            m_ongoing.erase(it);
    }
    if (payerKey.isEmpty() || chargedDigits.isEmpty())
        return 0;
    const Rate *rate = rates && answeredMs > 0 ? rates->find(chargedDigits) : nullptr;
    const qint64 cost = rate ? RateTable::costMicros(*rate, endedMs - answeredMs) : 0;
    m_limits.recordCost(payerKey, startedMs, cost);
    return cost;
}

} // namespace centrale::calls
