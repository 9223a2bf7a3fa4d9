#pragma once
// Numbers as they cross the engine: what a PBX dials, which caller ID it may present,
// and how a DID is written towards the PBX.
#include "calls/CallPolicy.h"
#include "domain/PhoneNumber.h"

namespace centrale::calls {

struct Refusal {
    int status = 0;        // SIP status
    QByteArray phrase;     // SIP reason phrase
    QString reason;        // translated, for the Warning header and the call log
    QString logText = {};  // the call log's reason when it says more than the Warning; empty: reason
};

// The dialled user part (+31…, 0031…, 31… or national 0…) as E.164; 484 when it is
// too short or not a number at all, 404 when it is a number nobody can reach.
Result<PhoneNumber> normaliseDialled(const QString &user, Refusal *refusal);

// The caller ID a call may present: the P-Asserted-Identity user, else the From user.
// Returns the E.164 digits, or fills refusal (403) when it is not one of the policy's numbers.
QString checkCallerId(const CallPolicy &policy, const QString &paiUser, const QString &fromUser, Refusal *refusal);

// A DID as the PBX expects it in the Request-URI and To: "+31…" or "31…".
QString formatForPbx(const QString &digits, NumberFormat format);

} // namespace centrale::calls
