#include "domain/DestinationPresets.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <phonenumbers/phonenumberutil.h>
#include <set>

namespace centrale {

namespace {

Result<DestinationWhitelist> load(const QString &key)
{
    using R = Result<DestinationWhitelist>;
    QFile file(QStringLiteral(":/centrale/presets/%1.json").arg(key));
    if (!file.open(QIODevice::ReadOnly))
        return R::fail(QCoreApplication::translate("DestinationPresets", "The destination preset \"%1\" is missing.").arg(key), QStringLiteral("preset"));
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &err).object();
    if (err.error != QJsonParseError::NoError)
        return R::fail(QCoreApplication::translate("DestinationPresets", "The destination preset \"%1\" is damaged: %2").arg(key, err.errorString()),
                       QStringLiteral("preset"));
    QSet<NumberType> types;
    for (const auto &t : o.value(QStringLiteral("types")).toArray())
        types.insert(numberTypeFromKey(t.toString()));
    types = withFixedOrMobile(types);
    // "*" instead of a list: every region libphonenumber knows (the worldwide preset).
    QStringList regions;
    if (o.value(QStringLiteral("regions")).toString() == QLatin1String("*"))
        regions = knownRegions();
    else
        for (const auto &r : o.value(QStringLiteral("regions")).toArray())
            regions << r.toString();
    DestinationWhitelist w;
    for (const auto &r : regions)
        w.countries << DestinationRule{r, types};
    for (const auto &p : o.value(QStringLiteral("allow_prefixes")).toArray())
        w.allowedPrefixes << p.toString();
    for (const auto &p : o.value(QStringLiteral("block_prefixes")).toArray())
        w.blockedPrefixes << p.toString();
    w.preset = key;
    if (auto s = w.validate(); !s)
        return R::fail(QCoreApplication::translate("DestinationPresets", "The destination preset \"%1\" is damaged: %2").arg(key, s.message()),
                       QStringLiteral("preset"));
    return w;
}

} // namespace

QStringList knownRegions()
{
    std::set<std::string> regions; // std::set: already sorted
    i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList out;
    for (const auto &r : regions)
        out << QString::fromStdString(r);
    return out;
}

QStringList destinationPresetKeys()
{
    return {QString(kDefaultDestinationPreset), QStringLiteral("nl-fixed-mobile"), QStringLiteral("benelux"),
            QStringLiteral("western-europe"),   QStringLiteral("europe"),          QStringLiteral("worldwide")};
}

QString destinationPresetTitle(const QString &key)
{
    if (key == kDefaultDestinationPreset)
        return QCoreApplication::translate("DestinationPresets", "Default (Europe and major trading partners)");
    if (key == QLatin1String("nl-fixed-mobile"))
        return QCoreApplication::translate("DestinationPresets", "Netherlands fixed and mobile");
    if (key == QLatin1String("benelux"))
        return QCoreApplication::translate("DestinationPresets", "Benelux");
    if (key == QLatin1String("western-europe"))
        return QCoreApplication::translate("DestinationPresets", "Western Europe");
    if (key == QLatin1String("europe"))
        return QCoreApplication::translate("DestinationPresets", "All of Europe");
    if (key == QLatin1String("worldwide"))
        return QCoreApplication::translate("DestinationPresets", "Worldwide");
    return key;
}

Result<DestinationWhitelist> destinationPreset(const QString &key)
{
    if (!destinationPresetKeys().contains(key))
        return Result<DestinationWhitelist>::fail(QCoreApplication::translate("DestinationPresets", "\"%1\" is not a destination preset.").arg(key),
                                                  QStringLiteral("preset"));
    return load(key);
}

DestinationWhitelist defaultDestinationWhitelist()
{
    // Loaded once: the file is compiled in and does not change while running.
    static const DestinationWhitelist w = [] {
        auto r = destinationPreset(QString(kDefaultDestinationPreset));
        return r ? r.value() : DestinationWhitelist{};
    }();
    return w;
}

QSet<NumberType> newCountryTypes() { return withFixedOrMobile({NumberType::Fixed, NumberType::Mobile, NumberType::TollFree}); }

QSet<NumberType> withFixedOrMobile(QSet<NumberType> types)
{
    if (types.contains(NumberType::Fixed) && types.contains(NumberType::Mobile))
        types.insert(NumberType::FixedOrMobile);
    else
        types.remove(NumberType::FixedOrMobile);
    return types;
}

} // namespace centrale
