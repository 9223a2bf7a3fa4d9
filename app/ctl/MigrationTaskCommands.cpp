// migration task done|undo|due|add: the tasks of a project's four phases.
#include "Args.h"
#include "MigrationCli.h"
#include "store/MigrationRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace centrale::ctl::migrationcli {

namespace {

int markDone(CtlContext &ctx, QCommandLineParser &p, const QString &action, const QDate &today)
{
    const bool done = action == QLatin1String("done");
    if (!ctx.parse(p, QStringLiteral("migration task ") + action, done ? QCoreApplication::translate("centralectl", "Mark tasks of a migration project as done.") : QCoreApplication::translate("centralectl", "Mark tasks as not done again."),
                   QStringLiteral("ID..."), QCoreApplication::translate("centralectl", "Task numbers as migration show lists them (#12 or 12).")))
        return ctx.exitCode;
    if (p.positionalArguments().isEmpty())
        return ctx.usage(QCoreApplication::translate("centralectl", "migration task %1 needs at least one task number.").arg(action));
    QList<qint64> ids;
    for (const auto &a : p.positionalArguments()) {
        auto id = idArg(a, QStringLiteral("task"));
        if (!id)
            return ctx.usage(id.message());
        ids << id.value();
    }
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    MigrationRepository repo(**db);
    QList<MigrationTask> changed;
    // All or nothing: one transaction around every task given.
    Status s = (*db)->transaction([&]() -> Status {
        for (qint64 id : ids) {
            auto t = repo.setTaskDone(id, done, today);
            if (!t)
                return t.error();
            changed << t.value();
        }
        return {};
    });
    if (!s)
        return ctx.fail(s.message());
    QJsonArray a;
    for (const auto &t : changed) {
        a.append(toJson(t, today));
        if (!ctx.json())
            ctx.print((done ? QCoreApplication::translate("centralectl", "Done: #%1 %2") : QCoreApplication::translate("centralectl", "Not done: #%1 %2")).arg(t.id).arg(t.title));
    }
    if (ctx.json())
        ctx.printJson(a);
    return Ok;
}

int setDue(CtlContext &ctx, QCommandLineParser &p, const QDate &today)
{
    if (!ctx.parse(p, QStringLiteral("migration task due"), QCoreApplication::translate("centralectl", "Set or clear the due date of a task."), QStringLiteral("ID DATE"),
                   QCoreApplication::translate("centralectl", "Task number, and YYYY-MM-DD or none.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 2)
        return ctx.usage(QCoreApplication::translate("centralectl", "migration task due takes a task number and a date (YYYY-MM-DD or none)."));
    auto id = idArg(p.positionalArguments().at(0), QStringLiteral("task"));
    if (!id)
        return ctx.usage(id.message());
    auto due = dateArg(p.positionalArguments().at(1), QStringLiteral("due"), true);
    if (!due)
        return ctx.usage(due.message());
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto t = MigrationRepository(**db).setTaskDue(id.value(), due.value());
    if (!t)
        return ctx.fail(t.message());
    if (ctx.json())
        ctx.printJson(toJson(t.value(), today));
    else
        ctx.print(t->due.isValid() ? QCoreApplication::translate("centralectl", "#%1 %2 is due %3").arg(t->id).arg(t->title, iso(t->due)) : QCoreApplication::translate("centralectl", "#%1 %2 has no due date").arg(t->id).arg(t->title));
    return Ok;
}

int add(CtlContext &ctx, QCommandLineParser &p, const QDate &today)
{
    const QCommandLineOption phaseOpt(QStringLiteral("phase"), QCoreApplication::translate("centralectl", "Phase 1 (survey), 2 (order), 3 (implementation) or 4 (maintenance)."), QStringLiteral("N"));
    const QCommandLineOption ownerOpt(QStringLiteral("owner"), QCoreApplication::translate("centralectl", "Who does it: customer, provider or both."), QStringLiteral("WHO"));
    const QCommandLineOption titleOpt(QStringLiteral("title"), QCoreApplication::translate("centralectl", "What is to be done."), QStringLiteral("TEXT"));
    const QCommandLineOption dueOpt(QStringLiteral("due"), QCoreApplication::translate("centralectl", "Due date (YYYY-MM-DD)."), QStringLiteral("DATE"));
    p.addOptions({phaseOpt, ownerOpt, titleOpt, dueOpt});
    if (!ctx.parse(p, QStringLiteral("migration task add"), QCoreApplication::translate("centralectl", "Add a task to a phase of a migration project."), QStringLiteral("CUSTOMER"), QCoreApplication::translate("centralectl", "The project's customer.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "migration task add takes exactly one customer."));
    MigrationTask t;
    auto phase = intArg(p.value(phaseOpt), QStringLiteral("phase"), 1, kMigrationPhases);
    if (!phase)
        return ctx.usage(phase.message());
    t.phase = phase.value();
    t.owner = p.isSet(ownerOpt) ? p.value(ownerOpt) : QStringLiteral("provider");
    t.title = p.value(titleOpt);
    auto due = dateOption(p, dueOpt);
    if (!due)
        return ctx.usage(due.message());
    t.due = due->value_or(QDate());
    if (auto v = validateMigrationTask(t); !v)
        return ctx.usage(QStringLiteral("--") + v.message());
    auto open = openProject(ctx, p);
    if (!open)
        return ctx.fail(open.message());
    t.projectId = open->project.id;
    auto id = MigrationRepository(*open->db).addTask(t);
    if (!id)
        return ctx.fail(id.message());
    t.id = id.value();
    if (ctx.json())
        ctx.printJson(toJson(t, today));
    else
        ctx.print(QCoreApplication::translate("centralectl", "Added task #%1 to %2").arg(t.id).arg(migrationPhaseName(t.phase)));
    return Ok;
}

} // namespace

int taskCommand(CtlContext &ctx)
{
    int code = Ok;
    const QString action = nestedAction(ctx, "Usage: centralectl migration task done|undo|due|add [options]", code);
    if (action.isEmpty())
        return code;
    QCommandLineParser p;
    const QDate today = QDate::currentDate();
    if (action == QLatin1String("done") || action == QLatin1String("undo"))
        return markDone(ctx, p, action, today);
    if (action == QLatin1String("due"))
        return setDue(ctx, p, today);
    if (action == QLatin1String("add"))
        return add(ctx, p, today);
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"migration task %1\"; use done, undo, due or add.").arg(action));
}

} // namespace centrale::ctl::migrationcli
