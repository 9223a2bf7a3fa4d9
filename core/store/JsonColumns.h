#pragma once
// Value types kept as JSON text in one column (whitelists, limits, destinations).
#include "domain/IpNetwork.h"
#include "domain/Security.h"

namespace centrale::jsoncol {

QString fromWhitelist(const IpWhitelist &list);
IpWhitelist toWhitelist(const QString &json);
QString fromObject(const QJsonObject &o);
QJsonObject toObject(const QString &json);

} // namespace centrale::jsoncol
