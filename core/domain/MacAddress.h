#pragma once
// A phone's MAC address, as provisioning file names carry it.
#include "util/Result.h"
#include <QString>

namespace centrale {

// Accepts the common notations ("00:15:65:AA:BB:CC", "00-15-65-aa-bb-cc",
// "0015.65aa.bbcc", "001565AABBCC") and returns 12 lower-case hex digits. All-zero and
// broadcast addresses are refused: phones never have them, and 000000000000 is a file
// name of its own (Polycom's shared master configuration).
Result<QString> normalizeMac(const QString &text);

} // namespace centrale
