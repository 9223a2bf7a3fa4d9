#pragma once
// The seed-like trunk and phone account every export test uses.
#include "export/ExportTypes.h"

namespace centrale::testing {

inline Trunk exampleTrunk()
{
    Trunk t;
    t.name = QStringLiteral("PBX kantoor");
    t.channels = 4;
    t.brand = PbxBrand::AsteriskKamailio;
    t.format = NumberFormat::NoPlus;
    t.ipWhitelist = {IpNetwork::parse(QStringLiteral("127.0.0.1")).value()};
    t.numbers = {TrunkNumber{QStringLiteral("31502053031"), true, true}, TrunkNumber{QStringLiteral("31502053032"), true, false}};
    t.primary.username = Trunk::defaultPrimaryUsername(QStringLiteral("31502053031"));
    t.secondary.username = Trunk::defaultSecondaryUsername(QStringLiteral("31502053031"));
    return t;
}

inline PhoneAccount examplePhone()
{
    PhoneAccount p;
    p.number = QStringLiteral("31502053033");
    p.account.username = p.number;
    return p;
}

inline ExportInput exampleInput(bool phone, bool withSecrets = false)
{
    ExportInput in;
    if (phone)
        in.phone = examplePhone();
    else
        in.trunk = exampleTrunk();
    in.primaryServer = QStringLiteral("127.0.0.1:5060");
    in.secondaryServer = QStringLiteral("127.0.0.1:5062");
    in.realm = QStringLiteral("centrale");
    in.language = QStringLiteral("en");
    if (withSecrets) {
        in.passwords.insert(QStringLiteral("31502053031"), QStringLiteral("Primary-Secret-1"));
        in.passwords.insert(QStringLiteral("31502053031-2"), QStringLiteral("Secondary-Secret-2"));
        in.passwords.insert(QStringLiteral("31502053033"), QStringLiteral("Phone-Secret-3"));
    }
    return in;
}

} // namespace centrale::testing
