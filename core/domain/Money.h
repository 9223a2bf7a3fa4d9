#pragma once
// Money is kept in micro-euro (1e-6 €) integers so prices and costs add up exactly.
#include <QString>
#include <QStringView>
#include <optional>

namespace centrale::money {

// "0.0125" → 12500. Digits with an optional dot and at most six decimals; no sign,
// no thousands separators, at most 999999 euro. nullopt when the text is not that.
std::optional<qint64> parseEuro(QStringView text);

// 12500 → "0.0125" with decimals 4; rounded half away from zero, dot decimal.
QString formatEuro(qint64 micros, int decimals);

// "0.0125": as many decimals as needed (at least two), for showing a price as typed.
QString formatEuroExact(qint64 micros);

} // namespace centrale::money
