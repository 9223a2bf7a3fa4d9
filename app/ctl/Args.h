#pragma once
// Turning command-line words into domain values, with the field named in the error.
#include "domain/IpNetwork.h"
#include "domain/PhoneNumber.h"

namespace centrale::ctl {

Result<QString> numberArg(const QString &text);              // → E.164 digits
Result<IpWhitelist> whitelistArg(const QStringList &texts);
Result<int> intArg(const QString &text, const QString &option, int min, int max);

} // namespace centrale::ctl
