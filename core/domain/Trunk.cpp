#include "domain/Trunk.h"
#include "domain/Validation.h"

#include <QSet>

namespace centrale {

QString accountRoleKey(AccountRole role)
{
    switch (role) {
    case AccountRole::Primary: return QStringLiteral("primary");
    case AccountRole::Secondary: return QStringLiteral("secondary");
    case AccountRole::Phone: return QStringLiteral("phone");
    }
    return {};
}

Status Trunk::validate() const
{
    if (auto s = validation::name(name, tr("Trunk name")); !s)
        return s;
    if (channels < 1 || channels > kMaxChannels)
        return Status::fail(tr("Simultaneous calls must be between 1 and %1.").arg(kMaxChannels), QStringLiteral("channels"));
    if (!type.isEmpty())
        if (auto s = validation::name(type, tr("PBX type")); !s)
            return s;
    if (ipWhitelist.isEmpty())
        return Status::fail(tr("A trunk needs at least one IP address or subnet: without it the PBX cannot be let in."), QStringLiteral("ip"));
    QSet<QString> seen;
    for (const auto &n : numbers) {
        if (seen.contains(n.digits))
            return Status::fail(tr("Number +%1 is added twice.").arg(n.digits), QStringLiteral("numbers"));
        seen.insert(n.digits);
    }
    if (auto s = validation::username(primary.username, tr("Primary username")); !s)
        return s;
    if (auto s = validation::username(secondary.username, tr("Secondary username")); !s)
        return s;
    if (primary.username == secondary.username)
        return Status::fail(tr("The primary and secondary account need different usernames."), QStringLiteral("secondary"));
    if (auto s = limits.validate(); !s)
        return s;
    return destinations.validate();
}

QString Trunk::defaultPrimaryUsername(const QString &firstNumberDigits) { return firstNumberDigits; }

QString Trunk::defaultSecondaryUsername(const QString &firstNumberDigits) { return firstNumberDigits + QStringLiteral("-2"); }

} // namespace centrale
