#include "domain/PhoneNumber.h"


#include <phonenumbers/phonenumberutil.h>

namespace centrale {

using i18n::phonenumbers::PhoneNumberUtil;

namespace {

NumberType fromLib(PhoneNumberUtil::PhoneNumberType t)
{
    switch (t) {
    case PhoneNumberUtil::FIXED_LINE: return NumberType::Fixed;
    case PhoneNumberUtil::MOBILE: return NumberType::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: return NumberType::FixedOrMobile;
    case PhoneNumberUtil::TOLL_FREE: return NumberType::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE: return NumberType::PremiumRate;
    case PhoneNumberUtil::SHARED_COST: return NumberType::SharedCost;
    case PhoneNumberUtil::VOIP: return NumberType::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER: return NumberType::PersonalNumber;
    case PhoneNumberUtil::PAGER: return NumberType::Pager;
    case PhoneNumberUtil::UAN: return NumberType::Uan;
    case PhoneNumberUtil::VOICEMAIL: return NumberType::Voicemail;
    default: return NumberType::Unknown;
    }
}

struct TypeKey { NumberType type; const char *key; };
constexpr TypeKey kTypeKeys[] = {
    {NumberType::Fixed, "fixed"}, {NumberType::Mobile, "mobile"}, {NumberType::FixedOrMobile, "fixed_or_mobile"},
    {NumberType::TollFree, "freephone"}, {NumberType::PremiumRate, "premium"}, {NumberType::SharedCost, "shared_cost"},
    {NumberType::Voip, "voip"}, {NumberType::PersonalNumber, "personal"}, {NumberType::Pager, "pager"},
    {NumberType::Uan, "uan"}, {NumberType::Voicemail, "voicemail"}, {NumberType::Unknown, "unknown"},
};

} // namespace

QString numberTypeKey(NumberType type)
{
    for (const auto &k : kTypeKeys)
        if (k.type == type)
            return QLatin1String(k.key);
    return QStringLiteral("unknown");
}

NumberType numberTypeFromKey(const QString &key)
{
    for (const auto &k : kTypeKeys)
        if (key == QLatin1String(k.key))
            return k.type;
    return NumberType::Unknown;
}

Result<PhoneNumber> PhoneNumber::parse(const QString &input, const QString &defaultRegion)
{
    QString s = input.trimmed();
    if (s.isEmpty())
        return Result<PhoneNumber>::fail(tr("The number is empty."), QStringLiteral("number"));
    if (s.size() > 32)
        return Result<PhoneNumber>::fail(tr("\"%1…\" is too long for a phone number.").arg(s.left(20)), QStringLiteral("number"));
    for (QChar c : s) {
        if (!(c.isDigit() && c.unicode() < 128) && c != QLatin1Char('+') && c != QLatin1Char(' ') && c != QLatin1Char('-')
            && c != QLatin1Char('(') && c != QLatin1Char(')') && c != QLatin1Char('.'))
            return Result<PhoneNumber>::fail(tr("\"%1\" is not a phone number: only digits, spaces and a leading + are allowed.").arg(s),
                                             QStringLiteral("number"));
    }
    if (s.lastIndexOf(QLatin1Char('+')) > 0)
        return Result<PhoneNumber>::fail(tr("\"%1\" is not a phone number: + may only stand at the start.").arg(s), QStringLiteral("number"));

    // Normalise the forms without +: 0031… is international, 31… (no leading 0) is
    // taken as international too, a single leading 0 is national.
    // Separators were checked above; keep digits and the + (this runs for every call).
    QString candidate;
    candidate.reserve(s.size());
    for (QChar c : s)
        if (c.isDigit() || c == QLatin1Char('+'))
            candidate += c;
    if (candidate.startsWith(QLatin1String("00")))
        candidate = QLatin1Char('+') + candidate.mid(2);
    else if (!candidate.startsWith(QLatin1Char('+')) && !candidate.startsWith(QLatin1Char('0')))
        candidate = QLatin1Char('+') + candidate;

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    const auto err = util->Parse(candidate.toStdString(), defaultRegion.toStdString(), &parsed);
    if (err != PhoneNumberUtil::NO_PARSING_ERROR)
        return Result<PhoneNumber>::fail(tr("\"%1\" is not a phone number that can be recognised.").arg(s), QStringLiteral("number"));
    if (!util->IsValidNumber(parsed))
        return Result<PhoneNumber>::fail(
            tr("\"%1\" is not a valid number: wrong length or unknown range for its country.").arg(s), QStringLiteral("number"));

    std::string e164;
    util->Format(parsed, PhoneNumberUtil::E164, &e164);
    std::string region;
    util->GetRegionCodeForNumber(parsed, &region);
    std::string national;
    util->GetNationalSignificantNumber(parsed, &national);

    PhoneNumber n;
    n.m_digits = QString::fromStdString(e164).mid(1);
    n.m_region = QString::fromStdString(region);
    n.m_national = QString::fromStdString(national);
    n.m_countryCode = parsed.country_code();
    n.m_type = fromLib(util->GetNumberType(parsed));
    return n;
}

} // namespace centrale
