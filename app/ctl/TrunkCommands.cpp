#include "Args.h"
#include "CtlContext.h"
#include "Views.h"
#include "domain/DestinationPresets.h"
#include "service/AccountService.h"
#include "store/TrunkRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace centrale::ctl {

int trunkSetCommand(CtlContext &ctx);      // TrunkEditCommands.cpp
int trunkPasswordCommand(CtlContext &ctx); // TrunkEditCommands.cpp

int trunkCommand(CtlContext &ctx, const QString &action)
{
    if (action == QLatin1String("set"))
        return trunkSetCommand(ctx);
    if (action == QLatin1String("password"))
        return trunkPasswordCommand(ctx);
    QCommandLineParser p;
    if (action == QLatin1String("add")) {
        const QCommandLineOption name(QStringLiteral("name"), QCoreApplication::translate("centralectl", "Trunk name."), QCoreApplication::translate("centralectl", "NAME"));
        const QCommandLineOption channels(QStringLiteral("channels"), QCoreApplication::translate("centralectl", "Simultaneous calls (1-%1).").arg(Trunk::kMaxChannels), QCoreApplication::translate("centralectl", "N"));
        const QStringList brands = brandKeys();
        const QCommandLineOption brand(QStringLiteral("brand"), QCoreApplication::translate("centralectl", "PBX brand: %1.").arg(brands.join(QStringLiteral(", "))), QCoreApplication::translate("centralectl", "BRAND"));
        const QCommandLineOption type(QStringLiteral("type"), QCoreApplication::translate("centralectl", "PBX type or model."), QCoreApplication::translate("centralectl", "TYPE"));
        const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("centralectl", "Number format the PBX sends: plus (+31…) or noplus (0031…/31…)."), QCoreApplication::translate("centralectl", "plus|noplus"));
        const QCommandLineOption ip(QStringLiteral("ip"), QCoreApplication::translate("centralectl", "Allowed PBX address or subnet; repeat for more."), QCoreApplication::translate("centralectl", "CIDR"));
        const QCommandLineOption number(QStringLiteral("number"), QCoreApplication::translate("centralectl", "A free number for the trunk; :in = inbound, :cid = caller ID (default both)."),
                                        QCoreApplication::translate("centralectl", "E164[:in][:cid]"));
        const QCommandLineOption failover(QStringLiteral("failover"), QCoreApplication::translate("centralectl", "Call plan that takes calls the PBX does not answer."), QCoreApplication::translate("centralectl", "CALLPLAN"));
        const QCommandLineOption primaryUser(QStringLiteral("primary-user"), QCoreApplication::translate("centralectl", "Username of the primary account (default: first number)."), QCoreApplication::translate("centralectl", "U"));
        const QCommandLineOption secondaryUser(QStringLiteral("secondary-user"), QCoreApplication::translate("centralectl", "Username of the secondary account (default: first number-2)."), QCoreApplication::translate("centralectl", "U"));
        const QCommandLineOption pwStdin(QStringLiteral("password-stdin"),
                                         QCoreApplication::translate("centralectl", "Read the primary, then the secondary password from standard input, one per line. Without it both are generated and printed once."));
        p.addOptions({name, channels, brand, type, format, ip, number, failover, primaryUser, secondaryUser, pwStdin});
        if (!ctx.parse(p, QStringLiteral("trunk add"), QCoreApplication::translate("centralectl", "Create a SIP trunk with its primary and secondary account.")))
            return ctx.exitCode;
        for (const auto *req : {&name, &channels, &brand, &format, &ip})
            if (!p.isSet(*req))
                return ctx.usage(QCoreApplication::translate("centralectl", "--%1 is required (see: centralectl trunk add --help).").arg(req->names().first()));
        Trunk t;
        t.destinations = defaultDestinationWhitelist();
        t.name = p.value(name);
        auto ch = intArg(p.value(channels), QStringLiteral("channels"), 1, Trunk::kMaxChannels);
        if (!ch)
            return ctx.usage(ch.message());
        t.channels = ch.value();
        auto b = brandArg(p.value(brand));
        if (!b)
            return ctx.usage(b.message());
        t.brand = b.value();
        t.type = p.value(type);
        auto f = formatArg(p.value(format));
        if (!f)
            return ctx.usage(f.message());
        t.format = f.value();
        auto ips = whitelistArg(p.values(ip));
        if (!ips)
            return ctx.usage(ips.message());
        t.ipWhitelist = ips.value();
        for (const auto &n : p.values(number)) {
            auto tn = trunkNumberArg(n);
            if (!tn)
                return ctx.usage(tn.message());
            t.numbers << tn.value();
        }
        t.failoverCallPlan = p.value(failover);
        const QString first = t.numbers.isEmpty() ? QString() : t.numbers.first().digits;
        t.primary.username = p.isSet(primaryUser) ? p.value(primaryUser) : Trunk::defaultPrimaryUsername(first);
        t.secondary.username = p.isSet(secondaryUser) ? p.value(secondaryUser) : Trunk::defaultSecondaryUsername(first);
        if (first.isEmpty() && (!p.isSet(primaryUser) || !p.isSet(secondaryUser)))
            return ctx.usage(QCoreApplication::translate("centralectl", "A trunk without numbers needs --primary-user and --secondary-user."));
        if (auto s = t.validate(); !s)
            return ctx.usage(s.message());

        TrunkPasswords pw;
        if (p.isSet(pwStdin)) {
            auto a = ctx.readLine();
            auto b2 = ctx.readLine();
            if (!a || !b2 || a->isEmpty() || b2->isEmpty())
                return ctx.usage(QCoreApplication::translate("centralectl", "--password-stdin expects two lines: the primary and the secondary password."));
            pw = {*a, *b2};
        }
        auto stores = ctx.stores();
        if (!stores)
            return ctx.fail(stores.message());
        auto [db, secrets] = stores.value();
        auto result = AccountService(*db, *secrets).createTrunk(t, pw);
        if (!result)
            return ctx.fail(result.message());
        const bool generated = !p.isSet(pwStdin);
        if (ctx.json()) {
            auto created = TrunkRepository(*db).find(t.name);
            QJsonObject o = created ? toJson(created.value(), serverAddresses(*db)) : QJsonObject();
            if (generated) {
                o.insert(QStringLiteral("primary_password"), result->primary);
                o.insert(QStringLiteral("secondary_password"), result->secondary);
            }
            ctx.printJson(o);
        } else {
            ctx.print(QCoreApplication::translate("centralectl", "Created trunk \"%1\" (primary %2, secondary %3)").arg(t.name.trimmed(), t.primary.username, t.secondary.username));
            if (generated) {
                ctx.print(QCoreApplication::translate("centralectl", "Primary password:   %1").arg(result->primary));
                ctx.print(QCoreApplication::translate("centralectl", "Secondary password: %1").arg(result->secondary));
                ctx.print(QCoreApplication::translate("centralectl", "These passwords are shown only now; they are kept in %1.").arg(secrets->describe()));
            }
        }
        return Ok;
    }
    if (action == QLatin1String("list") || action == QLatin1String("show")) {
        const bool show = action == QLatin1String("show");
        if (!ctx.parse(p, QStringLiteral("trunk ") + action, show ? QCoreApplication::translate("centralectl", "Show one trunk.") : QCoreApplication::translate("centralectl", "List trunks."), show ? QStringLiteral("NAME") : QString(),
                       QCoreApplication::translate("centralectl", "Name of the trunk.")))
            return ctx.exitCode;
        if (show && p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "trunk show takes exactly one name."));
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        TrunkRepository repo(**db);
        QList<Trunk> trunks;
        if (show) {
            auto one = repo.find(p.positionalArguments().first());
            if (!one)
                return ctx.fail(one.message());
            trunks << one.value();
        } else {
            auto all = repo.list();
            if (!all)
                return ctx.fail(all.message());
            trunks = all.value();
        }
        const auto srv = serverAddresses(**db);
        if (ctx.json()) {
            QJsonArray a;
            for (const auto &t : trunks)
                a.append(toJson(t, srv));
            ctx.printJson(show ? QJsonValue(a.first()) : QJsonValue(a));
        } else if (show) {
            ctx.print(describe(trunks.first(), srv));
        } else {
            for (const auto &t : trunks) {
                QStringList ips;
                for (const auto &n : t.ipWhitelist)
                    ips << n.toString();
                ctx.print(QStringLiteral("%1  %2  %3  %4").arg(t.name, pbxBrandDisplayName(t.brand), ips.join(QLatin1Char(','))).arg(t.channels));
            }
        }
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        if (!ctx.parse(p, QStringLiteral("trunk remove"), QCoreApplication::translate("centralectl", "Remove a trunk; its numbers become free."), QStringLiteral("NAME"), QCoreApplication::translate("centralectl", "Name of the trunk.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "trunk remove takes exactly one name."));
        auto stores = ctx.stores();
        if (!stores)
            return ctx.fail(stores.message());
        auto [db, secrets] = stores.value();
        if (auto s = AccountService(*db, *secrets).removeTrunk(p.positionalArguments().first()); !s)
            return ctx.fail(s.message());
        ctx.print(QCoreApplication::translate("centralectl", "Removed trunk \"%1\"").arg(p.positionalArguments().first()));
        return Ok;
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"trunk %1\"; use add, list, show, set, password or remove.").arg(action));
}

} // namespace centrale::ctl
