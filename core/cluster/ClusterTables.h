#pragma once
// What Centrale's trunks and phone accounts become in Kamailio's tables: pure, so the
// mapping is testable without a database. The "centrale" htable's keys:
//   acct:USER          the account's policy ("trunk:3", "phone:5")
//   grp:POLICY         its permissions group, present only when it has an IP whitelist
//   chan:POLICY        simultaneous calls (dialog profile "channels")
//   did:DIGITS         the username a DID rings first; did2:DIGITS the trunk's secondary
//   dest:POLICY:a:P    allowed prefix P (wins); dest:POLICY:b:P / dest:all:b:P blocked
//   dest:POLICY:c:CC   allowed country calling code
//   name:POLICY        the trunk's name or phone account's number (for the Warning headers)
//   cps:POLICY         new calls per second, present only when capped
//   cid:POLICY:DIGITS  a caller-ID number the account may present (E.164 digits)
#include "domain/PhoneAccount.h"
#include "domain/Trunk.h"
#include "store/KamailioStore.h"
#include <functional>
#include <optional>

namespace centrale::cluster {

// Digest HA1 with the domain in the user part, as Kamailio's subscriber.ha1b.
QString ha1b(const QString &username, const QString &domain, const QString &realm, const QString &password);

// The permissions group of a trunk or phone account (one group per account).
int trunkGroup(qint64 trunkId);
int phoneGroup(qint64 phoneId);

// password: the plain password of a username from the secret store, if it has one; without
// it ha1b stays empty (only clients that send user@domain as the username need it).
KamailioTables buildClusterTables(const QList<Trunk> &trunks, const QList<PhoneAccount> &phones, const QString &realm,
                                  const std::function<std::optional<QString>(const QString &username)> &password, QStringList *warnings);

} // namespace centrale::cluster
