#pragma once
// Price and limits of calls towards the carrier, per paying account: refuses a call that has
// no price or would break a limit, says when an answered call must end (the amount limit or the
// maximum call length), books its cost, and reports the 80 %/95 % levels once per window. Pure:
// no SIP, no threads (the engine thread owns it), the clock passed in.
#include "calls/CallPolicy.h"
#include "calls/LimitTracker.h"
#include "calls/NumberRules.h"
#include "domain/RateTable.h"
#include <QHash>

namespace centrale::calls {

class SpendGuard {
public:
    void load(const UsageSnapshot &usage) { m_limits.load(usage); }

    // Price and limits for a new call out (ongoing calls' cost included); does not count it.
    Refusal admit(const CallPolicy &payer, const PhoneNumber &callee, const RateTable *rates, qint64 nowMs) const;
    void recordStart(const QString &payerKey, qint64 nowMs) { m_limits.recordStart(payerKey, nowMs); }
    // The amount or call-count limit the payer has reached now (ongoing calls' cost included),
    // whatever it calls next; status 0 when none. Cluster mode blocks the account with it.
    Refusal overLimit(const CallPolicy &payer, qint64 nowMs) const;

    struct Deadline {
        qint64 atMs = 0;
        QString reason;         // translated, for the call log
        bool amountLimit = false; // false: the maximum call length (fair use)
    };
    // An answered call: when it must end. payer null or chargedDigits empty: it costs nothing.
    Deadline answered(const CallPolicy *payer, const QString &chargedDigits, const QString &callId, qint64 answeredMs, int maxCallSecs,
                      const RateTable *rates);
    // The call ended: its cost (0 when unanswered or free), booked against the payer.
    qint64 ended(const QString &payerKey, const QString &chargedDigits, const QString &callId, qint64 startedMs, qint64 answeredMs, qint64 endedMs,
                 const RateTable *rates);

    QList<LimitWarning> warnings(const CallPolicy &payer, qint64 nowMs) { return m_limits.newWarnings(payer.key, payer.limits, nowMs, ongoingMicros(payer.key, nowMs)); }
    QStringList payersWithCallsUp() const { return m_ongoing.keys(); }
    // What answered calls of payerKey have cost so far.
    qint64 ongoingMicros(const QString &payerKey, qint64 nowMs, const QString &exceptCallId = {}) const;
    const LimitTracker &tracker() const { return m_limits; }

    static QString euro(qint64 micros);
    // The 80 %/95 % mail for a warning of payer name (the bundled engine's and the cluster's).
    static void warningMail(const QString &name, const LimitWarning &w, QString *subject, QString *body);
    static QString windowName(LimitWindow w);

private:
    struct Ongoing {
        qint64 answeredMs;
        qint64 perMinuteMicros;
    };
    LimitTracker m_limits;
    QHash<QString, QHash<QString, Ongoing>> m_ongoing; // payer key → call id → answered, priced call
};

} // namespace centrale::calls
