#pragma once
// Whether a dialled E.164 number may be called under a destination whitelist.
#include "domain/PhoneNumber.h"
#include "domain/Security.h"

namespace centrale::calls {

struct DestinationVerdict {
    bool allowed = false;
    QString reason; // translated, for the call log and the Warning header
};

// Order: an explicitly allowed prefix wins; then blocked prefixes, the fraud-prone
// defaults and premium-rate numbers refuse; then the country and its number types decide.
DestinationVerdict checkDestination(const DestinationWhitelist &w, const PhoneNumber &number);

} // namespace centrale::calls
