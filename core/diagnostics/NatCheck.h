#pragma once
// Reads NAT and SIP ALG traces from a request as the engine received it (REGISTER or INVITE
// straight from the customer's PBX or phone), the way Kamailio's nat_uac_test does for NAT,
// and by comparing it with what a well-behaved UA sends for an ALG.
#include "diagnostics/TraceMessage.h"
#include <QStringList>

namespace centrale::diagnostics {

struct NatFindings {
    bool behindNat = false;
    bool alg = false;
    QStringList nat; // translated, one finding per line
    QStringList algSigns;
};

NatFindings analyseReceived(const TraceMessage &received);

// RFC 1918, shared address space (100.64/10), link-local and IPv6 ULA/link-local.
bool isPrivateAddress(const QString &ip);

} // namespace centrale::diagnostics
