#pragma once
// The counter every configuration change bumps (triggers in the schema): watchers such as
// the cluster follower compare it instead of re-reading everything.
#include "store/Database.h"

namespace centrale {

Result<qint64> readConfigVersion(Database &db);

} // namespace centrale
