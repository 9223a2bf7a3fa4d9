#pragma once
// What admission decided for a new call, as one value: admitted, with what the call now holds
// (the channel it took, whose limits it counts against, where it rings), or refused, with the
// SIP answer and the call log's text. The engine acts on it in one place.
#include "calls/CallRouter.h"
#include "calls/NumberRules.h"

#include <variant>

namespace centrale::calls {

struct AdmittedCall {
    bool outbound = true;
    QString channelKey;              // the policy whose channel the call holds now; released when it ends
    QString payerKey, chargedDigits; // whose limits the answered carrier leg counts against, and the priced number
    QByteArray fromUser;             // From's user part towards the callee
    QByteArray paiHeader;            // P-Asserted-Identity value towards the carrier (calls out)
    QByteArray privacy;              // "id" when the caller asked to hide its number
    QList<Target> targets;           // tried in turn
};

class Admission {
public:
    static Admission admitted(AdmittedCall call) { return Admission(std::move(call)); }
    static Admission refused(Refusal refusal) { return Admission(std::move(refusal)); }

    bool isAdmitted() const { return std::holds_alternative<AdmittedCall>(m_value); }
    const AdmittedCall &call() const { return std::get<AdmittedCall>(m_value); }
    const Refusal &refusal() const { return std::get<Refusal>(m_value); }

private:
    explicit Admission(AdmittedCall call) : m_value(std::move(call)) {}
    explicit Admission(Refusal refusal) : m_value(std::move(refusal)) {}
    std::variant<AdmittedCall, Refusal> m_value;
};

} // namespace centrale::calls
