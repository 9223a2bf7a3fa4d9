#include "domain/Pbx.h"

namespace centrale {

namespace {
struct BrandRow { PbxBrand brand; const char *key; const char *display; };
constexpr BrandRow kBrands[] = {
    {PbxBrand::AsteriskKamailio, "asterisk", "Asterisk / Kamailio"},
    {PbxBrand::FreePbxElastix, "freepbx", "FreePBX / Elastix"},
    {PbxBrand::ThreeCx, "3cx", "3CX"},
    {PbxBrand::YeastarMyPbx, "yeastar", "Yeastar / MyPBX"},
    {PbxBrand::AvayaIpOffice, "avaya", "Avaya IP Office"},
    {PbxBrand::FourPsa, "4psa", "4PSA"},
    {PbxBrand::Barracuda, "barracuda", "Barracuda"},
    {PbxBrand::Elmeg, "elmeg", "Elmeg"},
    {PbxBrand::SnomPbx, "snom", "Snom PBX"},
    {PbxBrand::Other, "other", "Other"},
};
} // namespace

QList<PbxBrand> allPbxBrands()
{
    QList<PbxBrand> out;
    for (const auto &b : kBrands)
        out << b.brand;
    return out;
}

QString pbxBrandKey(PbxBrand brand)
{
    for (const auto &b : kBrands)
        if (b.brand == brand)
            return QLatin1String(b.key);
    return QStringLiteral("other");
}

QString pbxBrandDisplayName(PbxBrand brand)
{
    for (const auto &b : kBrands)
        if (b.brand == brand)
            return QLatin1String(b.display);
    return QStringLiteral("Other");
}

std::optional<PbxBrand> pbxBrandFromString(const QString &text)
{
    const QString t = text.trimmed();
    for (const auto &b : kBrands)
        if (t.compare(QLatin1String(b.key), Qt::CaseInsensitive) == 0 || t.compare(QLatin1String(b.display), Qt::CaseInsensitive) == 0)
            return b.brand;
    return std::nullopt;
}

QString numberFormatKey(NumberFormat f) { return f == NumberFormat::Plus ? QStringLiteral("plus") : QStringLiteral("noplus"); }

std::optional<NumberFormat> numberFormatFromKey(const QString &key)
{
    if (key == QLatin1String("plus"))
        return NumberFormat::Plus;
    if (key == QLatin1String("noplus"))
        return NumberFormat::NoPlus;
    return std::nullopt;
}

} // namespace centrale
