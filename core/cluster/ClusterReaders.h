#pragma once
// Live status and call log in cluster mode: what the Kamailio nodes wrote (location, acc),
// in the shapes the console and the CLI already show for the bundled engine.
#include "domain/CallRecord.h"
#include "sip/RegistrationStatus.h"
#include "store/Database.h"
#include "store/KamailioStore.h"
#include <QHash>

namespace centrale::cluster {

// Who a username or a policy key ("trunk:3", "phone:5") belongs to, from the store.
struct AccountOwners {
    struct Owner {
        QString role, owner;
    };
    QHash<QString, Owner> byUser;
    QHash<QString, QString> byPolicy;
    QList<QString> order; // usernames, trunks first
};
Result<AccountOwners> accountOwners(Database &db);

// The call record an INVITE's final answer in acc starts (ended at once unless answered).
CallRecord callFromInvite(const AccRow &row, const AccountOwners &owners);

// Every trunk and phone account of the store, registered when location has a binding.
Result<QList<AccountStatus>> clusterRegistrations(Database &db, KamailioStore &kamailio);
// Calls from acc, newest first: one record per Call-ID (INVITE answer or refusal, BYE end).
Result<QList<CallRecord>> clusterCalls(Database &db, KamailioStore &kamailio, int limit = 500);

} // namespace centrale::cluster
