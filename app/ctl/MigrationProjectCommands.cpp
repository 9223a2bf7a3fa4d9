// migration: PSTN/ISDN → SIP migration projects (seed 003 §7). This file holds the projects
// themselves (add, list, show, set, remove, attention) and hands task, contract, number and
// letter to their own files.
#include "Args.h"
#include "MigrationCli.h"
#include "store/MigrationRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace centrale::ctl {

using namespace migrationcli;

namespace {

QString describe(const MigrationProject &p, const QDate &today)
{
    QStringList out;
    out << QStringLiteral("%1  (%2, %3)").arg(p.customer, migrationStatusName(p.status), migrationPhaseName(p.currentPhase()));
    out << QCoreApplication::translate("centralectl", "Contact: %1   Language: %2   Created: %3").arg(p.contact.isEmpty() ? QStringLiteral("-") : p.contact, p.language, iso(p.created));
    if (!p.address.isEmpty())
        out << QCoreApplication::translate("centralectl", "Address: %1").arg(QString(p.address).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    int phase = 0;
    for (const auto &t : p.tasks) {
        if (t.phase != phase) {
            phase = t.phase;
            out << QString() << migrationPhaseName(phase);
        }
        QString due = t.due.isValid() ? QCoreApplication::translate("centralectl", "due %1").arg(iso(t.due)) : QString();
        if (t.overdue(today))
            due += QCoreApplication::translate("centralectl", " (overdue)");
        out << QStringLiteral("  [%1] #%2  %3  %4%5")
                   .arg(t.done ? QStringLiteral("x") : QStringLiteral(" "), QString::number(t.id).leftJustified(4), migrationOwnerName(t.owner).leftJustified(22), t.title,
                        due.isEmpty() ? QString() : QStringLiteral("  ") + due);
    }
    out << QString() << QCoreApplication::translate("centralectl", "Current contracts:");
    if (p.contracts.isEmpty())
        out << QCoreApplication::translate("centralectl", "  none yet (migration contract add)");
    for (const auto &c : p.contracts)
        out << QCoreApplication::translate("centralectl", "  #%1  %2  %3  ends %4, notice %5 days, cancel by %6")
                   .arg(QString::number(c.id), c.provider, c.reference.isEmpty() ? QStringLiteral("-") : c.reference, iso(c.endDate), QString::number(c.noticeDays), iso(c.cancelBy()));
    out << QString() << QCoreApplication::translate("centralectl", "Numbers to port:");
    QStringList tests;
    for (const auto &n : p.numbers) {
        if (n.test) {
            tests << QLatin1Char('+') + n.digits;
            continue;
        }
        out << QCoreApplication::translate("centralectl", "  +%1  wish date %2  porting date %3").arg(n.digits, n.wishDate.isValid() ? iso(n.wishDate) : QStringLiteral("-"), n.portingDate.isValid() ? iso(n.portingDate) : QStringLiteral("-"));
    }
    out << QCoreApplication::translate("centralectl", "Test numbers: %1").arg(tests.isEmpty() ? QStringLiteral("-") : tests.join(QStringLiteral(", ")));
    return out.join(QLatin1Char('\n'));
}

QString attentionText(const MigrationAttention &a)
{
    switch (a.kind) {
    case MigrationAttention::OverdueTask: return QCoreApplication::translate("centralectl", "%1  %2  overdue task #%3: %4").arg(iso(a.date), a.customer).arg(a.taskId).arg(a.subject);
    case MigrationAttention::PortingSoon: return QCoreApplication::translate("centralectl", "%1  %2  porting %3").arg(iso(a.date), a.customer, a.subject);
    case MigrationAttention::NoticeDeadline: return QCoreApplication::translate("centralectl", "%1  %2  last day to cancel the contract with %3").arg(iso(a.date), a.customer, a.subject);
    }
    return {};
}

// The options add and set share.
struct ProjectOptions {
    QCommandLineOption contact{QStringLiteral("contact"), QCoreApplication::translate("centralectl", "The customer's contact person (signs the letter)."), QStringLiteral("NAME")};
    QCommandLineOption address{QStringLiteral("address"), QCoreApplication::translate("centralectl", "The customer's postal address for the letter (lines separated by \\n)."), QStringLiteral("TEXT")};
    QCommandLineOption language{QStringLiteral("language"), QCoreApplication::translate("centralectl", "Language of tasks and letters: nl or en."), QStringLiteral("LANG")};

    // Takes what the command line gives into p.
    void apply(const QCommandLineParser &parser, MigrationProject &p) const
    {
        if (parser.isSet(contact))
            p.contact = parser.value(contact);
        if (parser.isSet(address))
            p.address = parser.value(address).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        if (parser.isSet(language))
            p.language = parser.value(language);
    }
};

int add(CtlContext &ctx, QCommandLineParser &p, const QDate &today)
{
    const ProjectOptions o;
    const QCommandLineOption customerOpt(QStringLiteral("customer"), QCoreApplication::translate("centralectl", "The customer's name."), QStringLiteral("NAME"));
    p.addOptions({customerOpt, o.contact, o.address, o.language});
    if (!ctx.parse(p, QStringLiteral("migration add"), QCoreApplication::translate("centralectl", "Start a PSTN/ISDN to SIP migration project; it gets the standard tasks of the four phases.")))
        return ctx.exitCode;
    MigrationProject project;
    project.customer = p.value(customerOpt);
    o.apply(p, project); // the language is nl unless given
    if (auto v = validateMigrationProject(project); !v)
        return ctx.usage(QStringLiteral("--") + v.message());
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    MigrationRepository repo(**db);
    auto id = repo.add(project, today);
    if (!id)
        return ctx.fail(id.message());
    auto created = repo.get(id.value());
    if (!created)
        return ctx.fail(created.message());
    if (ctx.json())
        ctx.printJson(toJson(created.value(), today, true));
    else
        ctx.print(QCoreApplication::translate("centralectl", "Added migration project %1 with %2 standard tasks").arg(created->customer).arg(created->tasks.size()));
    return Ok;
}

int list(CtlContext &ctx, QCommandLineParser &p, const QDate &today)
{
    if (!ctx.parse(p, QStringLiteral("migration list"), QCoreApplication::translate("centralectl", "List migration projects with their status, phase and progress.")))
        return ctx.exitCode;
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto all = MigrationRepository(**db).list();
    if (!all)
        return ctx.fail(all.message());
    if (ctx.json()) {
        QJsonArray a;
        for (const auto &pr : all.value())
            a.append(toJson(pr, today, false));
        ctx.printJson(a);
        return Ok;
    }
    if (all->isEmpty())
        ctx.print(QCoreApplication::translate("centralectl", "No migration projects yet (migration add --customer NAME)."));
    for (const auto &pr : all.value())
        ctx.print(QStringLiteral("%1  %2  %3  %4/%5").arg(pr.customer.leftJustified(30), migrationStatusName(pr.status).leftJustified(10), migrationPhaseName(pr.currentPhase()).leftJustified(18)).arg(tasksDone(pr)).arg(pr.tasks.size()));
    return Ok;
}

int showOrRemove(CtlContext &ctx, QCommandLineParser &p, const QString &action, const QDate &today)
{
    const bool show = action == QLatin1String("show");
    if (!ctx.parse(p, QStringLiteral("migration ") + action, show ? QCoreApplication::translate("centralectl", "Show a migration project: tasks per phase, contracts, numbers.") : QCoreApplication::translate("centralectl", "Remove a migration project with its tasks, contracts and numbers."),
                   QStringLiteral("CUSTOMER"), QCoreApplication::translate("centralectl", "The project's customer.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "migration %1 takes exactly one customer.").arg(action));
    auto open = openProject(ctx, p);
    if (!open)
        return ctx.fail(open.message());
    const MigrationProject &project = open->project;
    if (!show) {
        if (auto s = MigrationRepository(*open->db).remove(project.id); !s)
            return ctx.fail(s.message());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("removed"), project.customer}});
        else
            ctx.print(QCoreApplication::translate("centralectl", "Removed migration project %1").arg(project.customer));
        return Ok;
    }
    if (ctx.json())
        ctx.printJson(toJson(project, today, true));
    else
        ctx.print(describe(project, today));
    return Ok;
}

int set(CtlContext &ctx, QCommandLineParser &p, const QDate &today)
{
    const ProjectOptions o;
    const QCommandLineOption statusOpt(QStringLiteral("status"), QCoreApplication::translate("centralectl", "active, done or cancelled."), QStringLiteral("STATUS"));
    const QCommandLineOption renameOpt(QStringLiteral("rename"), QCoreApplication::translate("centralectl", "A new name for the customer."), QStringLiteral("NAME"));
    p.addOptions({o.contact, o.address, o.language, statusOpt, renameOpt});
    if (!ctx.parse(p, QStringLiteral("migration set"), QCoreApplication::translate("centralectl", "Change a migration project's contact, address, language, status or customer name."), QStringLiteral("CUSTOMER"),
                   QCoreApplication::translate("centralectl", "The project's customer.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "migration set takes exactly one customer."));
    auto open = openProject(ctx, p);
    if (!open)
        return ctx.fail(open.message());
    MigrationProject changed = open->project;
    o.apply(p, changed);
    if (p.isSet(statusOpt))
        changed.status = p.value(statusOpt);
    if (p.isSet(renameOpt))
        changed.customer = p.value(renameOpt);
    if (auto v = validateMigrationProject(changed); !v)
        return ctx.usage(QStringLiteral("--") + v.message());
    MigrationRepository repo(*open->db);
    if (auto s = repo.update(changed); !s)
        return ctx.fail(s.message());
    auto updated = repo.get(changed.id);
    if (!updated)
        return ctx.fail(updated.message());
    if (ctx.json())
        ctx.printJson(toJson(updated.value(), today, false));
    else
        ctx.print(QCoreApplication::translate("centralectl", "Updated migration project %1").arg(updated->customer));
    return Ok;
}

int attention(CtlContext &ctx, QCommandLineParser &p, const QDate &today)
{
    const QCommandLineOption daysOpt(QStringLiteral("days"), QCoreApplication::translate("centralectl", "How far ahead porting dates and cancellation deadlines count (default 14)."), QStringLiteral("N"),
                                     QStringLiteral("14"));
    const QCommandLineOption todayOpt(QStringLiteral("today"), QCoreApplication::translate("centralectl", "Take this day as today (YYYY-MM-DD)."), QStringLiteral("DATE"));
    p.addOptions({daysOpt, todayOpt});
    if (!ctx.parse(p, QStringLiteral("migration attention"), QCoreApplication::translate("centralectl", "Overdue tasks, coming porting dates and cancellation deadlines of active projects.")))
        return ctx.exitCode;
    auto days = intArg(p.value(daysOpt), QStringLiteral("days"), 0, 365);
    if (!days)
        return ctx.usage(days.message());
    auto day = dateOption(p, todayOpt);
    if (!day)
        return ctx.usage(day.message());
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto items = MigrationRepository(**db).attention(day->value_or(today), days.value());
    if (!items)
        return ctx.fail(items.message());
    if (ctx.json()) {
        QJsonArray a;
        for (const auto &i : items.value()) {
            QJsonObject o{{QStringLiteral("kind"), attentionKindKey(i.kind)}, {QStringLiteral("customer"), i.customer}, {QStringLiteral("date"), jsonDate(i.date)},
                          {QStringLiteral("subject"), i.subject}};
            if (i.taskId)
                o.insert(QStringLiteral("task"), i.taskId);
            a.append(o);
        }
        ctx.printJson(a);
        return Ok;
    }
    if (items->isEmpty())
        ctx.print(QCoreApplication::translate("centralectl", "Nothing needs attention."));
    for (const auto &i : items.value())
        ctx.print(attentionText(i));
    return Ok;
}

} // namespace

int migrationCommand(CtlContext &ctx, const QString &action)
{
    if (action == QLatin1String("task"))
        return taskCommand(ctx);
    if (action == QLatin1String("contract"))
        return contractCommand(ctx);
    if (action == QLatin1String("number"))
        return migrationcli::numberCommand(ctx);
    if (action == QLatin1String("letter"))
        return letterCommand(ctx);
    QCommandLineParser p;
    const QDate today = QDate::currentDate();
    if (action == QLatin1String("add"))
        return add(ctx, p, today);
    if (action == QLatin1String("list"))
        return list(ctx, p, today);
    if (action == QLatin1String("show") || action == QLatin1String("remove"))
        return showOrRemove(ctx, p, action, today);
    if (action == QLatin1String("set"))
        return set(ctx, p, today);
    if (action == QLatin1String("attention"))
        return attention(ctx, p, today);
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"migration %1\"; use add, list, show, set, remove, task, contract, number, attention or letter.").arg(action));
}

} // namespace centrale::ctl
