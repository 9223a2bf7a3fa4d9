#pragma once
// Ends a call on the Kamailio node that relays it, over JSON-RPC (dialog module). The
// dialogs are replicated to every node over DMQ, but only the node the call went through
// holds its sockets and can send the BYEs: that is the one whose copy has them.
#include "util/Result.h"
#include <QStringList>

namespace centrale::cluster {

// Sends BYE to both sides of the confirmed dialog with this Call-ID; the node's RPC URL
// that ended it, or why none could (not found on any node, or no node reached).
Result<QString> endClusterDialog(const QStringList &nodes, const QString &callId);

} // namespace centrale::cluster
