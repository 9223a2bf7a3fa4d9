#pragma once
// Forward-only schema steps; step N takes user_version N-1 to N. Never edit a
// released step: add a new one.
#include <QStringList>

namespace centrale::migrations {

const QList<QStringList> &steps();

// Schema version after which the default rate table is seeded (when the table is empty),
// in the same transaction: limits need prices from the first call on.
inline constexpr int kSeedRatesAfter = 5;

} // namespace centrale::migrations
