#pragma once
// Forward-only schema steps; step N takes user_version N-1 to N. Never edit a
// released step: add a new one.
#include <QStringList>

namespace centrale::migrations {

const QList<QStringList> &steps();

} // namespace centrale::migrations
