// centralectl callplan step add|list|remove: edits one call plan's steps. Positions are
// 1-based on the command line; opening-hours jumps keep pointing at the same step.
#include "Args.h"
#include "CtlContext.h"
#include "store/CallPlanRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <functional>

namespace centrale::ctl {

namespace {

// "--ring a,b --ring c" → a, b, c
QStringList listArg(const QStringList &values)
{
    QStringList out;
    for (const auto &v : values)
        for (const auto &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const QString t = part.trimmed(); !t.isEmpty())
                out << t;
    return out;
}

// Numbers are kept as E.164 digits, as the GUI keeps them; what does not parse stays as
// typed so that CallPlan::validate names it.
QStringList numberTargets(const QStringList &texts)
{
    QStringList out;
    for (const auto &t : texts) {
        auto n = PhoneNumber::parse(t);
        out << (n ? n->digits() : t);
    }
    return out;
}

QString withPlus(const QString &t) { return t.startsWith(QLatin1Char('+')) ? t : QLatin1Char('+') + t; }

QString describe(const CallPlanStep &s)
{
    switch (s.kind) {
    case StepKind::RingPhones:
        return QCoreApplication::translate("centralectl", "ring %1 (%2 s)").arg(s.targets.join(QStringLiteral(", ")), QString::number(s.timeoutSeconds));
    case StepKind::Forward: {
        QStringList shown;
        for (const auto &t : s.targets)
            shown << withPlus(t);
        return QCoreApplication::translate("centralectl", "forward %1 (%2 s)").arg(shown.join(QStringLiteral(", ")), QString::number(s.timeoutSeconds));
    }
    case StepKind::Voicemail:
        return s.targets.isEmpty() ? QCoreApplication::translate("centralectl", "voicemail %1").arg(s.text)
                                   : QCoreApplication::translate("centralectl", "voicemail %1, mailed to %2").arg(s.text, s.targets.join(QStringLiteral(", ")));
    case StepKind::Email: return QCoreApplication::translate("centralectl", "email %1").arg(s.targets.join(QStringLiteral(", ")));
    case StepKind::OpeningHours:
        return s.elseStep < 0 ? QCoreApplication::translate("centralectl", "hours %1, else end").arg(s.text)
                              : QCoreApplication::translate("centralectl", "hours %1, else step %2").arg(s.text, QString::number(s.elseStep + 1));
    }
    return {};
}

// CallPlan::stepsToJson's objects ("else" stays the stored 0-based index) plus "position", 1-based.
QJsonArray stepsJson(const QList<CallPlanStep> &steps)
{
    QJsonArray out;
    const QJsonArray plain = CallPlan::stepsToJson(steps);
    for (int i = 0; i < plain.size(); ++i) {
        QJsonObject o = plain.at(i).toObject();
        o.insert(QStringLiteral("position"), i + 1);
        out.append(o);
    }
    return out;
}

void printSteps(CtlContext &ctx, const CallPlan &plan)
{
    if (ctx.json()) {
        ctx.printJson(stepsJson(plan.steps));
        return;
    }
    if (plan.steps.isEmpty())
        ctx.print(QCoreApplication::translate("centralectl", "Call plan \"%1\" has no steps.").arg(plan.name));
    for (int i = 0; i < plan.steps.size(); ++i)
        ctx.print(QStringLiteral("%1. %2").arg(QString::number(i + 1), describe(plan.steps[i])));
}

// Reads, edits, validates and saves the plan in one transaction, so that two scripts
// editing the same plan cannot lose each other's steps. Refusals of the edit or of
// validate() are usage errors (2); a missing plan or a refused save fails (1).
int changeSteps(CtlContext &ctx, const QString &planName, const std::function<Status(QList<CallPlanStep> &)> &edit,
                const std::function<void(const CallPlan &)> &report)
{
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    CallPlanRepository repo(**db);
    CallPlan plan;
    int code = Failed;
    const Status s = (*db)->transaction([&]() -> Status {
        auto found = repo.find(planName);
        if (!found)
            return found.error();
        plan = found.value();
        code = Usage;
        if (auto e = edit(plan.steps); !e)
            return e;
        if (auto v = plan.validate(); !v)
            return v;
        code = Failed; // whatever the repository refuses, its message is shown unchanged
        return repo.update(plan);
    });
    if (!s)
        return ctx.fail(s.message(), code);
    report(plan);
    return Ok;
}

const QCommandLineOption &planOption()
{
    static const QCommandLineOption o(QStringLiteral("callplan"), QCoreApplication::translate("centralectl", "Name of the call plan."),
                                      QCoreApplication::translate("centralectl", "NAME"));
    return o;
}

int stepAdd(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption ringOpt(QStringLiteral("ring"), QCoreApplication::translate("centralectl", "Ring these phone accounts at once (repeat or comma-separate)."),
                                     QCoreApplication::translate("centralectl", "PHONE"));
    const QCommandLineOption forwardOpt(QStringLiteral("forward"), QCoreApplication::translate("centralectl", "Forward to this external number."),
                                        QCoreApplication::translate("centralectl", "E164"));
    const QCommandLineOption voicemailOpt(QStringLiteral("voicemail"), QCoreApplication::translate("centralectl", "Send the call to this voicemail box."),
                                          QCoreApplication::translate("centralectl", "BOXNAME"));
    const QCommandLineOption mailOpt(QStringLiteral("mail"), QCoreApplication::translate("centralectl", "E-mail these addresses about the call (repeat or comma-separate); with --voicemail: where its messages are mailed."),
                                     QCoreApplication::translate("centralectl", "ADDRESS"));
    const QCommandLineOption hoursOpt(QStringLiteral("hours"), QCoreApplication::translate("centralectl", "Go on only within these opening hours, e.g. \"mon-fri 08:00-17:00; sat 10:00-12:00\"."),
                                      QCoreApplication::translate("centralectl", "SPEC"));
    const QCommandLineOption elseOpt(QStringLiteral("else"), QCoreApplication::translate("centralectl", "With --hours: the step to jump to outside opening hours (default: end of the plan)."),
                                     QCoreApplication::translate("centralectl", "N"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), QCoreApplication::translate("centralectl", "With --ring or --forward: seconds before the next step (5-300, default 20)."),
                                        QCoreApplication::translate("centralectl", "SECS"));
    const QCommandLineOption atOpt(QStringLiteral("at"), QCoreApplication::translate("centralectl", "Insert at this position (default: append)."),
                                   QCoreApplication::translate("centralectl", "POSITION"));
    for (const auto *o : {&planOption(), &ringOpt, &forwardOpt, &voicemailOpt, &mailOpt, &hoursOpt, &elseOpt, &timeoutOpt, &atOpt})
        p.addOption(*o);
    if (!ctx.parse(p, QStringLiteral("callplan step add"), QCoreApplication::translate("centralectl", "Add a step to a call plan.")))
        return ctx.exitCode;
    if (!p.isSet(planOption()))
        return ctx.usage(QCoreApplication::translate("centralectl", "--callplan is required."));
    for (const auto *o : {&planOption(), &voicemailOpt, &hoursOpt, &elseOpt, &timeoutOpt, &atOpt})
        if (p.values(*o).size() > 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "--%1 may be given only once.").arg(o->names().first()));

    const std::pair<const QCommandLineOption *, StepKind> kinds[] = {{&ringOpt, StepKind::RingPhones}, {&forwardOpt, StepKind::Forward},
                                                                     {&voicemailOpt, StepKind::Voicemail}, {&mailOpt, StepKind::Email},
                                                                     {&hoursOpt, StepKind::OpeningHours}};
    QStringList given;
    CallPlanStep step;
    for (const auto &[opt, kind] : kinds)
        if (p.isSet(*opt)) {
            given << QStringLiteral("--") + opt->names().first();
            step.kind = kind;
        }
    if (given.isEmpty())
        return ctx.usage(QCoreApplication::translate("centralectl", "Give the kind of step: --ring, --forward, --voicemail, --mail or --hours."));
    const bool voicemailMail = p.isSet(voicemailOpt) && p.isSet(mailOpt) && given.size() == 2;
    if (voicemailMail) // --voicemail BOX --mail ADDRESS: where the box's messages are mailed
        step.kind = StepKind::Voicemail;
    else if (given.size() > 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "A step is of one kind; got %1.").arg(given.join(QStringLiteral(", "))));

    const bool rings = step.kind == StepKind::RingPhones || step.kind == StepKind::Forward;
    switch (step.kind) {
    case StepKind::RingPhones: step.targets = numberTargets(listArg(p.values(ringOpt))); break;
    case StepKind::Forward: step.targets = numberTargets(listArg(p.values(forwardOpt))); break;
    case StepKind::Email: step.targets = listArg(p.values(mailOpt)); break;
    case StepKind::Voicemail:
        step.text = p.value(voicemailOpt).trimmed();
        step.targets = listArg(p.values(mailOpt));
        break;
    case StepKind::OpeningHours: step.text = p.value(hoursOpt).trimmed(); break;
    }
    if (p.isSet(timeoutOpt)) {
        if (!rings)
            return ctx.usage(QCoreApplication::translate("centralectl", "--timeout goes with --ring or --forward only."));
        auto t = intArg(p.value(timeoutOpt), QStringLiteral("timeout"), 5, 300);
        if (!t)
            return ctx.usage(t.message());
        step.timeoutSeconds = t.value();
    }
    if (p.isSet(elseOpt)) {
        if (step.kind != StepKind::OpeningHours)
            return ctx.usage(QCoreApplication::translate("centralectl", "--else goes with --hours only."));
        // The range against the plan is validate()'s to judge; here only "is it a number".
        auto e = intArg(p.value(elseOpt), QStringLiteral("else"), 1, 9999);
        if (!e)
            return ctx.usage(e.message());
        step.elseStep = e.value() - 1; // names the step in the plan as it will be
    }

    int position = 0;
    return changeSteps(
        ctx, p.value(planOption()),
        [&](QList<CallPlanStep> &steps) -> Status {
            position = int(steps.size()) + 1;
            if (p.isSet(atOpt)) {
                auto at = intArg(p.value(atOpt), QStringLiteral("at"), 1, int(steps.size()) + 1);
                if (!at)
                    return at.error();
                position = at.value();
            }
            const int index = position - 1;
            // The steps from index on move one down: jumps to them follow.
            for (auto &s : steps)
                if (s.kind == StepKind::OpeningHours && s.elseStep >= index)
                    ++s.elseStep;
            steps.insert(index, step);
            return {};
        },
        [&](const CallPlan &plan) {
            if (ctx.json())
                ctx.printJson(stepsJson(plan.steps));
            else
                ctx.print(QCoreApplication::translate("centralectl", "Added step %1 to call plan \"%2\": %3")
                              .arg(position)
                              .arg(plan.name, describe(plan.steps.at(position - 1))));
        });
}

int stepList(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption(planOption());
    if (!ctx.parse(p, QStringLiteral("callplan step list"), QCoreApplication::translate("centralectl", "List the steps of a call plan, numbered from 1.")))
        return ctx.exitCode;
    if (!p.isSet(planOption()))
        return ctx.usage(QCoreApplication::translate("centralectl", "--callplan is required."));
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto plan = CallPlanRepository(**db).find(p.value(planOption()));
    if (!plan)
        return ctx.fail(plan.message());
    printSteps(ctx, plan.value());
    return Ok;
}

int stepRemove(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption(planOption());
    if (!ctx.parse(p, QStringLiteral("callplan step remove"), QCoreApplication::translate("centralectl", "Remove a step from a call plan."), QStringLiteral("N"),
                   QCoreApplication::translate("centralectl", "Position of the step, from 1.")))
        return ctx.exitCode;
    if (!p.isSet(planOption()))
        return ctx.usage(QCoreApplication::translate("centralectl", "--callplan is required."));
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "callplan step remove takes exactly one step number."));
    const QString arg = p.positionalArguments().first();
    CallPlanStep removed;
    int position = 0;
    return changeSteps(
        ctx, p.value(planOption()),
        [&](QList<CallPlanStep> &steps) -> Status {
            if (steps.isEmpty())
                return Status::fail(QCoreApplication::translate("centralectl", "The call plan has no steps to remove."));
            bool ok = false;
            position = arg.toInt(&ok);
            if (!ok || position < 1 || position > steps.size())
                return Status::fail(QCoreApplication::translate("centralectl", "Step number must be from 1 to %1, not \"%2\".").arg(steps.size()).arg(arg));
            const int index = position - 1;
            // A jump to the removed step has no unambiguous new target: the user decides.
            for (int i = 0; i < steps.size(); ++i)
                if (steps[i].kind == StepKind::OpeningHours && steps[i].elseStep == index)
                    return Status::fail(QCoreApplication::translate("centralectl", "Step %1 jumps to step %2 outside opening hours; remove or change step %1 first.")
                                            .arg(i + 1)
                                            .arg(position));
            removed = steps.takeAt(index);
            for (auto &s : steps)
                if (s.kind == StepKind::OpeningHours && s.elseStep > index)
                    --s.elseStep;
            return {};
        },
        [&](const CallPlan &plan) {
            if (ctx.json())
                ctx.printJson(stepsJson(plan.steps));
            else
                ctx.print(QCoreApplication::translate("centralectl", "Removed step %1 from call plan \"%2\": %3").arg(position).arg(plan.name, describe(removed)));
        });
}

} // namespace

int callPlanStepCommand(CtlContext &ctx)
{
    const QString usageLine = QStringLiteral("Usage: centralectl callplan step add|list|remove [options]\n");
    const QString action = ctx.args.size() > 1 ? ctx.args.at(1) : QString();
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        QTextStream(stdout) << usageLine;
        return Ok;
    }
    if (action.isEmpty() || action.startsWith(QLatin1Char('-'))) {
        QTextStream(stderr) << usageLine;
        return Usage;
    }
    ctx.args = QStringList{ctx.args.at(0)} + ctx.args.mid(2);
    if (action == QLatin1String("add"))
        return stepAdd(ctx);
    if (action == QLatin1String("list"))
        return stepList(ctx);
    if (action == QLatin1String("remove"))
        return stepRemove(ctx);
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"callplan step %1\"; use add, list or remove.").arg(action));
}

} // namespace centrale::ctl
