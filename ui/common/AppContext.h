#pragma once
// What every page needs: the store, the secret store and the (optional) live status.
#include "secrets/SecretStore.h"
#include "sip/StatusFeed.h"
#include "store/Database.h"

namespace centrale::ui {

struct AppContext {
    Database &db;
    SecretStore &secrets;
    StatusFeed *feed = nullptr; // null: no engine running
};

} // namespace centrale::ui
