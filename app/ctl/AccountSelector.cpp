#include "AccountSelector.h"
#include "Args.h"

#include <QCoreApplication>

namespace centrale::ctl {

QString AccountSelector::jsonKey() const { return kind == Kind::Trunk ? QStringLiteral("trunk") : QStringLiteral("phone"); }

QString AccountSelector::describe() const
{
    return kind == Kind::Trunk ? QCoreApplication::translate("centralectl", "trunk \"%1\"").arg(key) : QCoreApplication::translate("centralectl", "phone account +%1").arg(key);
}

bool AccountSelector::sameAs(const AccountSelector &o) const
{
    return kind == o.kind && (kind == Kind::Trunk ? key.compare(o.key, Qt::CaseInsensitive) == 0 : key == o.key);
}

const QCommandLineOption &trunkSelectorOption()
{
    static const QCommandLineOption o(QStringLiteral("trunk"), QCoreApplication::translate("centralectl", "The trunk, by name."), QCoreApplication::translate("centralectl", "NAME"));
    return o;
}

const QCommandLineOption &phoneSelectorOption()
{
    static const QCommandLineOption o(QStringLiteral("phone"), QCoreApplication::translate("centralectl", "The phone account, by number."), QCoreApplication::translate("centralectl", "E164"));
    return o;
}

Result<std::optional<AccountSelector>> selectorArg(const QCommandLineParser &p)
{
    using R = Result<std::optional<AccountSelector>>;
    for (const auto *o : {&trunkSelectorOption(), &phoneSelectorOption()})
        if (p.values(*o).size() > 1)
            return R::fail(QCoreApplication::translate("centralectl", "--%1 may be given only once.").arg(o->names().first()));
    if (p.isSet(trunkSelectorOption()) && p.isSet(phoneSelectorOption()))
        return R::fail(QCoreApplication::translate("centralectl", "Give either --trunk or --phone, not both."));
    if (p.isSet(trunkSelectorOption())) {
        const QString name = p.value(trunkSelectorOption()).trimmed();
        if (name.isEmpty())
            return R::fail(QCoreApplication::translate("centralectl", "--trunk needs a trunk name."));
        return std::optional<AccountSelector>(AccountSelector{AccountSelector::Kind::Trunk, name});
    }
    if (p.isSet(phoneSelectorOption())) {
        auto d = numberArg(p.value(phoneSelectorOption()));
        if (!d)
            return R::fail(QStringLiteral("--phone: ") + d.message());
        return std::optional<AccountSelector>(AccountSelector{AccountSelector::Kind::Phone, d.value()});
    }
    return std::optional<AccountSelector>();
}

Result<AccountSelector> selectorFromJson(const QJsonObject &o, const std::optional<AccountSelector> &commandLine)
{
    using R = Result<AccountSelector>;
    const bool hasTrunk = o.contains(QStringLiteral("trunk")), hasPhone = o.contains(QStringLiteral("phone"));
    if (hasTrunk == hasPhone)
        return R::fail(QCoreApplication::translate("centralectl", "--from-json: the object needs exactly one of \"trunk\" or \"phone\"."));
    AccountSelector fromObject{hasTrunk ? AccountSelector::Kind::Trunk : AccountSelector::Kind::Phone, {}};
    const QString key = o.value(fromObject.jsonKey()).toString().trimmed();
    if (hasTrunk) {
        fromObject.key = key;
    } else if (auto d = numberArg(key)) {
        fromObject.key = d.value();
    } else {
        return R::fail(QStringLiteral("--from-json \"phone\": ") + d.message());
    }
    if (fromObject.key.isEmpty())
        return R::fail(QCoreApplication::translate("centralectl", "--from-json: \"trunk\" needs a trunk name."));
    if (commandLine && !commandLine->sameAs(fromObject))
        return R::fail(QCoreApplication::translate("centralectl", "--from-json names %1, the command line %2.").arg(fromObject.describe(), commandLine->describe()));
    return fromObject;
}

} // namespace centrale::ctl
