#pragma once
// How domain objects look in --json output and in plain text.
#include "domain/CallPlan.h"
#include "domain/PhoneAccount.h"
#include "domain/Trunk.h"
#include "store/NumberRepository.h"
#include <QJsonObject>

namespace centrale::ctl {

struct ServerAddresses {
    QString primary;
    QString secondary;
};

// The engine's two listen addresses, as the settings hold them.
ServerAddresses serverAddresses(Database &db);

QJsonObject toJson(const NumberRecord &n);
QJsonObject toJson(const CallPlan &p);
QJsonObject toJson(const Trunk &t, const ServerAddresses &servers);
QJsonObject toJson(const PhoneAccount &p, const ServerAddresses &servers);
QString describe(const Trunk &t, const ServerAddresses &servers); // multi-line, for `trunk show`

} // namespace centrale::ctl
