// centralectl phone show|set: one phone account as `phone list --json` shows it, and
// changing it. Each editable field is one row of phoneEditor(); a new field is a new row.
#include "Args.h"
#include "CtlContext.h"
#include "FieldEditor.h"
#include "Views.h"
#include "domain/MacAddress.h"
#include "provisioning/PhoneModels.h"
#include "store/PhoneAccountRepository.h"

#include <QCoreApplication>

namespace centrale::ctl {

namespace {

constexpr int kMaxPhoneChannels = 100; // PhoneAccount::validate's bound

Status addPhoneIps(IpWhitelist &list, const QStringList &texts)
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

FieldEditor<PhoneAccount> phoneEditor()
{
    using F = EditField<PhoneAccount>;
    FieldEditor<PhoneAccount> e(QStringLiteral("centralectl phone show E164"));
    // The username is always the number, and the servers are the engine's.
    e.ignoreKeys({QStringLiteral("username"), QStringLiteral("servers")});
    e.add(F{QCommandLineOption(QStringLiteral("channels"), QCoreApplication::translate("centralectl", "Simultaneous calls (1-%1).").arg(kMaxPhoneChannels),
                               QCoreApplication::translate("centralectl", "N")),
            QStringLiteral("channels"),
            [](PhoneAccount &ph, const QStringList &v) -> Status {
                auto n = intArg(v.last(), QStringLiteral("channels"), 1, kMaxPhoneChannels);
                if (!n)
                    return n.error();
                ph.channels = n.value();
                return {};
            },
            [](PhoneAccount &ph, const QJsonValue &v) -> Status {
                auto n = jsonWhole(v, 1, kMaxPhoneChannels);
                if (!n)
                    return n.error();
                ph.channels = n.value();
                return {};
            }});
    e.add(F{QCommandLineOption(QStringLiteral("ip"), QCoreApplication::translate("centralectl", "Allowed address or subnet; repeat for more. Replaces the whole list."),
                               QCoreApplication::translate("centralectl", "CIDR")),
            QStringLiteral("ip"),
            [](PhoneAccount &ph, const QStringList &v) -> Status {
                IpWhitelist list;
                if (auto s = addPhoneIps(list, v); !s)
                    return s;
                ph.ipWhitelist = list;
                return {};
            },
            [](PhoneAccount &ph, const QJsonValue &v) -> Status {
                auto list = jsonWhitelist(v);
                if (!list)
                    return list.error();
                ph.ipWhitelist = list.value();
                return {};
            },
            true});
    e.add(F{QCommandLineOption(QStringLiteral("no-ip"), QCoreApplication::translate("centralectl", "Empty the IP whitelist: the phone may register from any address.")), {},
            [](PhoneAccount &ph, const QStringList &) -> Status {
                ph.ipWhitelist.clear();
                return {};
            },
            {}});
    e.add(F{QCommandLineOption(QStringLiteral("add-ip"), QCoreApplication::translate("centralectl", "Add an address or subnet to the IP whitelist; repeat for more."),
                               QCoreApplication::translate("centralectl", "CIDR")),
            {}, [](PhoneAccount &ph, const QStringList &v) { return addPhoneIps(ph.ipWhitelist, v); }, {}, true});
    e.add(F{QCommandLineOption(QStringLiteral("remove-ip"), QCoreApplication::translate("centralectl", "Remove an address or subnet from the IP whitelist; repeat for more."),
                               QCoreApplication::translate("centralectl", "CIDR")),
            {},
            [](PhoneAccount &ph, const QStringList &v) -> Status {
                for (const auto &t : v) {
                    auto n = IpNetwork::parse(t);
                    if (!n)
                        return n.error();
                    if (!ph.ipWhitelist.removeOne(n.value()))
                        return Status::fail(QCoreApplication::translate("centralectl", "%1 is not in the IP whitelist of phone account +%2.").arg(n->toString(), ph.number));
                }
                return {};
            },
            {}, true});
    // The handset, for autoprovisioning: an empty value removes it.
    auto setMac = [](PhoneAccount &ph, const QString &text) -> Status {
        if (text.isEmpty()) {
            ph.mac.clear();
            return {};
        }
        auto m = normalizeMac(text);
        if (!m)
            return m.error();
        ph.mac = m.value();
        return {};
    };
    auto setModel = [](PhoneAccount &ph, const QString &text) -> Status {
        if (text.isEmpty()) {
            ph.model.clear();
            return {};
        }
        const auto *m = provisioning::PhoneModels::find(text);
        if (!m)
            return Status::fail(QCoreApplication::translate("centralectl", "\"%1\" is not supported; choose one of: %2.")
                                    .arg(text.left(40), provisioning::PhoneModels::names().join(QStringLiteral(", "))));
        ph.model = m->model;
        return {};
    };
    auto jsonText = [](const QJsonValue &v, const std::function<Status(const QString &)> &apply) -> Status {
        if (!v.isString() && !v.isNull())
            return Status::fail(QCoreApplication::translate("centralectl", "expected text, not %1").arg(shownJson(v)));
        return apply(v.toString());
    };
    e.add(F{QCommandLineOption(QStringLiteral("mac"), QCoreApplication::translate("centralectl", "The phone's MAC address (any common notation; empty to remove)."),
                               QStringLiteral("MAC")),
            QStringLiteral("mac"), [setMac](PhoneAccount &ph, const QStringList &v) { return setMac(ph, v.last()); },
            [setMac, jsonText](PhoneAccount &ph, const QJsonValue &v) { return jsonText(v, [&](const QString &t) { return setMac(ph, t); }); }});
    e.add(F{QCommandLineOption(QStringLiteral("model"),
                               QCoreApplication::translate("centralectl", "The phone model, one of: %1.").arg(provisioning::PhoneModels::names().join(QStringLiteral(", "))),
                               QStringLiteral("MODEL")),
            QStringLiteral("model"), [setModel](PhoneAccount &ph, const QStringList &v) { return setModel(ph, v.last()); },
            [setModel, jsonText](PhoneAccount &ph, const QJsonValue &v) { return jsonText(v, [&](const QString &t) { return setModel(ph, t); }); }});
    e.add(F{QCommandLineOption(QStringLiteral("display-name"), QCoreApplication::translate("centralectl", "The name the phone's display shows (default: the number)."),
                               QCoreApplication::translate("centralectl", "NAME")),
            QStringLiteral("display_name"),
            [](PhoneAccount &ph, const QStringList &v) -> Status {
                ph.displayName = v.last().trimmed();
                return {};
            },
            [jsonText](PhoneAccount &ph, const QJsonValue &v) {
                return jsonText(v, [&](const QString &t) -> Status {
                    ph.displayName = t.trimmed();
                    return {};
                });
            }});
    // In the JSON form only: `limits set` and `destinations set` are the options for them.
    const auto notObject = [](const QJsonValue &v) {
        return QCoreApplication::translate("centralectl", "expected an object as `phone show --json` prints it, not %1").arg(shownJson(v));
    };
    e.add(jsonObjectField(QStringLiteral("limits"), &PhoneAccount::limits, notObject));
    e.add(jsonObjectField(QStringLiteral("destinations"), &PhoneAccount::destinations, notObject));
    return e;
}

} // namespace

int phoneShowCommand(CtlContext &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, QStringLiteral("phone show"), QCoreApplication::translate("centralectl", "Show one phone account."), QStringLiteral("E164"),
                   QCoreApplication::translate("centralectl", "The number.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "phone show takes exactly one number."));
    auto d = numberArg(p.positionalArguments().first());
    if (!d)
        return ctx.usage(d.message());
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto ph = PhoneAccountRepository(**db).find(d.value());
    if (!ph)
        return ctx.fail(ph.message());
    if (ctx.json()) {
        ctx.printJson(toJson(ph.value(), serverAddresses(**db)));
        return Ok;
    }
    QStringList ips;
    for (const auto &n : ph->ipWhitelist)
        ips << n.toString();
    ctx.print(QCoreApplication::translate("centralectl", "Phone account:      +%1").arg(ph->number));
    ctx.print(QCoreApplication::translate("centralectl", "Username:           %1").arg(ph->account.username));
    ctx.print(QCoreApplication::translate("centralectl", "Simultaneous calls: %1").arg(ph->channels));
    ctx.print(QCoreApplication::translate("centralectl", "IP addresses:       %1").arg(ips.isEmpty() ? QCoreApplication::translate("centralectl", "(any address)") : ips.join(QStringLiteral(", "))));
    return Ok;
}

int phoneSetCommand(CtlContext &ctx)
{
    QCommandLineParser p;
    const FieldEditor<PhoneAccount> editor = phoneEditor();
    const QCommandLineOption number(QStringLiteral("number"), QCoreApplication::translate("centralectl", "The phone account, by number."), QCoreApplication::translate("centralectl", "E164"));
    p.addOption(number);
    editor.addOptions(p);
    const QCommandLineOption fromJson(QStringLiteral("from-json"),
                                      QCoreApplication::translate("centralectl", "Take the values from one object as `phone show E164 --json` prints it (\"-\" = standard input); the options above go over it."),
                                      QCoreApplication::translate("centralectl", "FILE"));
    p.addOption(fromJson);
    if (!ctx.parse(p, QStringLiteral("phone set"),
                   QCoreApplication::translate("centralectl", "Change a phone account; what is not given keeps its value. A running engine applies the change within a second. "
                                                              "Password: phone password; limits: limits set; destinations: destinations set.")))
        return ctx.exitCode;
    if (auto s = editor.checkRepeats(p); !s)
        return ctx.usage(s.message());
    for (const auto *o : {&number, &fromJson})
        if (p.values(*o).size() > 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "--%1 may be given only once.").arg(o->names().first()));
    if (p.isSet(QStringLiteral("no-ip")) && (p.isSet(QStringLiteral("ip")) || p.isSet(QStringLiteral("add-ip"))))
        return ctx.usage(QCoreApplication::translate("centralectl", "--no-ip empties the IP whitelist; do not give --ip or --add-ip with it."));
    QString digits;
    if (p.isSet(number)) {
        auto d = numberArg(p.value(number));
        if (!d)
            return ctx.usage(QStringLiteral("--number: ") + d.message());
        digits = d.value();
    }
    QJsonObject object;
    if (p.isSet(fromJson)) {
        auto o = jsonObjectArg(p.value(fromJson), QStringLiteral("centralectl phone show E164 --json"));
        if (!o)
            return ctx.usage(o.message());
        object = o.value();
        auto d = numberArg(object.value(QStringLiteral("number")).toString());
        if (!d)
            return ctx.usage(QStringLiteral("--from-json \"number\": ") + d.message());
        if (!digits.isEmpty() && digits != d.value())
            return ctx.usage(QCoreApplication::translate("centralectl", "--from-json names phone account +%1, the command line +%2.").arg(d.value(), digits));
        digits = d.value();
    }
    if (digits.isEmpty())
        return ctx.usage(QCoreApplication::translate("centralectl", "--number is required (see: centralectl phone set --help)."));
    if (!editor.anyOption(p) && !p.isSet(fromJson))
        return ctx.usage(QCoreApplication::translate("centralectl", "Nothing to change: give %1 or --from-json.").arg(editor.optionNames().join(QStringLiteral(", "))));

    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    // One transaction: refusals of the new values are usage errors (2), a missing account or
    // a refusal of the store fails (1), and either way nothing is saved.
    int code = Failed;
    const Status s = (*db)->transaction([&]() -> Status {
        PhoneAccountRepository repo(**db);
        auto found = repo.find(digits);
        if (!found)
            return found.error();
        PhoneAccount ph = found.value();
        code = Usage;
        if (auto j = editor.applyJson(ph, object, {QStringLiteral("number")}); !j)
            return j;
        if (auto o = editor.applyOptions(ph, p); !o)
            return o;
        if (auto v = ph.validate(); !v)
            return v;
        code = Failed;
        ph.account.ha1.clear(); // keep the password
        return repo.update(ph);
    });
    if (!s)
        return ctx.fail(s.message(), code);
    if (ctx.json()) {
        auto saved = PhoneAccountRepository(**db).find(digits);
        if (!saved)
            return ctx.fail(saved.message());
        ctx.printJson(toJson(saved.value(), serverAddresses(**db)));
    } else {
        ctx.print(QCoreApplication::translate("centralectl", "Saved phone account +%1; a running engine applies it within a second.").arg(digits));
    }
    return Ok;
}

} // namespace centrale::ctl
