#pragma once
// The destination whitelist presets (the seed's "default destination whitelist" and
// the others it offers on request), kept as JSON resource files compiled into core.
#include "domain/Security.h"

namespace centrale {

inline constexpr QLatin1StringView kDefaultDestinationPreset{"default"};

// In the order a picker shows them; the first is the default.
QStringList destinationPresetKeys();
// Translated name for a picker; the key itself when unknown.
QString destinationPresetTitle(const QString &key);
// The whitelist of a preset, its preset field set to key; an error for an unknown key.
Result<DestinationWhitelist> destinationPreset(const QString &key);
// What new trunks and phone accounts start with: the default preset.
DestinationWhitelist defaultDestinationWhitelist();

// Every region code libphonenumber knows ("NL", "US", …), sorted.
QStringList knownRegions();

// What a country added by hand allows until the user changes it (the Security page and
// `destinations set --allow CC`): fixed, mobile and freephone numbers.
QSet<NumberType> newCountryTypes();

// libphonenumber cannot tell fixed from mobile in some numbering plans (the US, Canada, …)
// and calls those numbers fixed_or_mobile: they are allowed only where both are.
QSet<NumberType> withFixedOrMobile(QSet<NumberType> types);

} // namespace centrale
