#pragma once
// Price, limits and the fraud defence of calls towards the carrier, per paying account (trunk,
// phone account or call plan): may a call out start, when must an answered one end, what did it
// cost, and what must the administrator hear of it (limit levels crossed, accounts blocked).
// Pure: no SIP, no threads (the engine thread owns it), the clock and the rates passed in; the
// engine turns its notices into mails and stored blocks.
#include "calls/CallPolicy.h"
#include "calls/FraudDetector.h"
#include "calls/SpendGuard.h"
#include "domain/CallRecord.h"

namespace centrale::calls {

// What the administrator must hear of: a limit level crossed (a mail to the alerts address)
// or an account the fraud detector has just blocked (stored, logged and mailed).
struct LimitNotice {
    enum class Kind { LimitLevel, FraudBlocked } kind = Kind::LimitLevel;
    QString policyKey, owner;
    QString fraudKind;     // FraudBlocked: "calls", "cost" or "burst"
    QString subject, body; // translated; FraudBlocked: body is the detector's reason
    qint64 atMs = 0;
};

class CallLimits {
public:
    // The snapshot's fraud settings and stored blocks: the store is the truth once a block has
    // reached it (a lifted row lifts the block and forgives the calls before it); a block not
    // yet stored (its notice is on the way) stays.
    void configure(const FraudSettings &fraud, const QHash<QString, FraudBlock> &storedBlocks);
    // Before the engine runs: the call log's recent spend and its outbound history.
    void loadUsage(const UsageSnapshot &usage) { m_spend.load(usage); }
    void loadFraudHistory(const QHash<QString, QList<FraudCall>> &history);

    // Refused while the payer is blocked by the fraud detector; status 0 otherwise.
    Refusal blocked(const CallPolicy &payer) const;
    bool isBlocked(const QString &payerKey) const { return m_blocked.contains(payerKey); }
    // Price, limits and the fraud detector for a new call out; on success the call counts as started.
    Refusal admit(const CallPolicy &payer, const PhoneNumber &callee, const RateTable *rates, qint64 nowMs);
    // An answered call: when it must end. payer null or chargedDigits empty: it costs nothing.
    qint64 answered(const CallPolicy *payer, const QString &chargedDigits, const QString &callId, qint64 answeredMs, int maxCallSecs,
                    const RateTable *rates);
    // Why an answered call's deadline is what it is (for the call log when it is reached).
    QString cutoffReason(const QString &callId) const { return m_cutoffReasons.value(callId); }
    // The call ended: its cost goes into rec.costMicros and counts against payerKey (empty: free);
    // payer (null when it is gone from the configuration) is who a block or a level names.
    void ended(const CallPolicy *payer, const QString &payerKey, const QString &chargedDigits, CallRecord &rec, const RateTable *rates);
    // A long call crosses 80 % / 95 % while it runs; the mail should not wait for its end.
    void checkRunning(const QHash<QString, CallPolicy> &policies, qint64 nowMs);

    // What happened since the last call, in order.
    QList<LimitNotice> takeNotices() { return std::exchange(m_notices, {}); }
    const SpendGuard &spend() const { return m_spend; }
    const FraudDetector &fraud() const { return m_fraud; }

private:
    Refusal fraudAdmit(const CallPolicy &payer, qint64 nowMs);
    void block(const CallPolicy &payer, const FraudVerdict &v, qint64 nowMs);
    void levels(const CallPolicy &payer, qint64 nowMs);

    SpendGuard m_spend;
    FraudDetector m_fraud;
    QHash<QString, FraudBlock> m_blocked;    // blocked outbound now, by policy key
    QHash<QString, QString> m_cutoffReasons; // call id → why its deadline is what it is
    QList<LimitNotice> m_notices;
};

} // namespace centrale::calls
