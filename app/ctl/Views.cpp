#include "Views.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace centrale::ctl {

namespace {
QJsonArray whitelistJson(const IpWhitelist &list)
{
    QJsonArray a;
    for (const auto &n : list)
        a.append(n.toString());
    return a;
}
QString plus(const QString &digits) { return QLatin1Char('+') + digits; }
} // namespace

ServerAddresses serverAddresses(Database &db)
{
    SettingsRepository s(db);
    return {s.get(QLatin1String(settingkeys::kPrimary)), s.get(QLatin1String(settingkeys::kSecondary))};
}

QJsonObject toJson(const NumberRecord &n)
{
    QJsonObject o{{QStringLiteral("number"), plus(n.digits)}, {QStringLiteral("linked_to"), n.owner.kindKey()}};
    if (!n.owner.isFree())
        o.insert(QStringLiteral("owner"), n.owner.kind == NumberOwner::Kind::Phone ? plus(n.owner.name) : n.owner.name);
    if (n.owner.kind == NumberOwner::Kind::Trunk) {
        o.insert(QStringLiteral("inbound"), n.inbound);
        o.insert(QStringLiteral("caller_id"), n.callerId);
    }
    return o;
}

QJsonObject toJson(const CallPlan &p)
{
    QJsonArray numbers;
    for (const auto &d : p.numbers)
        numbers.append(plus(d));
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("internal_number"), p.internalNumber},
            {QStringLiteral("numbers"), numbers},
            {QStringLiteral("steps"), CallPlan::stepsToJson(p.steps)}};
}

QJsonObject toJson(const Trunk &t, const ServerAddresses &servers)
{
    QJsonArray numbers;
    for (const auto &n : t.numbers)
        numbers.append(QJsonObject{{QStringLiteral("number"), plus(n.digits)}, {QStringLiteral("inbound"), n.inbound}, {QStringLiteral("caller_id"), n.callerId}});
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("channels"), t.channels},
            {QStringLiteral("brand"), pbxBrandKey(t.brand)},
            {QStringLiteral("brand_name"), pbxBrandDisplayName(t.brand)},
            {QStringLiteral("type"), t.type},
            {QStringLiteral("format"), numberFormatKey(t.format)},
            {QStringLiteral("ip"), whitelistJson(t.ipWhitelist)},
            {QStringLiteral("numbers"), numbers},
            {QStringLiteral("failover"), t.failoverCallPlan.isEmpty() ? QJsonValue() : QJsonValue(t.failoverCallPlan)},
            {QStringLiteral("primary"), QJsonObject{{QStringLiteral("username"), t.primary.username}, {QStringLiteral("server"), servers.primary}}},
            {QStringLiteral("secondary"), QJsonObject{{QStringLiteral("username"), t.secondary.username}, {QStringLiteral("server"), servers.secondary}}},
            {QStringLiteral("limits"), t.limits.toJson()},
            {QStringLiteral("destinations"), t.destinations.toJson()}};
}

QJsonObject toJson(const PhoneAccount &p, const ServerAddresses &servers)
{
    return {{QStringLiteral("number"), plus(p.number)},
            {QStringLiteral("username"), p.account.username},
            {QStringLiteral("channels"), p.channels},
            {QStringLiteral("ip"), whitelistJson(p.ipWhitelist)},
            {QStringLiteral("servers"), QJsonArray{servers.primary, servers.secondary}},
            {QStringLiteral("limits"), p.limits.toJson()},
            {QStringLiteral("destinations"), p.destinations.toJson()},
            {QStringLiteral("mac"), p.mac},
            {QStringLiteral("model"), p.model},
            {QStringLiteral("display_name"), p.displayName}};
}

QString describe(const Trunk &t, const ServerAddresses &servers)
{
        QStringList ips;
    for (const auto &n : t.ipWhitelist)
        ips << n.toString();
    QStringList lines;
    lines << QCoreApplication::translate("centralectl", "Trunk:             %1").arg(t.name) << QCoreApplication::translate("centralectl", "Brand / type:      %1 %2").arg(pbxBrandDisplayName(t.brand), t.type)
          << QCoreApplication::translate("centralectl", "Simultaneous calls: %1").arg(t.channels)
          << QCoreApplication::translate("centralectl", "Number format:     %1").arg(t.format == NumberFormat::Plus ? QCoreApplication::translate("centralectl", "with + (+31…)") : QCoreApplication::translate("centralectl", "without + (0031… or 31…)"))
          << QCoreApplication::translate("centralectl", "IP addresses:      %1").arg(ips.join(QStringLiteral(", ")))
          << QCoreApplication::translate("centralectl", "Failover:          %1").arg(t.failoverCallPlan.isEmpty() ? QCoreApplication::translate("centralectl", "none") : t.failoverCallPlan);
    for (const auto &n : t.numbers)
        lines << QCoreApplication::translate("centralectl", "Number:            +%1 %2 %3").arg(n.digits, n.inbound ? QCoreApplication::translate("centralectl", "[inbound]") : QString(), n.callerId ? QCoreApplication::translate("centralectl", "[caller ID]") : QString());
    lines << QCoreApplication::translate("centralectl", "Primary account:   %1 @ %2").arg(t.primary.username, servers.primary)
          << QCoreApplication::translate("centralectl", "Secondary account: %1 @ %2").arg(t.secondary.username, servers.secondary);
    return lines.join(QLatin1Char('\n'));
}

} // namespace centrale::ctl
