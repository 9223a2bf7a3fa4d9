// centralectl callplan set: what the call plan's Settings dialog edits (name, internal and
// external numbers), its e-mail address, and its steps from `callplan show --json`.
#include "Args.h"
#include "CtlContext.h"
#include "FieldEditor.h"
#include "Views.h"
#include "domain/Validation.h"
#include "store/CallPlanRepository.h"

#include <QCoreApplication>

namespace centrale::ctl {

namespace {

Status externalNumbers(CallPlan &plan, const QStringList &texts)
{
    QStringList digits;
    for (const auto &t : texts) {
        auto d = numberArg(t);
        if (!d)
            return d.error();
        if (!digits.contains(d.value()))
            digits << d.value();
    }
    plan.numbers = digits;
    return {};
}

// The plan's e-mail step gets these addresses; a plan without one gets one at the end.
Status mailTo(CallPlan &plan, const QStringList &values)
{
    QStringList addresses;
    for (const auto &v : values)
        for (const auto &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            addresses << part.trimmed();
    for (const auto &a : addresses)
        if (auto s = validation::email(a, QStringLiteral("--mail")); !s)
            return s;
    QList<int> mailSteps;
    for (int i = 0; i < plan.steps.size(); ++i)
        if (plan.steps[i].kind == StepKind::Email)
            mailSteps << i;
    if (mailSteps.size() > 1)
        return Status::fail(QCoreApplication::translate("centralectl", "call plan \"%1\" has %2 e-mail steps; change them with: centralectl callplan step").arg(plan.name).arg(mailSteps.size()));
    if (mailSteps.isEmpty()) {
        CallPlanStep st;
        st.kind = StepKind::Email;
        st.targets = addresses;
        plan.steps << st;
    } else {
        plan.steps[mailSteps.first()].targets = addresses;
    }
    return {};
}

FieldEditor<CallPlan> callPlanEditor()
{
    using F = EditField<CallPlan>;
    FieldEditor<CallPlan> e(QStringLiteral("centralectl callplan show PLAN"));
    e.add(F{QCommandLineOption(QStringLiteral("name"), QCoreApplication::translate("centralectl", "New name of the call plan."), QCoreApplication::translate("centralectl", "NEW")),
            QStringLiteral("name"),
            [](CallPlan &c, const QStringList &v) -> Status {
                c.name = v.last();
                return {};
            },
            [](CallPlan &c, const QJsonValue &v) -> Status {
                auto s = jsonText(v);
                if (!s)
                    return s.error();
                c.name = s.value();
                return {};
            }});
    e.add(F{QCommandLineOption(QStringList{QStringLiteral("internal-number"), QStringLiteral("internal")},
                               QCoreApplication::translate("centralectl", "Internal number, e.g. 3031; empty for none."), QCoreApplication::translate("centralectl", "DIGITS")),
            QStringLiteral("internal_number"),
            [](CallPlan &c, const QStringList &v) -> Status {
                c.internalNumber = v.last().trimmed();
                return {};
            },
            [](CallPlan &c, const QJsonValue &v) -> Status {
                auto s = jsonText(v);
                if (!s)
                    return s.error();
                c.internalNumber = s->trimmed();
                return {};
            }});
    e.add(F{QCommandLineOption(QStringLiteral("number"),
                               QCoreApplication::translate("centralectl", "The external numbers that ring this plan, replacing the list (free numbers or the plan's own); repeat for more."),
                               QCoreApplication::translate("centralectl", "E164")),
            QStringLiteral("numbers"), externalNumbers,
            [](CallPlan &c, const QJsonValue &v) -> Status {
                auto texts = jsonTexts(v);
                if (!texts)
                    return texts.error();
                return externalNumbers(c, texts.value());
            },
            true});
    e.add(F{QCommandLineOption(QStringLiteral("no-numbers"), QCoreApplication::translate("centralectl", "Unlink every external number; they become free.")), {},
            [](CallPlan &c, const QStringList &) -> Status {
                c.numbers.clear();
                return {};
            },
            {}});
    e.add(F{QCommandLineOption(QStringLiteral("mail"),
                               QCoreApplication::translate("centralectl", "E-mail address(es) of the plan's e-mail step (comma-separated or repeated); a plan without one gets one at the end."),
                               QCoreApplication::translate("centralectl", "ADDRESS")),
            {}, mailTo, {}, true});
    e.add(F{std::nullopt, QStringLiteral("steps"), {},
            [](CallPlan &c, const QJsonValue &v) -> Status {
                if (!v.isArray())
                    return Status::fail(QCoreApplication::translate("centralectl", "expected a list as `callplan show --json` prints it, not %1").arg(shownJson(v)));
                auto steps = CallPlan::stepsFromJson(v.toArray());
                if (!steps)
                    return steps.error();
                c.steps = steps.value();
                return {};
            }});
    return e;
}

} // namespace

int callPlanSetCommand(CtlContext &ctx)
{
    QCommandLineParser p;
    const FieldEditor<CallPlan> editor = callPlanEditor();
    editor.addOptions(p);
    const QCommandLineOption fromJson(QStringLiteral("from-json"),
                                      QCoreApplication::translate("centralectl", "Take the values from one object as `callplan show PLAN --json` prints it (\"-\" = standard input); the options above go over it."),
                                      QCoreApplication::translate("centralectl", "FILE"));
    p.addOption(fromJson);
    if (!ctx.parse(p, QStringLiteral("callplan set"),
                   QCoreApplication::translate("centralectl", "Change a call plan; what is not given keeps its value. Steps one by one: callplan step."), QStringLiteral("PLAN"),
                   QCoreApplication::translate("centralectl", "Name of the call plan.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "callplan set takes exactly one name."));
    if (auto s = editor.checkRepeats(p); !s)
        return ctx.usage(s.message());
    if (p.values(fromJson).size() > 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "--from-json may be given only once."));
    if (p.isSet(QStringLiteral("number")) && p.isSet(QStringLiteral("no-numbers")))
        return ctx.usage(QCoreApplication::translate("centralectl", "Give either --number or --no-numbers, not both."));
    if (!editor.anyOption(p) && !p.isSet(fromJson))
        return ctx.usage(QCoreApplication::translate("centralectl", "Nothing to change: give %1 or --from-json.").arg(editor.optionNames().join(QStringLiteral(", "))));
    QJsonObject object;
    if (p.isSet(fromJson)) {
        auto o = jsonObjectArg(p.value(fromJson), QStringLiteral("centralectl callplan show PLAN --json"));
        if (!o)
            return ctx.usage(o.message());
        object = o.value();
    }
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    CallPlanRepository repo(**db);
    // The Settings dialog's save: name, steps and numbers in one transaction.
    int code = Failed;
    QString savedName;
    const Status s = (*db)->transaction([&]() -> Status {
        auto found = repo.find(p.positionalArguments().first());
        if (!found)
            return found.error();
        CallPlan plan = found.value();
        code = Usage;
        if (auto j = editor.applyJson(plan, object); !j)
            return j;
        if (auto o = editor.applyOptions(plan, p); !o)
            return o;
        if (auto v = plan.validate(); !v)
            return v;
        code = Failed;
        if (auto u = repo.update(plan); !u)
            return u;
        savedName = plan.name.trimmed();
        return repo.setExternalNumbers(plan.id, plan.numbers);
    });
    if (!s)
        return ctx.fail(s.message(), code);
    if (ctx.json()) {
        auto saved = repo.find(savedName);
        if (!saved)
            return ctx.fail(saved.message());
        ctx.printJson(toJson(saved.value()));
    } else {
        ctx.print(QCoreApplication::translate("centralectl", "Saved call plan \"%1\"; a running engine applies it within a second.").arg(savedName));
    }
    return Ok;
}

} // namespace centrale::ctl
