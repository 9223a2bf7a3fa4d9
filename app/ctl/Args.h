#pragma once
// Turning command-line words and --from-json values into domain values, with the field
// named in the error.
#include "domain/IpNetwork.h"
#include "domain/Pbx.h"
#include "domain/PhoneNumber.h"
#include "domain/Trunk.h"

#include <QJsonArray>
#include <QJsonObject>

namespace centrale::ctl {

Result<QString> numberArg(const QString &text);              // → E.164 digits
Result<IpWhitelist> whitelistArg(const QStringList &texts);
Result<int> intArg(const QString &text, const QString &option, int min, int max);
// "E164[:in][:cid]": no flags means both; flags given means only those.
Result<TrunkNumber> trunkNumberArg(const QString &text);
Result<PbxBrand> brandArg(const QString &text);
Result<NumberFormat> formatArg(const QString &text);
QStringList brandKeys();

// One JSON object from a file or "-" (standard input); hint names the command that prints one.
Result<QJsonObject> jsonObjectArg(const QString &source, const QString &hint);
// --from-json values; the messages leave the key out (the caller puts it in front).
Result<QString> jsonText(const QJsonValue &v);
Result<int> jsonWhole(const QJsonValue &v, int min, int max);
Result<bool> jsonFlag(const QJsonValue &v);
Result<QStringList> jsonTexts(const QJsonValue &v); // an array of strings
Result<IpWhitelist> jsonWhitelist(const QJsonValue &v);

} // namespace centrale::ctl
