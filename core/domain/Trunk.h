#pragma once
// A trunk: one PBX connection with two SIP accounts (primary and secondary).
#include "domain/IpNetwork.h"
#include "domain/Pbx.h"
#include "domain/Security.h"
#include "util/Result.h"
#include <QCoreApplication>
#include <QList>
#include <optional>

namespace centrale {

enum class AccountRole { Primary, Secondary, Phone };
QString accountRoleKey(AccountRole role); // "primary", "secondary", "phone"

struct SipAccount {
    qint64 id = 0;
    QString username;
    AccountRole role = AccountRole::Primary;
    QString ha1; // MD5(user:realm:password); the password itself lives in the keychain
};

struct TrunkNumber {
    QString digits;        // E.164 without + ("31502053031")
    bool inbound = true;   // Inkomend (DID)
    bool callerId = true;  // Nummerweergave (caller ID)
    friend bool operator==(const TrunkNumber &, const TrunkNumber &) = default;
};

struct Trunk {
    Q_DECLARE_TR_FUNCTIONS(Trunk)
public:
    qint64 id = 0;
    QString name;
    int channels = 2;
    PbxBrand brand = PbxBrand::Other;
    QString type; // the PBX model, free text ("520", "v16")
    NumberFormat format = NumberFormat::Plus;
    IpWhitelist ipWhitelist;
    QList<TrunkNumber> numbers;
    QString failoverCallPlan; // name; empty = none
    SipAccount primary{0, {}, AccountRole::Primary, {}};
    SipAccount secondary{0, {}, AccountRole::Secondary, {}};
    Limits limits;
    DestinationWhitelist destinations;

    static constexpr int kMaxChannels = 1000;

    // Every rule that does not need the database (links and name uniqueness are the store's).
    Status validate() const;
    // The seed's default usernames: the first number without +, and that with a suffix.
    static QString defaultPrimaryUsername(const QString &firstNumberDigits);
    static QString defaultSecondaryUsername(const QString &firstNumberDigits);
};

} // namespace centrale
