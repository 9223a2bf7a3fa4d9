// centralectl limits show|set: the spending and call limits of trunks and phone accounts
// (the Limits the security page edits) plus their simultaneous calls.
#include "AccountSelector.h"
#include "Args.h"
#include "CtlContext.h"
#include "domain/Money.h"
#include "store/PhoneAccountRepository.h"
#include "store/TrunkRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <cmath>
#include <optional>

namespace centrale::ctl {

namespace {

// No rule in Limits caps the call counts; this only keeps them far from int overflow.
constexpr int kMaxCalls = 1000000;

using Selector = AccountSelector;
using Kind = AccountSelector::Kind;

// One row of `limits show`, the same for trunks and phone accounts.
struct Row {
    Kind kind = Kind::Trunk;
    QString name; // trunk name, or "+31…" for a phone account
    Limits limits;
    int channels = 0;
};

Row rowOf(const Trunk &t) { return {Kind::Trunk, t.name, t.limits, t.channels}; }
Row rowOf(const PhoneAccount &p) { return {Kind::Phone, QLatin1Char('+') + p.number, p.limits, p.channels}; }

// Cents as euro with two decimals. JSON carries euro as a number (10.0), as
// scripts type them; cents stay exact through a double for any amount parseEuro takes.
QString euro(int cents) { return money::formatEuro(qint64(cents) * 10000, 2); }

QJsonObject toJson(const Row &r)
{
    const Limits &l = r.limits;
    return {{r.kind == Kind::Trunk ? QStringLiteral("trunk") : QStringLiteral("phone"), r.name},
            {QStringLiteral("amount_hour"), l.amountHourCents / 100.0},
            {QStringLiteral("amount_day"), l.amountDayCents / 100.0},
            {QStringLiteral("amount_week"), l.amountWeekCents / 100.0},
            {QStringLiteral("calls_hour"), l.callsHour},
            {QStringLiteral("calls_day"), l.callsDay},
            {QStringLiteral("calls_week"), l.callsWeek},
            {QStringLiteral("cps"), l.callsPerSecond},
            {QStringLiteral("warn"), QJsonArray{l.warnPercentFirst, l.warnPercentSecond}},
            {QStringLiteral("channels"), r.channels}};
}

QString line(const Row &r, qsizetype nameWidth)
{
    const Limits &l = r.limits;
    return QCoreApplication::translate("centralectl", "%1  hour € %2  day € %3  week € %4  calls %5/%6/%7  cps %8  warn %9/%10  channels %11")
        .arg(r.name.leftJustified(nameWidth), euro(l.amountHourCents), euro(l.amountDayCents), euro(l.amountWeekCents), QString::number(l.callsHour),
             QString::number(l.callsDay), QString::number(l.callsWeek), QString::number(l.callsPerSecond), QString::number(l.warnPercentFirst),
             QString::number(l.warnPercentSecond), QString::number(r.channels));
}

// What `limits set` changes; what is absent keeps its stored value. Each value remembers
// how it was given ("--amount-day", "amount_day") so a refusal names it.
struct Change {
    std::optional<int> amountHour, amountDay, amountWeek, callsHour, callsDay, callsWeek, cps, warnFirst, warnSecond, channels;
    QMap<QString, QStringList> givenAs; // validate()'s field ("amount", "calls", …) → how it was given

    void note(const QString &field, const QString &label)
    {
        if (!givenAs[field].contains(label))
            givenAs[field] << label;
    }
    bool empty() const { return givenAs.isEmpty(); }

    void applyTo(Limits &l, int &ch) const
    {
        const std::pair<const std::optional<int> *, int *> fields[] = {
            {&amountHour, &l.amountHourCents}, {&amountDay, &l.amountDayCents}, {&amountWeek, &l.amountWeekCents}, {&callsHour, &l.callsHour},
            {&callsDay, &l.callsDay},          {&callsWeek, &l.callsWeek},      {&cps, &l.callsPerSecond},         {&warnFirst, &l.warnPercentFirst},
            {&warnSecond, &l.warnPercentSecond}, {&channels, &ch}};
        for (const auto &[from, to] : fields)
            if (from->has_value())
                *to = **from;
    }

    // "--amount-day: <rule>" for a refusal of validate(); rules without a field stay as they are.
    QString name(const Error &e) const
    {
        const QStringList labels = givenAs.value(e.field);
        return labels.isEmpty() ? e.message : labels.join(QLatin1Char('/')) + QStringLiteral(": ") + e.message;
    }
};

Result<int> amountText(const QString &text, const QString &label)
{
    const auto micros = money::parseEuro(text.trimmed());
    if (!micros || *micros % 10000 != 0) // whole cents: Limits keeps cents
        return Result<int>::fail(QCoreApplication::translate("centralectl", "%1: \"%2\" is not an amount in euro (whole cents with a dot, like 12.50)").arg(label, text));
    return int(*micros / 10000);
}

Result<std::pair<int, int>> warnLevels(int first, int second, const QString &label, const QString &shown)
{
    if (first < 1 || second > 100 || first >= second)
        return Result<std::pair<int, int>>::fail(
            QCoreApplication::translate("centralectl", "%1: give two levels like 80,95 with the first below the second, from 1 to 100 percent; not \"%2\"").arg(label, shown));
    return std::pair{first, second};
}

Result<std::pair<int, int>> warnText(const QString &text, const QString &label)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool ok1 = false, ok2 = false;
    const int first = parts.size() == 2 ? parts.at(0).trimmed().toInt(&ok1) : 0;
    const int second = parts.size() == 2 ? parts.at(1).trimmed().toInt(&ok2) : 0;
    if (!ok1 || !ok2)
        return warnLevels(0, 0, label, text);
    return warnLevels(first, second, label, text);
}

// Reads `limits show --json`'s object into change; the selector key was taken out before.
Status changeFromJson(const QJsonObject &o, Kind kind, Change &change)
{
    const QString from = QStringLiteral("--from-json");
    auto label = [&](const QString &key) { return QStringLiteral("%1 \"%2\"").arg(from, key); };
    auto shown = [](const QJsonValue &v) {
        return v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    };
    auto whole = [&](const QString &key, int min, int max) -> Result<int> {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < min || d > max)
            return Result<int>::fail(QCoreApplication::translate("centralectl", "%1 must be a whole number from %2 to %3, not %4").arg(label(key)).arg(min).arg(max).arg(shown(v)));
        return int(d);
    };
    auto amount = [&](const QString &key) -> Result<int> {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return amountText(v.toString(), label(key));
        const double cents = v.toDouble(-1) * 100;
        // A double's euro is exact to far below a cent at any amount parseEuro accepts.
        if (!v.isDouble() || !std::isfinite(cents) || cents < 0 || cents > 99999999.0 || std::abs(cents - std::round(cents)) > 1e-6)
            return Result<int>::fail(QCoreApplication::translate("centralectl", "%1: %2 is not an amount in euro (whole cents, like 12.50)").arg(label(key), shown(v)));
        return int(std::llround(cents));
    };

    struct Field {
        const char *key;
        const char *family;
        std::optional<int> *target;
        bool isAmount;
        int max;
    };
    const Field fields[] = {{"amount_hour", "amount", &change.amountHour, true, 0}, {"amount_day", "amount", &change.amountDay, true, 0},
                            {"amount_week", "amount", &change.amountWeek, true, 0}, {"calls_hour", "calls", &change.callsHour, false, kMaxCalls},
                            {"calls_day", "calls", &change.callsDay, false, kMaxCalls}, {"calls_week", "calls", &change.callsWeek, false, kMaxCalls},
                            {"cps", "cps", &change.cps, false, 1000}, {"channels", "channels", &change.channels, false, Trunk::kMaxChannels}};
    QStringList known{QStringLiteral("warn")};
    for (const auto &f : fields) {
        const QString key = QString::fromLatin1(f.key);
        known << key;
        if (!o.contains(key))
            continue;
        auto v = f.isAmount ? amount(key) : whole(key, key == QLatin1String("channels") ? 1 : 0, f.max);
        if (!v)
            return v.error();
        *f.target = v.value();
        change.note(QString::fromLatin1(f.family), label(key));
    }
    if (o.contains(QStringLiteral("warn"))) {
        const QJsonArray a = o.value(QStringLiteral("warn")).toArray();
        const bool ints = a.size() == 2 && a.at(0).isDouble() && a.at(1).isDouble() && a.at(0).toDouble() == a.at(0).toInt()
                          && a.at(1).toDouble() == a.at(1).toInt();
        auto w = warnLevels(ints ? a.at(0).toInt() : 0, ints ? a.at(1).toInt() : 0, label(QStringLiteral("warn")), shown(o.value(QStringLiteral("warn"))));
        if (!w)
            return w.error();
        change.warnFirst = w->first;
        change.warnSecond = w->second;
        change.note(QStringLiteral("warn"), label(QStringLiteral("warn")));
    }
    // A typo ("amount_dag") would otherwise be saved as "nothing changed".
    const QString selectorKey = kind == Kind::Trunk ? QStringLiteral("trunk") : QStringLiteral("phone");
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != selectorKey && !known.contains(it.key()))
            return Status::fail(QCoreApplication::translate("centralectl", "%1: unknown key \"%2\"; known are trunk or phone, %3").arg(from, it.key(), known.join(QStringLiteral(", "))));
    return {};
}

int limitsShow(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOptions({trunkSelectorOption(), phoneSelectorOption()});
    if (!ctx.parse(p, QStringLiteral("limits show"),
                   QCoreApplication::translate("centralectl", "Show the spending and call limits of one trunk or phone account, or of all of them. Calls per hour/day/week 0 and cps 0 mean no limit.")))
        return ctx.exitCode;
    auto sel = selectorArg(p);
    if (!sel)
        return ctx.usage(sel.message());
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());

    QList<Row> rows;
    if (const auto &s = sel.value()) {
        if (s->kind == Kind::Trunk) {
            auto t = TrunkRepository(**db).find(s->key);
            if (!t)
                return ctx.fail(t.message());
            rows << rowOf(t.value());
        } else {
            auto ph = PhoneAccountRepository(**db).find(s->key);
            if (!ph)
                return ctx.fail(ph.message());
            rows << rowOf(ph.value());
        }
        if (ctx.json()) {
            ctx.printJson(toJson(rows.first()));
            return Ok;
        }
    } else {
        auto trunks = TrunkRepository(**db).list();
        if (!trunks)
            return ctx.fail(trunks.message());
        auto phones = PhoneAccountRepository(**db).list();
        if (!phones)
            return ctx.fail(phones.message());
        for (const auto &t : trunks.value())
            rows << rowOf(t);
        for (const auto &ph : phones.value())
            rows << rowOf(ph);
        if (ctx.json()) {
            QJsonArray a;
            for (const auto &r : rows)
                a.append(toJson(r));
            ctx.printJson(a);
            return Ok;
        }
        if (rows.isEmpty()) {
            ctx.print(QCoreApplication::translate("centralectl", "There are no trunks or phone accounts yet."));
            return Ok;
        }
    }
    qsizetype width = 0;
    for (const auto &r : rows)
        width = qMax(width, r.name.size());
    for (const auto &r : rows)
        ctx.print(line(r, width));
    return Ok;
}

int limitsSet(CtlContext &ctx)
{
    QCommandLineParser p;
    const QString eur = QCoreApplication::translate("centralectl", "EUR");
    const QString n = QCoreApplication::translate("centralectl", "N");
    const QCommandLineOption amountHour(QStringLiteral("amount-hour"), QCoreApplication::translate("centralectl", "Most the account may spend per hour, in euro (12.50)."), eur);
    const QCommandLineOption amountDay(QStringLiteral("amount-day"), QCoreApplication::translate("centralectl", "Most the account may spend per day, in euro."), eur);
    const QCommandLineOption amountWeek(QStringLiteral("amount-week"), QCoreApplication::translate("centralectl", "Most the account may spend per week, in euro."), eur);
    const QCommandLineOption callsHour(QStringLiteral("calls-hour"), QCoreApplication::translate("centralectl", "Most calls out per hour; 0 = no limit."), n);
    const QCommandLineOption callsDay(QStringLiteral("calls-day"), QCoreApplication::translate("centralectl", "Most calls out per day; 0 = no limit."), n);
    const QCommandLineOption callsWeek(QStringLiteral("calls-week"), QCoreApplication::translate("centralectl", "Most calls out per week; 0 = no limit."), n);
    const QCommandLineOption cps(QStringLiteral("cps"), QCoreApplication::translate("centralectl", "Most new calls per second (0-1000); 0 = no cap."), n);
    const QCommandLineOption warn(QStringLiteral("warn"), QCoreApplication::translate("centralectl", "The two warning levels in percent of a limit, the first below the second."), QCoreApplication::translate("centralectl", "80,95"));
    const QCommandLineOption channels(QStringLiteral("channels"), QCoreApplication::translate("centralectl", "Simultaneous calls (trunk 1-%1, phone account 1-100).").arg(Trunk::kMaxChannels), n);
    const QCommandLineOption fromJson(QStringLiteral("from-json"),
                                      QCoreApplication::translate("centralectl", "Take the values from one object as `limits show --json` prints it (\"-\" = standard input); the options above go over it."),
                                      QCoreApplication::translate("centralectl", "FILE"));
    p.addOptions({trunkSelectorOption(), phoneSelectorOption(), amountHour, amountDay, amountWeek, callsHour, callsDay, callsWeek, cps, warn, channels, fromJson});
    if (!ctx.parse(p, QStringLiteral("limits set"),
                   QCoreApplication::translate("centralectl", "Change the limits of one trunk or phone account; options not given keep their value. A running engine applies them within a second.")))
        return ctx.exitCode;
    for (const auto *o : {&amountHour, &amountDay, &amountWeek, &callsHour, &callsDay, &callsWeek, &cps, &warn, &channels, &fromJson})
        if (p.values(*o).size() > 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "--%1 may be given only once.").arg(o->names().first()));
    auto cli = selectorArg(p);
    if (!cli)
        return ctx.usage(cli.message());
    std::optional<Selector> selector = cli.value();

    Change change;
    if (p.isSet(fromJson)) {
        auto o = jsonObjectArg(p.value(fromJson), QStringLiteral("limits show --trunk NAME --json"));
        if (!o)
            return ctx.usage(o.message());
        auto fromObject = selectorFromJson(o.value(), selector);
        if (!fromObject)
            return ctx.usage(fromObject.message());
        selector = fromObject.value();
        if (auto s = changeFromJson(o.value(), selector->kind, change); !s)
            return ctx.usage(s.message());
    }
    if (!selector)
        return ctx.usage(QCoreApplication::translate("centralectl", "Give the account: --trunk NAME or --phone E164 (see: centralectl limits set --help)."));

    struct Option {
        const QCommandLineOption *option;
        const char *family;
        std::optional<int> *target;
        int min;
        int max; // -1: an amount in euro
    };
    const Option numeric[] = {{&amountHour, "amount", &change.amountHour, 0, -1}, {&amountDay, "amount", &change.amountDay, 0, -1},
                              {&amountWeek, "amount", &change.amountWeek, 0, -1}, {&callsHour, "calls", &change.callsHour, 0, kMaxCalls},
                              {&callsDay, "calls", &change.callsDay, 0, kMaxCalls}, {&callsWeek, "calls", &change.callsWeek, 0, kMaxCalls},
                              {&cps, "cps", &change.cps, 0, 1000}, {&channels, "channels", &change.channels, 1, Trunk::kMaxChannels}};
    for (const auto &o : numeric) {
        if (!p.isSet(*o.option))
            continue;
        const QString name = o.option->names().first();
        auto v = o.max < 0 ? amountText(p.value(*o.option), QStringLiteral("--") + name) : intArg(p.value(*o.option), name, o.min, o.max);
        if (!v)
            return ctx.usage(v.message());
        *o.target = v.value();
        change.note(QString::fromLatin1(o.family), QStringLiteral("--") + name);
    }
    if (p.isSet(warn)) {
        auto w = warnText(p.value(warn), QStringLiteral("--warn"));
        if (!w)
            return ctx.usage(w.message());
        change.warnFirst = w->first;
        change.warnSecond = w->second;
        change.note(QStringLiteral("warn"), QStringLiteral("--warn"));
    }
    if (change.empty() && !p.isSet(fromJson))
        return ctx.usage(QCoreApplication::translate("centralectl", "Nothing to change: give --amount-hour, --amount-day, --amount-week, --calls-hour, --calls-day, --calls-week, --cps, --warn, --channels or --from-json."));

    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    // Read, change, check and save in one transaction, so that nothing is half-saved and a
    // concurrent edit of the account's other settings is not overwritten with old values.
    // Refusals of the new values are usage errors (2); a missing account or a refused save fails (1).
    int code = Failed;
    Row saved;
    const Status s = (*db)->transaction([&]() -> Status {
        auto check = [&](const Limits &l, const Status &account) -> Status {
            code = Usage;
            if (auto v = l.validate(); !v)
                return Status::fail(change.name(v.error()));
            if (!account)
                return Status::fail(change.name(account.error()));
            code = Failed;
            return {};
        };
        if (selector->kind == Kind::Trunk) {
            TrunkRepository repo(**db);
            auto t = repo.find(selector->key);
            if (!t)
                return t.error();
            Trunk trunk = t.value();
            change.applyTo(trunk.limits, trunk.channels);
            if (auto c = check(trunk.limits, trunk.validate()); !c)
                return c;
            saved = rowOf(trunk);
            return repo.update(trunk);
        }
        PhoneAccountRepository repo(**db);
        auto ph = repo.find(selector->key);
        if (!ph)
            return ph.error();
        PhoneAccount phone = ph.value();
        change.applyTo(phone.limits, phone.channels);
        if (auto c = check(phone.limits, phone.validate()); !c)
            return c;
        saved = rowOf(phone);
        return repo.update(phone);
    });
    if (!s)
        return ctx.fail(s.message(), code);
    if (ctx.json())
        ctx.printJson(toJson(saved));
    else
        ctx.print(QCoreApplication::translate("centralectl", "Saved the limits of %1; a running engine applies it within a second.")
                      .arg(saved.kind == Kind::Trunk ? QCoreApplication::translate("centralectl", "trunk \"%1\"").arg(saved.name) : QCoreApplication::translate("centralectl", "phone account %1").arg(saved.name)));
    return Ok;
}

} // namespace

int limitsCommand(CtlContext &ctx, const QString &action)
{
    if (action == QLatin1String("show"))
        return limitsShow(ctx);
    if (action == QLatin1String("set"))
        return limitsSet(ctx);
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"limits %1\"; use show or set.").arg(action));
}

} // namespace centrale::ctl
