#pragma once
// Live status and call log in cluster mode: what the Kamailio nodes wrote (location, acc),
// in the shapes the console and the CLI already show for the bundled engine.
#include "domain/CallRecord.h"
#include "sip/RegistrationStatus.h"
#include "store/Database.h"
#include "store/KamailioStore.h"

namespace centrale::cluster {

// Every trunk and phone account of the store, registered when location has a binding.
Result<QList<AccountStatus>> clusterRegistrations(Database &db, KamailioStore &kamailio);
// Calls from acc, newest first: one record per Call-ID (INVITE answer or refusal, BYE end).
Result<QList<CallRecord>> clusterCalls(Database &db, KamailioStore &kamailio, int limit = 500);

} // namespace centrale::cluster
