#include "Args.h"
#include "CtlContext.h"
#include "Views.h"
#include "domain/DestinationPresets.h"
#include "domain/MacAddress.h"
#include "provisioning/PhoneModels.h"
#include "secrets/Credentials.h"
#include "service/AccountService.h"
#include "store/PhoneAccountRepository.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace centrale::ctl {

namespace {

// phone set: the handset fields of an existing phone account (autoprovisioning).
int phoneSet(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption number(QStringLiteral("number"), QCoreApplication::translate("centralectl", "The phone account's number."), QCoreApplication::translate("centralectl", "E164"));
    const QCommandLineOption mac(QStringLiteral("mac"), QCoreApplication::translate("centralectl", "The phone's MAC address (any common notation; empty to remove)."), QStringLiteral("MAC"));
    const QCommandLineOption model(QStringLiteral("model"), QCoreApplication::translate("centralectl", "The phone model, one of: %1.").arg(provisioning::PhoneModels::names().join(QStringLiteral(", "))),
                                   QStringLiteral("MODEL"));
    const QCommandLineOption display(QStringLiteral("display-name"), QCoreApplication::translate("centralectl", "The name the phone's display shows (default: the number)."),
                                     QCoreApplication::translate("centralectl", "NAME"));
    p.addOptions({number, mac, model, display});
    if (!ctx.parse(p, QStringLiteral("phone set"), QCoreApplication::translate("centralectl", "Change a phone account's handset: MAC address, model, display name.")))
        return ctx.exitCode;
    if (!p.isSet(number))
        return ctx.usage(QCoreApplication::translate("centralectl", "--number is required."));
    if (!p.isSet(mac) && !p.isSet(model) && !p.isSet(display))
        return ctx.usage(QCoreApplication::translate("centralectl", "Nothing to change: give --mac, --model or --display-name."));
    auto d = numberArg(p.value(number));
    if (!d)
        return ctx.usage(d.message());
    QString macValue, modelValue;
    if (p.isSet(mac) && !p.value(mac).isEmpty()) {
        auto m = normalizeMac(p.value(mac));
        if (!m)
            return ctx.usage(QStringLiteral("--mac: ") + m.message());
        macValue = m.value();
    }
    if (p.isSet(model) && !p.value(model).isEmpty()) {
        const auto *m = provisioning::PhoneModels::find(p.value(model));
        if (!m)
            return ctx.usage(QCoreApplication::translate("centralectl", "--model: \"%1\" is not supported; choose one of: %2.")
                                 .arg(p.value(model).left(40), provisioning::PhoneModels::names().join(QStringLiteral(", "))));
        modelValue = m->model;
    }
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    PhoneAccountRepository repo(**db);
    auto ph = repo.find(d.value());
    if (!ph)
        return ctx.fail(ph.message());
    PhoneAccount changed = ph.value();
    changed.account.ha1.clear(); // keep the password
    if (p.isSet(mac))
        changed.mac = macValue;
    if (p.isSet(model))
        changed.model = modelValue;
    if (p.isSet(display))
        changed.displayName = p.value(display).trimmed();
    if (auto s = repo.update(changed); !s)
        return ctx.fail(s.message());
    if (ctx.json()) {
        SettingsRepository s(**db);
        ctx.printJson(toJson(changed, {s.get(QLatin1String(settingkeys::kPrimary)), s.get(QLatin1String(settingkeys::kSecondary))}));
    } else {
        ctx.print(QCoreApplication::translate("centralectl", "Phone account +%1: MAC %2, model %3")
                      .arg(changed.number, changed.mac.isEmpty() ? QCoreApplication::translate("centralectl", "none") : changed.mac,
                           changed.model.isEmpty() ? QCoreApplication::translate("centralectl", "none") : changed.model));
    }
    return Ok;
}

} // namespace

int phoneCommand(CtlContext &ctx, const QString &action)
{
    QCommandLineParser p;
    const QCommandLineOption pwStdin(QStringLiteral("password-stdin"), QCoreApplication::translate("centralectl", "Read the password from standard input (one line). Without it one is generated and printed once."));
    if (action == QLatin1String("add")) {
        const QCommandLineOption number(QStringLiteral("number"), QCoreApplication::translate("centralectl", "The phone account's number; also its username."), QCoreApplication::translate("centralectl", "E164"));
        const QCommandLineOption ip(QStringLiteral("ip"), QCoreApplication::translate("centralectl", "Allowed address or subnet (optional); repeat for more."), QCoreApplication::translate("centralectl", "CIDR"));
        const QCommandLineOption channels(QStringLiteral("channels"), QCoreApplication::translate("centralectl", "Simultaneous calls (default 2)."), QCoreApplication::translate("centralectl", "N"));
        p.addOptions({number, ip, channels, pwStdin});
        if (!ctx.parse(p, QStringLiteral("phone add"), QCoreApplication::translate("centralectl", "Create a phone account (toestelaccount).")))
            return ctx.exitCode;
        if (!p.isSet(number))
            return ctx.usage(QCoreApplication::translate("centralectl", "--number is required."));
        auto d = numberArg(p.value(number));
        if (!d)
            return ctx.usage(d.message());
        PhoneAccount ph;
        ph.destinations = defaultDestinationWhitelist();
        ph.number = d.value();
        ph.account.username = ph.number;
        auto ips = whitelistArg(p.values(ip));
        if (!ips)
            return ctx.usage(ips.message());
        ph.ipWhitelist = ips.value();
        if (p.isSet(channels)) {
            auto ch = intArg(p.value(channels), QStringLiteral("channels"), 1, 100);
            if (!ch)
                return ctx.usage(ch.message());
            ph.channels = ch.value();
        }
        QString password;
        if (p.isSet(pwStdin)) {
            auto line = ctx.readLine();
            if (!line || line->isEmpty())
                return ctx.usage(QCoreApplication::translate("centralectl", "--password-stdin expects the password on the first line of standard input."));
            password = *line;
        }
        auto stores = ctx.stores();
        if (!stores)
            return ctx.fail(stores.message());
        auto [db, secrets] = stores.value();
        auto r = AccountService(*db, *secrets).createPhone(ph, password);
        if (!r)
            return ctx.fail(r.message());
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("number"), QString(QLatin1Char('+') + ph.number)}, {QStringLiteral("username"), ph.number}};
            if (!p.isSet(pwStdin))
                o.insert(QStringLiteral("password"), r.value());
            ctx.printJson(o);
        } else {
            ctx.print(QCoreApplication::translate("centralectl", "Created phone account +%1 (username %1)").arg(ph.number));
            if (!p.isSet(pwStdin))
                ctx.print(QCoreApplication::translate("centralectl", "Password: %1 (shown only now)").arg(r.value()));
        }
        return Ok;
    }
    if (action == QLatin1String("password")) {
        p.addOption(pwStdin);
        if (!ctx.parse(p, QStringLiteral("phone password"), QCoreApplication::translate("centralectl", "Set a new password for a phone account."), QStringLiteral("E164"), QCoreApplication::translate("centralectl", "The number.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "phone password takes exactly one number."));
        auto d = numberArg(p.positionalArguments().first());
        if (!d)
            return ctx.usage(d.message());
        QString password;
        if (p.isSet(pwStdin)) {
            auto line = ctx.readLine();
            if (!line || line->isEmpty())
                return ctx.usage(QCoreApplication::translate("centralectl", "--password-stdin expects the password on the first line of standard input."));
            password = *line;
        }
        auto stores = ctx.stores();
        if (!stores)
            return ctx.fail(stores.message());
        auto [db, secrets] = stores.value();
        const bool generated = password.isEmpty();
        if (generated)
            password = credentials::generatePassword();
        if (auto s = AccountService(*db, *secrets).setPhonePassword(d.value(), password); !s)
            return ctx.fail(s.message());
        ctx.print(generated ? QCoreApplication::translate("centralectl", "New password: %1 (shown only now)").arg(password) : QCoreApplication::translate("centralectl", "Password changed."));
        return Ok;
    }
    if (action == QLatin1String("list")) {
        if (!ctx.parse(p, QStringLiteral("phone list"), QCoreApplication::translate("centralectl", "List phone accounts.")))
            return ctx.exitCode;
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto all = PhoneAccountRepository(**db).list();
        if (!all)
            return ctx.fail(all.message());
        SettingsRepository s(**db);
        const ServerAddresses srv{s.get(QLatin1String(settingkeys::kPrimary)), s.get(QLatin1String(settingkeys::kSecondary))};
        if (ctx.json()) {
            QJsonArray a;
            for (const auto &ph : all.value())
                a.append(toJson(ph, srv));
            ctx.printJson(a);
        } else {
            for (const auto &ph : all.value()) {
                QStringList ips;
                for (const auto &n : ph.ipWhitelist)
                    ips << n.toString();
                ctx.print(QStringLiteral("+%1  %2").arg(ph.number, ips.isEmpty() ? QCoreApplication::translate("centralectl", "(any address)") : ips.join(QLatin1Char(','))));
            }
        }
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        if (!ctx.parse(p, QStringLiteral("phone remove"), QCoreApplication::translate("centralectl", "Remove a phone account; its number becomes free."), QStringLiteral("E164"), QCoreApplication::translate("centralectl", "The number.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "phone remove takes exactly one number."));
        auto d = numberArg(p.positionalArguments().first());
        if (!d)
            return ctx.usage(d.message());
        auto stores = ctx.stores();
        if (!stores)
            return ctx.fail(stores.message());
        auto [db, secrets] = stores.value();
        if (auto s = AccountService(*db, *secrets).removePhone(d.value()); !s)
            return ctx.fail(s.message());
        ctx.print(QCoreApplication::translate("centralectl", "Removed phone account +%1").arg(d.value()));
        return Ok;
    }
    if (action == QLatin1String("set"))
        return phoneSet(ctx);
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"phone %1\"; use add, list, password, remove or set.").arg(action));
}

} // namespace centrale::ctl
