// centralectl destinations show|set: the destination whitelist of a trunk or phone account,
// as the Security page edits it (presets, countries with number types, prefixes).
#include "AccountSelector.h"
#include "Args.h"
#include "CtlContext.h"
#include "FieldEditor.h"
#include "domain/DestinationPresets.h"
#include "domain/Validation.h"
#include "store/PhoneAccountRepository.h"
#include "store/TrunkRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace centrale::ctl {

namespace {

// The types a user may name: every key but the two the engine derives itself.
QStringList typeKeys()
{
    QStringList out;
    for (int i = int(NumberType::Fixed); i <= int(NumberType::Voicemail); ++i)
        if (auto t = NumberType(i); t != NumberType::FixedOrMobile)
            out << numberTypeKey(t);
    return out;
}

QJsonObject toJson(const AccountSelector &who, const QString &shownName, const DestinationWhitelist &w)
{
    QJsonObject o = w.toJson();
    o.insert(who.jsonKey(), shownName);
    o.insert(QStringLiteral("always_blocked"), QJsonArray::fromStringList(DestinationWhitelist::fraudProneDefaults()));
    return o;
}

QString plusList(const QStringList &digits)
{
    if (digits.isEmpty())
        return QCoreApplication::translate("centralectl", "none");
    QStringList out;
    for (const auto &d : digits)
        out << QLatin1Char('+') + d;
    return out.join(QStringLiteral(", "));
}

QStringList describe(const QString &owner, const DestinationWhitelist &w)
{
    QStringList lines{QCoreApplication::translate("centralectl", "Destinations of %1 (started from preset: %2)")
                          .arg(owner, w.preset.isEmpty() ? QCoreApplication::translate("centralectl", "none") : w.preset)};
    for (const auto &c : w.countries) {
        QStringList types;
        for (auto t : c.types)
            if (t != NumberType::FixedOrMobile)
                types << numberTypeKey(t);
        types.sort();
        lines << QStringLiteral("  %1  %2").arg(c.region, types.join(QLatin1Char(',')));
    }
    if (w.countries.isEmpty())
        lines << QCoreApplication::translate("centralectl", "  (no country allowed)");
    lines << QCoreApplication::translate("centralectl", "Allowed prefixes: %1").arg(plusList(w.allowedPrefixes))
          << QCoreApplication::translate("centralectl", "Blocked prefixes: %1").arg(plusList(w.blockedPrefixes))
          << QCoreApplication::translate("centralectl", "Always blocked unless an allowed prefix covers them: %1").arg(plusList(DestinationWhitelist::fraudProneDefaults()));
    return lines;
}

QString prefixDigits(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('+')))
        text.remove(0, 1);
    return text;
}

Status checkPrefix(const QString &digits) { return validation::digits(digits, QCoreApplication::translate("Security", "Prefix"), 1, 15); }

// "NL:fixed,mobile" → a rule; "NL" alone gets what the Security page gives a new country.
Result<DestinationRule> ruleArg(const QString &text)
{
    using R = Result<DestinationRule>;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    DestinationRule r{(colon < 0 ? text : text.left(colon)).trimmed().toUpper(), {}};
    if (colon < 0) {
        r.types = newCountryTypes();
    } else {
        for (const auto &part : text.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const NumberType t = numberTypeFromKey(part.trimmed());
            if (t == NumberType::Unknown)
                return R::fail(QCoreApplication::translate("centralectl", "\"%1\" is not a number type; use %2.").arg(part.trimmed(), typeKeys().join(QStringLiteral(", "))));
            r.types.insert(t);
        }
    }
    r.types = withFixedOrMobile(r.types);
    DestinationWhitelist one;
    one.countries << r;
    if (auto s = one.validate(); !s) // a known region with at least one type
        return s.error();
    return r;
}

// A list key of the object, read with DestinationWhitelist::fromJson so it is checked as stored.
Status listFromJson(DestinationWhitelist &w, const QString &key, const QJsonValue &v)
{
    if (!v.isArray())
        return Status::fail(QCoreApplication::translate("centralectl", "expected a list, not %1").arg(shownJson(v)));
    for (const auto &e : v.toArray())
        if (key == QLatin1String("countries") ? !e.isObject() : !e.isString())
            return Status::fail(QCoreApplication::translate("centralectl", "%1 is not %2").arg(shownJson(e), key == QLatin1String("countries") ? QCoreApplication::translate("centralectl", "an object like {\"region\": \"NL\", \"types\": [\"fixed\"]}") : QCoreApplication::translate("centralectl", "a prefix in quotes")));
    auto parsed = DestinationWhitelist::fromJson(QJsonObject{{key, v}});
    if (!parsed)
        return parsed.error();
    if (key == QLatin1String("countries"))
        w.countries = parsed->countries;
    else if (key == QLatin1String("allow_prefixes"))
        w.allowedPrefixes = parsed->allowedPrefixes;
    else
        w.blockedPrefixes = parsed->blockedPrefixes;
    return {};
}

FieldEditor<DestinationWhitelist> destinationEditor()
{
    using W = DestinationWhitelist;
    using F = EditField<W>;
    FieldEditor<W> e(QStringLiteral("centralectl destinations show --trunk NAME"));
    e.ignoreKeys({QStringLiteral("always_blocked")});
    e.add(F{QCommandLineOption(QStringLiteral("preset"), QCoreApplication::translate("centralectl", "Start over from a preset: %1.").arg(destinationPresetKeys().join(QStringLiteral(", "))), QCoreApplication::translate("centralectl", "NAME")),
            QStringLiteral("preset"),
            [](W &w, const QStringList &v) -> Status {
                auto p = destinationPreset(v.last());
                if (!p)
                    return Status::fail(p.message() + QLatin1Char(' ')
                                        + QCoreApplication::translate("centralectl", "Use one of: %1.").arg(destinationPresetKeys().join(QStringLiteral(", "))));
                w = p.value();
                return {};
            },
            // In the object only the label of where the list came from; the lists say what is allowed.
            [](W &w, const QJsonValue &v) -> Status {
                auto s = jsonText(v);
                if (!s)
                    return s.error();
                w.preset = s.value();
                return {};
            }});
    e.add(F{std::nullopt, QStringLiteral("countries"), {}, [](W &w, const QJsonValue &v) { return listFromJson(w, QStringLiteral("countries"), v); }});
    e.add(F{QCommandLineOption(QStringLiteral("disallow"), QCoreApplication::translate("centralectl", "Take a country off the list; repeat for more."), QCoreApplication::translate("centralectl", "CC")), {},
            [](W &w, const QStringList &v) -> Status {
                for (const auto &cc : v) {
                    const QString region = cc.trimmed().toUpper();
                    if (w.countries.removeIf([&](const DestinationRule &r) { return r.region == region; }) == 0)
                        return Status::fail(QCoreApplication::translate("centralectl", "%1 is not on the list.").arg(region));
                }
                return {};
            },
            {}, true});
    e.add(F{QCommandLineOption(QStringLiteral("allow"),
                               QCoreApplication::translate("centralectl", "Allow these number types in a country (replacing its types), e.g. NL:fixed,mobile,freephone; the country alone allows fixed, "
                                  "mobile and freephone. Repeat for more."),
                               QCoreApplication::translate("centralectl", "CC[:TYPE,…]")),
            {},
            [](W &w, const QStringList &v) -> Status {
                for (const auto &text : v) {
                    auto r = ruleArg(text);
                    if (!r)
                        return r.error();
                    auto it = std::find_if(w.countries.begin(), w.countries.end(), [&](const DestinationRule &have) { return have.region == r->region; });
                    if (it != w.countries.end())
                        *it = r.value();
                    else
                        w.countries << r.value();
                }
                return {};
            },
            {}, true});
    auto prefixOption = [](QStringList W::*add, QStringList W::*other) {
        return [add, other](W &w, const QStringList &v) -> Status {
            for (const auto &text : v) {
                const QString d = prefixDigits(text);
                if (auto s = checkPrefix(d); !s)
                    return s;
                (w.*other).removeAll(d); // allowing what was blocked unblocks it, and the other way round
                if (!(w.*add).contains(d))
                    (w.*add) << d;
            }
            return {};
        };
    };
    e.add(F{QCommandLineOption(QStringLiteral("allow-prefix"), QCoreApplication::translate("centralectl", "Allow numbers starting with this prefix, whatever the country rules say; repeat for more."), QCoreApplication::translate("centralectl", "PREFIX")),
            QStringLiteral("allow_prefixes"), prefixOption(&W::allowedPrefixes, &W::blockedPrefixes),
            [](W &w, const QJsonValue &v) { return listFromJson(w, QStringLiteral("allow_prefixes"), v); }, true});
    e.add(F{QCommandLineOption(QStringLiteral("block-prefix"), QCoreApplication::translate("centralectl", "Block numbers starting with this prefix; repeat for more."), QCoreApplication::translate("centralectl", "PREFIX")), QStringLiteral("block_prefixes"),
            prefixOption(&W::blockedPrefixes, &W::allowedPrefixes),
            [](W &w, const QJsonValue &v) { return listFromJson(w, QStringLiteral("block_prefixes"), v); }, true});
    e.add(F{QCommandLineOption(QStringLiteral("remove-prefix"), QCoreApplication::translate("centralectl", "Take a prefix off the allowed and blocked lists; repeat for more."), QCoreApplication::translate("centralectl", "PREFIX")), {},
            [](W &w, const QStringList &v) -> Status {
                for (const auto &text : v) {
                    const QString d = prefixDigits(text);
                    if (w.allowedPrefixes.removeAll(d) + w.blockedPrefixes.removeAll(d) == 0)
                        return Status::fail(QCoreApplication::translate("centralectl", "+%1 is neither an allowed nor a blocked prefix.").arg(d));
                }
                return {};
            },
            {}, true});
    return e;
}

// Loads the account's whitelist, lets edit change it, checks and saves it; all in one
// transaction. Returns the saved whitelist and the account's shown name.
struct Saved {
    QString name;
    DestinationWhitelist whitelist;
};

int withAccount(CtlContext &ctx, const AccountSelector &who, const std::function<Status(DestinationWhitelist &)> &edit, Saved &saved, bool save)
{
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    int code = Failed;
    auto body = [&]() -> Status {
        if (who.kind == AccountSelector::Kind::Trunk) {
            TrunkRepository repo(**db);
            auto t = repo.find(who.key);
            if (!t)
                return t.error();
            Trunk trunk = t.value();
            code = Usage;
            if (auto e = edit(trunk.destinations); !e)
                return e;
            if (auto v = save ? trunk.validate() : Status{}; !v)
                return v;
            code = Failed;
            saved = {trunk.name, trunk.destinations};
            return save ? repo.update(trunk) : Status{};
        }
        PhoneAccountRepository repo(**db);
        auto ph = repo.find(who.key);
        if (!ph)
            return ph.error();
        PhoneAccount phone = ph.value();
        code = Usage;
        if (auto e = edit(phone.destinations); !e)
            return e;
        if (auto v = save ? phone.validate() : Status{}; !v)
            return v;
        code = Failed;
        saved = {QLatin1Char('+') + phone.number, phone.destinations};
        return save ? repo.update(phone) : Status{};
    };
    const Status s = save ? (*db)->transaction(body) : body(); // `show` only reads
    return s ? int(Ok) : ctx.fail(s.message(), code);
}

QString ownerText(const AccountSelector &who, const QString &name)
{
    return who.kind == AccountSelector::Kind::Trunk ? QCoreApplication::translate("centralectl", "trunk \"%1\"").arg(name)
                                                    : QCoreApplication::translate("centralectl", "phone account %1").arg(name);
}

int destinationsShow(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOptions({trunkSelectorOption(), phoneSelectorOption()});
    if (!ctx.parse(p, QStringLiteral("destinations show"),
                   QCoreApplication::translate("centralectl", "Show where a trunk or phone account may call: countries with their number types, allowed and blocked prefixes.")))
        return ctx.exitCode;
    auto sel = selectorArg(p);
    if (!sel)
        return ctx.usage(sel.message());
    if (!sel.value())
        return ctx.usage(QCoreApplication::translate("centralectl", "Give the account: --trunk NAME or --phone E164 (see: centralectl destinations show --help)."));
    Saved shown;
    if (int code = withAccount(ctx, *sel.value(), [](DestinationWhitelist &) { return Status{}; }, shown, false); code != Ok)
        return code;
    if (ctx.json())
        ctx.printJson(toJson(*sel.value(), shown.name, shown.whitelist));
    else
        ctx.print(describe(ownerText(*sel.value(), shown.name), shown.whitelist).join(QLatin1Char('\n')));
    return Ok;
}

int destinationsSet(CtlContext &ctx)
{
    QCommandLineParser p;
    const FieldEditor<DestinationWhitelist> editor = destinationEditor();
    p.addOptions({trunkSelectorOption(), phoneSelectorOption()});
    editor.addOptions(p);
    const QCommandLineOption fromJson(QStringLiteral("from-json"),
                                      QCoreApplication::translate("centralectl", "Take the lists from one object as `destinations show --json` prints it (\"-\" = standard input); the options above go over it."),
                                      QCoreApplication::translate("centralectl", "FILE"));
    p.addOption(fromJson);
    if (!ctx.parse(p, QStringLiteral("destinations set"),
                   QCoreApplication::translate("centralectl", "Change where a trunk or phone account may call; what is not given keeps its value. Options apply in this order: --preset, "
                                                              "--disallow, --allow, the prefixes. A running engine applies the change within a second.")))
        return ctx.exitCode;
    if (auto s = editor.checkRepeats(p); !s)
        return ctx.usage(s.message());
    if (p.values(fromJson).size() > 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "--from-json may be given only once."));
    auto cli = selectorArg(p);
    if (!cli)
        return ctx.usage(cli.message());
    std::optional<AccountSelector> who = cli.value();
    QJsonObject object;
    if (p.isSet(fromJson)) {
        auto o = jsonObjectArg(p.value(fromJson), QStringLiteral("centralectl destinations show --trunk NAME --json"));
        if (!o)
            return ctx.usage(o.message());
        auto fromObject = selectorFromJson(o.value(), who);
        if (!fromObject)
            return ctx.usage(fromObject.message());
        who = fromObject.value();
        object = o.value();
    }
    if (!who)
        return ctx.usage(QCoreApplication::translate("centralectl", "Give the account: --trunk NAME or --phone E164 (see: centralectl destinations set --help)."));
    if (!editor.anyOption(p) && !p.isSet(fromJson))
        return ctx.usage(QCoreApplication::translate("centralectl", "Nothing to change: give %1 or --from-json.").arg(editor.optionNames().join(QStringLiteral(", "))));
    Saved saved;
    const int code = withAccount(
        ctx, *who,
        [&](DestinationWhitelist &w) -> Status {
            if (auto j = editor.applyJson(w, object, {who->jsonKey()}); !j)
                return j;
            return editor.applyOptions(w, p);
        },
        saved, true);
    if (code != Ok)
        return code;
    if (ctx.json())
        ctx.printJson(toJson(*who, saved.name, saved.whitelist));
    else
        ctx.print(QCoreApplication::translate("centralectl", "Saved the destinations of %1; a running engine applies them within a second.").arg(ownerText(*who, saved.name)));
    return Ok;
}

} // namespace

int destinationsCommand(CtlContext &ctx, const QString &action)
{
    if (action == QLatin1String("show"))
        return destinationsShow(ctx);
    if (action == QLatin1String("set"))
        return destinationsSet(ctx);
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"destinations %1\"; use show or set.").arg(action));
}

} // namespace centrale::ctl
