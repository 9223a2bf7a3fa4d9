#pragma once
// Country names for libphonenumber region codes, from Qt's locale data.
#include <QLocale>
#include <QString>

namespace centrale::ui {

// "Netherlands" for "NL"; the code itself for regions Qt has no name for.
inline QString countryName(const QString &region)
{
    const QLocale::Territory t = QLocale::codeToTerritory(region);
    return t == QLocale::AnyTerritory ? region : QLocale::territoryToString(t);
}

} // namespace centrale::ui
