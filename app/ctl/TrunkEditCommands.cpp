// centralectl trunk set|password: everything the trunk wizard edits, from the shell. The
// checks are the wizard's (Trunk::validate, then AccountService and the repository), so a
// refusal reads the same in both.
#include "Args.h"
#include "CtlContext.h"
#include "FieldEditor.h"
#include "Views.h"
#include "secrets/Credentials.h"
#include "service/AccountService.h"
#include "store/TrunkRepository.h"

#include <QCoreApplication>

namespace centrale::ctl {

namespace {

QCommandLineOption valueOption(const char *name, const QString &help, const QString &valueName) { return {QString::fromLatin1(name), help, valueName}; }

QString cidr(const IpNetwork &n) { return n.toString(); }

Status addIps(IpWhitelist &list, const QStringList &texts)
{
    for (const auto &t : texts) {
        auto n = IpNetwork::parse(t);
        if (!n)
            return n.error();
        if (!list.contains(n.value()))
            list << n.value();
    }
    return {};
}

Status removeIps(IpWhitelist &list, const QStringList &texts, const QString &owner)
{
    for (const auto &t : texts) {
        auto n = IpNetwork::parse(t);
        if (!n)
            return n.error();
        if (!list.removeOne(n.value()))
            return Status::fail(QCoreApplication::translate("centralectl", "%1 is not in the IP whitelist of %2.").arg(cidr(n.value()), owner));
    }
    return {};
}

Status trunkNumbers(QList<TrunkNumber> &out, const QStringList &texts)
{
    for (const auto &t : texts) {
        auto n = trunkNumberArg(t);
        if (!n)
            return n.error();
        // Given again: its flags change, its place stays.
        bool replaced = false;
        for (auto &have : out)
            if (have.digits == n->digits) {
                have = n.value();
                replaced = true;
            }
        if (!replaced)
            out << n.value();
    }
    return {};
}

Status numbersFromJson(Trunk &t, const QJsonValue &v)
{
    if (!v.isArray())
        return Status::fail(QCoreApplication::translate("centralectl", "expected a list like [{\"number\": \"+31…\", \"inbound\": true, \"caller_id\": true}], not %1").arg(shownJson(v)));
    QList<TrunkNumber> out;
    for (const auto &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        auto text = jsonText(o.value(QStringLiteral("number")));
        if (!e.isObject() || !text)
            return Status::fail(QCoreApplication::translate("centralectl", "each number needs \"number\" as text; not %1").arg(shownJson(e)));
        auto d = numberArg(text.value());
        if (!d)
            return d.error();
        TrunkNumber n{d.value(), true, true};
        for (auto [key, flag] : {std::pair{QStringLiteral("inbound"), &n.inbound}, std::pair{QStringLiteral("caller_id"), &n.callerId}}) {
            if (!o.contains(key))
                continue;
            auto b = jsonFlag(o.value(key));
            if (!b)
                return Status::fail(QStringLiteral("+%1 \"%2\": %3").arg(n.digits, key, b.message()));
            *flag = b.value();
        }
        out << n;
    }
    t.numbers = out;
    return {};
}

Status accountFromJson(SipAccount &a, const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("username") && it.key() != QLatin1String("server"))
            return Status::fail(QCoreApplication::translate("centralectl", "unknown key \"%1\"; known are username and server (which is the engine's and cannot be set here)").arg(it.key()));
    if (!v.isObject())
        return Status::fail(QCoreApplication::translate("centralectl", "expected an object like {\"username\": \"…\"}, not %1").arg(shownJson(v)));
    if (o.contains(QStringLiteral("username"))) {
        auto u = jsonText(o.value(QStringLiteral("username")));
        if (!u)
            return Status::fail(QStringLiteral("\"username\": ") + u.message());
        a.username = u.value();
    }
    return {};
}

FieldEditor<Trunk> trunkEditor()
{
    using F = EditField<Trunk>;
    auto text = [](QString Trunk::*member) {
        return [member](Trunk &t, const QJsonValue &v) -> Status {
            auto s = jsonText(v);
            if (!s)
                return s.error();
            t.*member = s.value();
            return {};
        };
    };
    FieldEditor<Trunk> e(QStringLiteral("centralectl trunk show NAME"));
    e.ignoreKeys({QStringLiteral("brand_name")});
    e.add(F{valueOption("name", QCoreApplication::translate("centralectl", "New name of the trunk."), QCoreApplication::translate("centralectl", "NEW")), QStringLiteral("name"),
            [](Trunk &t, const QStringList &v) -> Status {
                t.name = v.last();
                return {};
            },
            text(&Trunk::name)});
    e.add(F{valueOption("channels", QCoreApplication::translate("centralectl", "Simultaneous calls (1-%1).").arg(Trunk::kMaxChannels), QCoreApplication::translate("centralectl", "N")), QStringLiteral("channels"),
            [](Trunk &t, const QStringList &v) -> Status {
                auto n = intArg(v.last(), QStringLiteral("channels"), 1, Trunk::kMaxChannels);
                if (!n)
                    return n.error();
                t.channels = n.value();
                return {};
            },
            [](Trunk &t, const QJsonValue &v) -> Status {
                auto n = jsonWhole(v, 1, Trunk::kMaxChannels);
                if (!n)
                    return n.error();
                t.channels = n.value();
                return {};
            }});
    e.add(F{valueOption("brand", QCoreApplication::translate("centralectl", "PBX brand: %1.").arg(brandKeys().join(QStringLiteral(", "))), QCoreApplication::translate("centralectl", "BRAND")), QStringLiteral("brand"),
            [](Trunk &t, const QStringList &v) -> Status {
                auto b = brandArg(v.last());
                if (!b)
                    return b.error();
                t.brand = b.value();
                return {};
            },
            [](Trunk &t, const QJsonValue &v) -> Status {
                auto s = jsonText(v);
                auto b = pbxBrandFromString(s ? s.value() : QString());
                if (!b)
                    return Status::fail(QCoreApplication::translate("centralectl", "%1 is not a known brand; use one of: %2.").arg(shownJson(v), brandKeys().join(QStringLiteral(", "))));
                t.brand = *b;
                return {};
            }});
    e.add(F{valueOption("type", QCoreApplication::translate("centralectl", "PBX type or model."), QCoreApplication::translate("centralectl", "TYPE")), QStringLiteral("type"),
            [](Trunk &t, const QStringList &v) -> Status {
                t.type = v.last();
                return {};
            },
            text(&Trunk::type)});
    e.add(F{valueOption("format", QCoreApplication::translate("centralectl", "Number format the PBX sends: plus (+31…) or noplus (0031…/31…)."), QCoreApplication::translate("centralectl", "plus|noplus")), QStringLiteral("format"),
            [](Trunk &t, const QStringList &v) -> Status {
                auto f = formatArg(v.last());
                if (!f)
                    return f.error();
                t.format = f.value();
                return {};
            },
            [](Trunk &t, const QJsonValue &v) -> Status {
                auto f = numberFormatFromKey(v.toString());
                if (!v.isString() || !f)
                    return Status::fail(QCoreApplication::translate("centralectl", "must be \"plus\" or \"noplus\", not %1").arg(shownJson(v)));
                t.format = *f;
                return {};
            }});
    e.add(F{valueOption("ip", QCoreApplication::translate("centralectl", "Allowed PBX address or subnet; repeat for more. Replaces the whole list."), QCoreApplication::translate("centralectl", "CIDR")), QStringLiteral("ip"),
            [](Trunk &t, const QStringList &v) -> Status {
                IpWhitelist list;
                if (auto s = addIps(list, v); !s)
                    return s;
                t.ipWhitelist = list;
                return {};
            },
            [](Trunk &t, const QJsonValue &v) -> Status {
                auto list = jsonWhitelist(v);
                if (!list)
                    return list.error();
                t.ipWhitelist = list.value();
                return {};
            },
            true});
    e.add(F{valueOption("add-ip", QCoreApplication::translate("centralectl", "Add an address or subnet to the IP whitelist; repeat for more."), QCoreApplication::translate("centralectl", "CIDR")), {},
            [](Trunk &t, const QStringList &v) { return addIps(t.ipWhitelist, v); }, {}, true});
    e.add(F{valueOption("remove-ip", QCoreApplication::translate("centralectl", "Remove an address or subnet from the IP whitelist; repeat for more."), QCoreApplication::translate("centralectl", "CIDR")), {},
            [](Trunk &t, const QStringList &v) { return removeIps(t.ipWhitelist, v, QCoreApplication::translate("centralectl", "trunk \"%1\"").arg(t.name)); }, {}, true});
    e.add(F{valueOption("number", QCoreApplication::translate("centralectl", "The trunk's numbers, replacing the list; :in = inbound, :cid = caller ID (default both). Repeat for more."), QCoreApplication::translate("centralectl", "E164[:in][:cid]")),
            QStringLiteral("numbers"),
            [](Trunk &t, const QStringList &v) -> Status {
                QList<TrunkNumber> list;
                if (auto s = trunkNumbers(list, v); !s)
                    return s;
                t.numbers = list;
                return {};
            },
            numbersFromJson, true});
    e.add(F{valueOption("add-number", QCoreApplication::translate("centralectl", "Add a free number (or change the flags of one the trunk has); repeat for more."), QCoreApplication::translate("centralectl", "E164[:in][:cid]")), {},
            [](Trunk &t, const QStringList &v) { return trunkNumbers(t.numbers, v); }, {}, true});
    e.add(F{valueOption("remove-number", QCoreApplication::translate("centralectl", "Take a number off the trunk (it becomes free); repeat for more."), QCoreApplication::translate("centralectl", "E164")), {},
            [](Trunk &t, const QStringList &v) -> Status {
                for (const auto &text : v) {
                    auto d = numberArg(text);
                    if (!d)
                        return d.error();
                    if (t.numbers.removeIf([&](const TrunkNumber &n) { return n.digits == d.value(); }) == 0)
                        return Status::fail(QCoreApplication::translate("centralectl", "+%1 is not a number of trunk \"%2\".").arg(d.value(), t.name));
                }
                return {};
            },
            {}, true});
    e.add(F{valueOption("failover", QCoreApplication::translate("centralectl", "Call plan that takes calls the PBX does not answer."), QCoreApplication::translate("centralectl", "PLAN")), QStringLiteral("failover"),
            [](Trunk &t, const QStringList &v) -> Status {
                t.failoverCallPlan = v.last();
                return {};
            },
            [](Trunk &t, const QJsonValue &v) -> Status {
                if (v.isNull()) {
                    t.failoverCallPlan.clear();
                    return {};
                }
                if (!v.isString())
                    return Status::fail(QCoreApplication::translate("centralectl", "expected the name of a call plan or null, not %1").arg(shownJson(v)));
                t.failoverCallPlan = v.toString();
                return {};
            }});
    e.add(F{QCommandLineOption(QStringLiteral("no-failover"), QCoreApplication::translate("centralectl", "No failover: calls the PBX does not answer fail.")), {},
            [](Trunk &t, const QStringList &) -> Status {
                t.failoverCallPlan.clear();
                return {};
            },
            {}});
    e.add(F{valueOption("primary-user", QCoreApplication::translate("centralectl", "Username of the primary account (renaming keeps its password)."), QCoreApplication::translate("centralectl", "U")), QStringLiteral("primary"),
            [](Trunk &t, const QStringList &v) -> Status {
                t.primary.username = v.last();
                return {};
            },
            [](Trunk &t, const QJsonValue &v) { return accountFromJson(t.primary, v); }});
    e.add(F{valueOption("secondary-user", QCoreApplication::translate("centralectl", "Username of the secondary account (renaming keeps its password)."), QCoreApplication::translate("centralectl", "U")), QStringLiteral("secondary"),
            [](Trunk &t, const QStringList &v) -> Status {
                t.secondary.username = v.last();
                return {};
            },
            [](Trunk &t, const QJsonValue &v) { return accountFromJson(t.secondary, v); }});
    // In the JSON form only: `limits set` and `destinations set` are the options for them.
    const auto notObject = [](const QJsonValue &v) {
        return QCoreApplication::translate("centralectl", "expected an object as `trunk show --json` prints it, not %1").arg(shownJson(v));
    };
    e.add(jsonObjectField(QStringLiteral("limits"), &Trunk::limits, notObject));
    e.add(jsonObjectField(QStringLiteral("destinations"), &Trunk::destinations, notObject));
    return e;
}

} // namespace

int trunkSetCommand(CtlContext &ctx)
{
    QCommandLineParser p;
    const FieldEditor<Trunk> editor = trunkEditor();
    editor.addOptions(p);
    const QCommandLineOption fromJson(QStringLiteral("from-json"),
                                      QCoreApplication::translate("centralectl", "Take the values from one object as `trunk show NAME --json` prints it (\"-\" = standard input); the options above go over it."),
                                      QCoreApplication::translate("centralectl", "FILE"));
    p.addOption(fromJson);
    if (!ctx.parse(p, QStringLiteral("trunk set"),
                   QCoreApplication::translate("centralectl", "Change a trunk; what is not given keeps its value. The same checks as the trunk wizard. A running engine applies the change within a "
                      "second. Passwords: trunk password; limits: limits set; destinations: destinations set."),
                   QStringLiteral("NAME"), QCoreApplication::translate("centralectl", "Name of the trunk.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "trunk set takes exactly one name."));
    if (auto s = editor.checkRepeats(p); !s)
        return ctx.usage(s.message());
    if (p.values(fromJson).size() > 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "--from-json may be given only once."));
    if (p.isSet(QStringLiteral("failover")) && p.isSet(QStringLiteral("no-failover")))
        return ctx.usage(QCoreApplication::translate("centralectl", "Give either --failover or --no-failover, not both."));
    if (!editor.anyOption(p) && !p.isSet(fromJson))
        return ctx.usage(QCoreApplication::translate("centralectl", "Nothing to change: give %1 or --from-json (see: centralectl trunk set --help).").arg(editor.optionNames().join(QStringLiteral(", "))));
    QJsonObject object;
    if (p.isSet(fromJson)) {
        auto o = jsonObjectArg(p.value(fromJson), QStringLiteral("centralectl trunk show NAME --json"));
        if (!o)
            return ctx.usage(o.message());
        object = o.value();
    }
    auto stores = ctx.stores();
    if (!stores)
        return ctx.fail(stores.message());
    auto [db, secrets] = stores.value();

    // Read, change, check and save in one transaction: nothing half-saved, and a concurrent
    // edit of another setting is not overwritten with an old value. Refusals of the new
    // values are usage errors (2); a missing trunk or a refusal of the store fails (1).
    const QString name = p.positionalArguments().first();
    int code = Failed;
    QString savedName;
    const Status s = db->transaction([&]() -> Status {
        auto found = TrunkRepository(*db).find(name);
        if (!found)
            return found.error();
        Trunk t = found.value();
        code = Usage;
        if (auto j = editor.applyJson(t, object); !j)
            return j;
        if (auto o = editor.applyOptions(t, p); !o)
            return o;
        if (auto v = t.validate(); !v)
            return v;
        code = Failed;
        auto r = AccountService(*db, *secrets).updateTrunk(t, {});
        if (!r)
            return r.error();
        savedName = t.name.trimmed();
        return {};
    });
    if (!s)
        return ctx.fail(s.message(), code);
    if (ctx.json()) {
        auto saved = TrunkRepository(*db).find(savedName);
        if (!saved)
            return ctx.fail(saved.message());
        ctx.printJson(toJson(saved.value(), serverAddresses(*db)));
    } else {
        ctx.print(QCoreApplication::translate("centralectl", "Saved trunk \"%1\"; a running engine applies it within a second.").arg(savedName));
    }
    return Ok;
}

int trunkPasswordCommand(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption primary(QStringLiteral("primary"), QCoreApplication::translate("centralectl", "The primary account's password."));
    const QCommandLineOption secondary(QStringLiteral("secondary"), QCoreApplication::translate("centralectl", "The secondary account's password."));
    const QCommandLineOption pwStdin(QStringLiteral("password-stdin"), QCoreApplication::translate("centralectl", "Read the new password from standard input (one line)."));
    const QCommandLineOption generate(QStringList{QStringLiteral("generate"), QStringLiteral("generate-password")}, QCoreApplication::translate("centralectl", "Generate a strong password and print it once."));
    p.addOptions({primary, secondary, pwStdin, generate});
    if (!ctx.parse(p, QStringLiteral("trunk password"),
                   QCoreApplication::translate("centralectl", "Set a new password for one of a trunk's two accounts. The password goes to the keychain (or the --secrets-file), the database keeps only "
                      "its digest (HA1)."),
                   QStringLiteral("NAME"), QCoreApplication::translate("centralectl", "Name of the trunk.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "trunk password takes exactly one name."));
    if (p.isSet(primary) == p.isSet(secondary))
        return ctx.usage(QCoreApplication::translate("centralectl", "Give either --primary or --secondary."));
    if (p.isSet(pwStdin) == p.isSet(generate))
        return ctx.usage(QCoreApplication::translate("centralectl", "Give either --password-stdin or --generate; passwords are never taken as arguments."));
    QString password;
    if (p.isSet(pwStdin)) {
        auto line = ctx.readLine();
        if (!line || line->isEmpty())
            return ctx.usage(QCoreApplication::translate("centralectl", "--password-stdin expects the password on the first line of standard input."));
        password = *line;
    } else {
        password = credentials::generatePassword();
    }
    auto stores = ctx.stores();
    if (!stores)
        return ctx.fail(stores.message());
    auto [db, secrets] = stores.value();
    auto found = TrunkRepository(*db).find(p.positionalArguments().first());
    if (!found)
        return ctx.fail(found.message());
    const Trunk &t = found.value();
    const bool isPrimary = p.isSet(primary);
    TrunkPasswords pw;
    (isPrimary ? pw.primary : pw.secondary) = password;
    if (auto r = AccountService(*db, *secrets).updateTrunk(t, pw); !r)
        return ctx.fail(r.message(), r.error().field == QLatin1String("password") ? Usage : Failed);
    const QString username = isPrimary ? t.primary.username : t.secondary.username;
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("trunk"), t.name}, {QStringLiteral("account"), isPrimary ? QStringLiteral("primary") : QStringLiteral("secondary")},
                      {QStringLiteral("username"), username}};
        if (p.isSet(generate))
            o.insert(QStringLiteral("password"), password);
        ctx.printJson(o);
    } else if (p.isSet(generate)) {
        ctx.print(QCoreApplication::translate("centralectl", "New password of %1 (%2): %3").arg(username, isPrimary ? QCoreApplication::translate("centralectl", "primary") : QCoreApplication::translate("centralectl", "secondary"), password));
        ctx.print(QCoreApplication::translate("centralectl", "It is shown only now; it is kept in %1.").arg(secrets->describe()));
    } else {
        ctx.print(QCoreApplication::translate("centralectl", "Password of %1 changed; the PBX must register with the new one.").arg(username));
    }
    return Ok;
}

} // namespace centrale::ctl
