#pragma once
// Shared field rules, so the console, the CLI and the store refuse the same things
// with the same words.
#include "util/Result.h"
#include <QString>

namespace centrale::validation {

// A display name: 1-64 characters after trimming, no control characters and no
// bidirectional overrides (they make a list show something other than what is stored).
Status name(const QString &value, const QString &field, int maxLength = 64);
// A SIP username: 3-64 of A-Z a-z 0-9 . _ - starting with a letter or digit.
Status username(const QString &value, const QString &field);
// Digits only, between min and max long.
Status digits(const QString &value, const QString &field, int minLength, int maxLength);
// HOST:PORT where HOST is an IPv4 address, [IPv6] or a DNS name and PORT 1-65535.
Status hostPort(const QString &value, const QString &field);
// A simple address check (local@domain), enough to catch typos.
Status email(const QString &value, const QString &field);

} // namespace centrale::validation
