#include "domain/Security.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <phonenumbers/phonenumberutil.h>
#include <set>

namespace centrale {

namespace {

bool isKnownRegion(const QString &region)
{
    static const std::set<std::string> regions = [] {
        std::set<std::string> r;
        i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&r);
        return r;
    }();
    return regions.count(region.toStdString()) > 0;
}
} // namespace

Status Limits::validate() const
{
    if (amountHourCents < 0 || amountDayCents < 0 || amountWeekCents < 0)
        return Status::fail(QCoreApplication::translate("Security", "Limit amounts cannot be negative."), QStringLiteral("amount"));
    if (amountHourCents > amountDayCents || amountDayCents > amountWeekCents)
        return Status::fail(QCoreApplication::translate("Security", "The amount per hour may not exceed the amount per day, nor the day the week."), QStringLiteral("amount"));
    if (callsHour < 0 || callsDay < 0 || callsWeek < 0)
        return Status::fail(QCoreApplication::translate("Security", "Call limits cannot be negative."), QStringLiteral("calls"));
    if ((callsHour && callsDay && callsHour > callsDay) || (callsDay && callsWeek && callsDay > callsWeek))
        return Status::fail(QCoreApplication::translate("Security", "The calls per hour may not exceed the calls per day, nor the day the week."), QStringLiteral("calls"));
    if (callsPerSecond < 0 || callsPerSecond > 1000)
        return Status::fail(QCoreApplication::translate("Security", "Calls per second must lie between 0 (no cap) and 1000."), QStringLiteral("cps"));
    if (warnPercentFirst < 1 || warnPercentFirst >= warnPercentSecond || warnPercentSecond > 100)
        return Status::fail(QCoreApplication::translate("Security", "The warning levels must rise and lie between 1 and 100 percent."), QStringLiteral("warn"));
    return {};
}

QJsonObject Limits::toJson() const
{
    return {{QStringLiteral("amount_hour"), amountHourCents}, {QStringLiteral("amount_day"), amountDayCents},
            {QStringLiteral("amount_week"), amountWeekCents}, {QStringLiteral("calls_hour"), callsHour},
            {QStringLiteral("calls_day"), callsDay},          {QStringLiteral("calls_week"), callsWeek},
            {QStringLiteral("warn_first"), warnPercentFirst}, {QStringLiteral("warn_second"), warnPercentSecond}, {QStringLiteral("cps"), callsPerSecond}};
}

Result<Limits> Limits::fromJson(const QJsonObject &o)
{
    Limits l;
    l.amountHourCents = o.value(QStringLiteral("amount_hour")).toInt(l.amountHourCents);
    l.amountDayCents = o.value(QStringLiteral("amount_day")).toInt(l.amountDayCents);
    l.amountWeekCents = o.value(QStringLiteral("amount_week")).toInt(l.amountWeekCents);
    l.callsHour = o.value(QStringLiteral("calls_hour")).toInt(0);
    l.callsDay = o.value(QStringLiteral("calls_day")).toInt(0);
    l.callsWeek = o.value(QStringLiteral("calls_week")).toInt(0);
    l.warnPercentFirst = o.value(QStringLiteral("warn_first")).toInt(80);
    l.warnPercentSecond = o.value(QStringLiteral("warn_second")).toInt(95);
    l.callsPerSecond = o.value(QStringLiteral("cps")).toInt(0);
    if (auto s = l.validate(); !s)
        return s.error();
    return l;
}

QStringList DestinationWhitelist::fraudProneDefaults()
{
    // Dutch premium-rate (0906/0909) and shared-cost information lines, and the
    // satellite and "international networks" codes that toll fraud favours.
    return {QStringLiteral("31906"), QStringLiteral("31909"), QStringLiteral("31900"), QStringLiteral("881"),
            QStringLiteral("882"),   QStringLiteral("883")};
}

Status DestinationWhitelist::validate() const
{
    for (const auto &c : countries) {
        if (!isKnownRegion(c.region))
            return Status::fail(QCoreApplication::translate("Security", "\"%1\" is not a known country code.").arg(c.region), QStringLiteral("country"));
        if (c.types.isEmpty())
            return Status::fail(QCoreApplication::translate("Security", "Country %1 has no number types allowed; remove it instead.").arg(c.region), QStringLiteral("country"));
    }
    for (const auto *list : {&allowedPrefixes, &blockedPrefixes})
        for (const auto &p : *list)
            if (auto s = validation::digits(p, QCoreApplication::translate("Security", "Prefix"), 1, 15); !s)
                return s;
    return {};
}

QJsonObject DestinationWhitelist::toJson() const
{
    QJsonArray countriesJson;
    for (const auto &c : countries) {
        QStringList types;
        for (auto t : c.types)
            types << numberTypeKey(t);
        types.sort();
        countriesJson.append(QJsonObject{{QStringLiteral("region"), c.region}, {QStringLiteral("types"), QJsonArray::fromStringList(types)}});
    }
    return {{QStringLiteral("countries"), countriesJson},
            {QStringLiteral("allow_prefixes"), QJsonArray::fromStringList(allowedPrefixes)},
            {QStringLiteral("block_prefixes"), QJsonArray::fromStringList(blockedPrefixes)},
            {QStringLiteral("preset"), preset}};
}

Result<DestinationWhitelist> DestinationWhitelist::fromJson(const QJsonObject &o)
{
    DestinationWhitelist w;
    for (const auto &v : o.value(QStringLiteral("countries")).toArray()) {
        const auto obj = v.toObject();
        DestinationRule r;
        r.region = obj.value(QStringLiteral("region")).toString();
        for (const auto &t : obj.value(QStringLiteral("types")).toArray()) {
            const NumberType type = numberTypeFromKey(t.toString());
            if (type == NumberType::Unknown)
                return Result<DestinationWhitelist>::fail(QCoreApplication::translate("Security", "\"%1\" is not a number type.").arg(t.toString()), QStringLiteral("type"));
            r.types.insert(type);
        }
        w.countries << r;
    }
    for (const auto &v : o.value(QStringLiteral("allow_prefixes")).toArray())
        w.allowedPrefixes << v.toString();
    for (const auto &v : o.value(QStringLiteral("block_prefixes")).toArray())
        w.blockedPrefixes << v.toString();
    w.preset = o.value(QStringLiteral("preset")).toString();
    if (auto s = w.validate(); !s)
        return s.error();
    return w;
}

} // namespace centrale
