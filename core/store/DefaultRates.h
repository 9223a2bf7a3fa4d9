#pragma once
// The rate table a new database starts with (the sample table shipped in data/), so amount
// limits price calls from the first call on instead of counting every call as free.
#include "store/Database.h"

namespace centrale {

// Fills the rates table from the built-in sample when it is empty; leaves an imported table alone.
Status seedDefaultRates(Database &db);

} // namespace centrale
