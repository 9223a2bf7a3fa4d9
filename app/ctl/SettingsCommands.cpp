#include "CtlContext.h"
#include "secrets/SecretStore.h"
#include "service/AccountService.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace centrale::ctl {

int settingsCommand(CtlContext &ctx, const QString &action)
{
    QCommandLineParser p;
    if (action == QLatin1String("list")) {
        if (!ctx.parse(p, QStringLiteral("settings list"), QCoreApplication::translate("centralectl", "List every setting with its value.")))
            return ctx.exitCode;
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto all = SettingsRepository(**db).list();
        if (!all)
            return ctx.fail(all.message());
        if (ctx.json()) {
            QJsonArray a;
            for (const auto &s : all.value())
                a.append(QJsonObject{{QStringLiteral("key"), s.key}, {QStringLiteral("value"), s.value}, {QStringLiteral("default"), s.isDefault},
                                     {QStringLiteral("description"), SettingsCatalog::find(s.key)->description}});
            ctx.printJson(a);
        } else {
            for (const auto &s : all.value())
                ctx.print(QStringLiteral("%1 = %2%3").arg(s.key, s.value, s.isDefault ? QCoreApplication::translate("centralectl", "  (default)") : QString()));
        }
        return Ok;
    }
    if (action == QLatin1String("get")) {
        if (!ctx.parse(p, QStringLiteral("settings get"), QCoreApplication::translate("centralectl", "Print one setting."), QStringLiteral("KEY"), QCoreApplication::translate("centralectl", "The setting's key.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "settings get takes exactly one key."));
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto v = SettingsRepository(**db).getChecked(p.positionalArguments().first());
        if (!v)
            return ctx.usage(v.message());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("key"), p.positionalArguments().first()}, {QStringLiteral("value"), v.value()}});
        else
            ctx.print(v.value());
        return Ok;
    }
    if (action == QLatin1String("set")) {
        if (!ctx.parse(p, QStringLiteral("settings set"), QCoreApplication::translate("centralectl", "Change one setting (validated)."), QStringLiteral("KEY VALUE"), QCoreApplication::translate("centralectl", "Key and new value.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 2)
            return ctx.usage(QCoreApplication::translate("centralectl", "settings set takes a key and a value."));
        const QString key = p.positionalArguments().at(0), value = p.positionalArguments().at(1);
        if (auto s = SettingsCatalog::validate(key, value); !s)
            return ctx.usage(s.message());
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        if (key == QLatin1String(settingkeys::kRealm)) {
            // Every HA1 depends on the realm; the passwords are needed to recompute them.
            auto secrets = ctx.secrets();
            if (!secrets)
                return ctx.fail(secrets.message());
            if (auto s = AccountService(**db, **secrets).changeRealm(value); !s)
                return ctx.fail(s.message());
        } else if (auto s = SettingsRepository(**db).set(key, value); !s) {
            return ctx.fail(s.message());
        }
        ctx.print(QStringLiteral("%1 = %2").arg(key, value));
        return Ok;
    }
    if (action == QLatin1String("password")) {
        const QCommandLineOption pwStdin(QStringLiteral("password-stdin"), QCoreApplication::translate("centralectl", "Read the password from standard input (one line)."));
        p.addOption(pwStdin);
        if (!ctx.parse(p, QStringLiteral("settings password"),
                       QCoreApplication::translate("centralectl", "Store the upstream carrier's or the SMTP server's password in the keychain (or the secrets file)."),
                       QStringLiteral("upstream|smtp"), QCoreApplication::translate("centralectl", "Whose password.")))
            return ctx.exitCode;
        const QStringList args = p.positionalArguments();
        if (args.size() != 1 || (args.first() != QLatin1String("upstream") && args.first() != QLatin1String("smtp")))
            return ctx.usage(QCoreApplication::translate("centralectl", "settings password takes upstream or smtp."));
        if (!p.isSet(pwStdin))
            return ctx.usage(QCoreApplication::translate("centralectl", "settings password needs --password-stdin; passwords are never taken as arguments."));
        auto line = ctx.readLine();
        if (!line || line->isEmpty())
            return ctx.usage(QCoreApplication::translate("centralectl", "--password-stdin expects the password on the first line of standard input."));
        auto stores = ctx.stores();
        if (!stores)
            return ctx.fail(stores.message());
        auto [db, secrets] = stores.value();
        const QString key = args.first() == QLatin1String("upstream") ? kUpstreamPasswordKey : kSmtpPasswordKey;
        if (auto s = secrets->write(key, *line); !s)
            return ctx.fail(s.message());
        if (auto s = SettingsRepository(*db).notifySecretChanged(key); !s)
            return ctx.fail(s.message());
        ctx.print(QCoreApplication::translate("centralectl", "%1 password saved in %2.").arg(args.first(), secrets->describe()));
        return Ok;
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"settings %1\"; use list, get, set or password.").arg(action));
}

} // namespace centrale::ctl
