#pragma once
// Call plans and voicemail in cluster mode: the numbers whose calls the nodes hand to
// Centrale's engine running as application server, as entries of the "centrale" htable:
//   as:ip              the application server's address (its requests are trusted by it)
//   as:uri             where the nodes send those calls, sip:IP:PORT
//   plan:DIGITS        a DID the application server takes: a call plan's own number, or a
//                      trunk's number when the trunk has a failover call plan
// Pure, so testable without a database; see docs/cluster.md.
#include "calls/CallPolicy.h"
#include "store/KamailioStore.h"

namespace centrale::cluster {

// appServer: the setting cluster.appserver (IP:PORT); empty = none, and no entries at all
// (the nodes then answer a call-plan number 404, as before).
QList<HtableRow> appServerEntries(const calls::CallConfig &calls, const QString &appServer);

} // namespace centrale::cluster
