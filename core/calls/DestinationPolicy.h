#pragma once
// Whether a dialled E.164 number may be called under a destination whitelist.
#include "domain/PhoneNumber.h"
#include "domain/CallPlan.h"
#include "domain/Security.h"
#include "util/Result.h"

namespace centrale::calls {

struct DestinationVerdict {
    bool allowed = false;
    QString reason; // translated, for the call log and the Warning header
};

// Order: an explicitly allowed prefix wins; then blocked prefixes, the fraud-prone
// defaults and premium-rate numbers refuse; then the country and its number types decide.
DestinationVerdict checkDestination(const DestinationWhitelist &w, const PhoneNumber &number);

// Saving a call plan: every forward (and every ring target that is not one of our phones)
// must be callable under the whitelist of whoever pays for it. The message names the step,
// the number, the payer and the rule; the engine checks again at call time.
Status checkPlanForwards(const CallPlan &plan, const DestinationWhitelist &w, const QString &payer, const QSet<QString> &ownPhones);

} // namespace centrale::calls
