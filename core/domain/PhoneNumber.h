#pragma once
// An E.164 number, parsed and classified by libphonenumber.
#include "util/Result.h"
#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>

namespace centrale {

enum class NumberType { Unknown, Fixed, Mobile, FixedOrMobile, TollFree, PremiumRate, SharedCost, Voip, PersonalNumber, Pager, Uan, Voicemail };

inline size_t qHash(NumberType t, size_t seed = 0) { return ::qHash(static_cast<int>(t), seed); }

QString numberTypeKey(NumberType type);            // stable key: "fixed", "mobile", …
NumberType numberTypeFromKey(const QString &key);  // Unknown when not a key

class PhoneNumber {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
public:
    PhoneNumber() = default;

    // Accepts +31501234567, 0031501234567, 31501234567 and national 050 123 4567
    // (defaultRegion decides what a leading 0 means).
    static Result<PhoneNumber> parse(const QString &input, const QString &defaultRegion = QStringLiteral("NL"));

    bool isNull() const { return m_digits.isEmpty(); }
    QString e164() const { return QLatin1Char('+') + m_digits; } // "+31501234567"
    QString digits() const { return m_digits; }                   // "31501234567"
    QString region() const { return m_region; }                   // "NL"
    NumberType type() const { return m_type; }
    int countryCode() const { return m_countryCode; }
    QString nationalSignificant() const { return m_national; } // "501234567"

    friend bool operator==(const PhoneNumber &a, const PhoneNumber &b) { return a.m_digits == b.m_digits; }

private:
    QString m_digits;
    QString m_region;
    QString m_national;
    int m_countryCode = 0;
    NumberType m_type = NumberType::Unknown;
};

} // namespace centrale
