#pragma once
// Builds the call part of the engine snapshot from the database.
#include "calls/CallPolicy.h"
#include "store/Database.h"

namespace centrale::calls {

// accountPolicy receives, for every SIP account id, the key of the policy it belongs to.
Result<CallConfig> loadCallConfig(Database &db, QHash<qint64, QString> *accountPolicy);

// "host:port" or "host" → Upstream (credentials are filled in by the caller).
Upstream parseUpstream(const QString &address);

} // namespace centrale::calls
