#pragma once
// Password generation and the digest HA1 that the database keeps instead of the password.
#include <QString>

namespace centrale::credentials {

// At least 20 characters from the system's cryptographic random source.
QString generatePassword(int length = 24);
// MD5(user:realm:password) in lower-case hex, as Kamailio's subscriber.ha1.
QString ha1(const QString &username, const QString &realm, const QString &password);
// A password the engine accepts from a user: 8-128 printable characters.
bool isAcceptablePassword(const QString &password);

} // namespace centrale::credentials
