#pragma once
// PBX brands from the seed's list, with stable keys for the CLI and the database.
#include <QList>
#include <QString>
#include <optional>

namespace centrale {

enum class PbxBrand { AsteriskKamailio, FreePbxElastix, ThreeCx, YeastarMyPbx, AvayaIpOffice, FourPsa, Barracuda, Elmeg, SnomPbx, Other };

QList<PbxBrand> allPbxBrands();
QString pbxBrandKey(PbxBrand brand);         // "asterisk", "freepbx", "3cx", …
QString pbxBrandDisplayName(PbxBrand brand); // "Asterisk / Kamailio", … (product names, not translated)
// Accepts a key or a display name, case-insensitively.
std::optional<PbxBrand> pbxBrandFromString(const QString &text);

enum class NumberFormat { Plus, NoPlus };
QString numberFormatKey(NumberFormat f); // "plus" / "noplus"
std::optional<NumberFormat> numberFormatFromKey(const QString &key);

} // namespace centrale
