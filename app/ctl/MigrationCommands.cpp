// migration: PSTN/ISDN → SIP migration projects (seed 003 §7): the four phases' tasks,
// the current contracts with notice periods, numbers to port, and the porting letter.
#include "Args.h"
#include "CtlContext.h"
#include "letters/MigrationLetter.h"
#include "store/MigrationRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace centrale::ctl {

namespace {

QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QJsonValue jsonDate(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }

// YYYY-MM-DD; "none" (when allowed) clears a date and gives an invalid QDate.
Result<QDate> dateArg(const QString &text, const QString &option, bool allowNone = false)
{
    if (allowNone && text.trimmed() == QLatin1String("none"))
        return QDate();
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        return Result<QDate>::fail(QCoreApplication::translate("centralectl", "--%1 must be a date as YYYY-MM-DD%2, not \"%3\".").arg(option, allowNone ? QCoreApplication::translate("centralectl", " or none") : QString(), text), option);
    return d;
}

Result<qint64> idArg(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = QString(text).remove(QLatin1Char('#')).toLongLong(&ok);
    if (!ok || id <= 0)
        return Result<qint64>::fail(QCoreApplication::translate("centralectl", "%1 must be a number as shown by migration show, not \"%2\".").arg(what, text), what);
    return id;
}

QJsonObject toJson(const MigrationTask &t, const QDate &today)
{
    return QJsonObject{{QStringLiteral("id"), t.id},           {QStringLiteral("phase"), t.phase},          {QStringLiteral("title"), t.title},
                       {QStringLiteral("owner"), t.owner},     {QStringLiteral("due"), jsonDate(t.due)},    {QStringLiteral("done"), t.done},
                       {QStringLiteral("done_on"), jsonDate(t.doneOn)}, {QStringLiteral("overdue"), t.overdue(today)}};
}

QJsonObject toJson(const MigrationContract &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("provider"), c.provider},
                       {QStringLiteral("reference"), c.reference},
                       {QStringLiteral("end_date"), jsonDate(c.endDate)},
                       {QStringLiteral("notice_days"), c.noticeDays},
                       {QStringLiteral("cancel_by"), jsonDate(c.cancelBy())}};
}

QJsonObject toJson(const MigrationNumber &n)
{
    return QJsonObject{{QStringLiteral("number"), QString(QLatin1Char('+') + n.digits)},
                       {QStringLiteral("kind"), n.test ? QStringLiteral("test") : QStringLiteral("port")},
                       {QStringLiteral("wish_date"), jsonDate(n.wishDate)},
                       {QStringLiteral("porting_date"), jsonDate(n.portingDate)}};
}

QJsonObject toJson(const MigrationProject &p, const QDate &today, bool details)
{
    int done = 0;
    for (const auto &t : p.tasks)
        done += t.done ? 1 : 0;
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("customer"), p.customer},
                  {QStringLiteral("contact"), p.contact},
                  {QStringLiteral("address"), p.address},
                  {QStringLiteral("language"), p.language},
                  {QStringLiteral("status"), p.status},
                  {QStringLiteral("created"), jsonDate(p.created)},
                  {QStringLiteral("phase"), p.currentPhase()},
                  {QStringLiteral("tasks_done"), done},
                  {QStringLiteral("tasks_total"), int(p.tasks.size())}};
    if (details) {
        QJsonArray tasks, contracts, numbers;
        for (const auto &t : p.tasks)
            tasks.append(toJson(t, today));
        for (const auto &c : p.contracts)
            contracts.append(toJson(c));
        for (const auto &n : p.numbers)
            numbers.append(toJson(n));
        o.insert(QStringLiteral("tasks"), tasks);
        o.insert(QStringLiteral("contracts"), contracts);
        o.insert(QStringLiteral("numbers"), numbers);
    }
    return o;
}

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

// --json after a change of numbers: the project's numbers as they are now.
int printNumbersJson(CtlContext &ctx, Database &db, qint64 projectId)
{
    auto p = MigrationRepository(db).get(projectId);
    if (!p)
        return ctx.fail(p.message());
    QJsonArray a;
    for (const auto &n : p->numbers)
        a.append(toJson(n));
    ctx.printJson(a);
    return Ok;
}

// The project named by the first positional argument.
Result<MigrationProject> projectArg(CtlContext &ctx, const QCommandLineParser &p, Database &db)
{
    Q_UNUSED(ctx)
    return MigrationRepository(db).find(p.positionalArguments().value(0));
}

// "migration task|contract|number": the nested action word, or its usage line (for --help,
// bash completion reads the actions from it). Empty when the caller should return code.
QString nestedAction(CtlContext &ctx, const char *usageLine, int &code)
{
    const QString action = ctx.args.size() > 1 ? ctx.args.at(1) : QString();
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        QTextStream(stdout) << usageLine << "\n";
        code = Ok;
        return {};
    }
    if (action.isEmpty() || action.startsWith(QLatin1Char('-'))) {
        QTextStream(stderr) << usageLine << "\n";
        code = Usage;
        return {};
    }
    ctx.args = QStringList{ctx.args.at(0)} + ctx.args.mid(2);
    return action;
}

int taskCommand(CtlContext &ctx)
{
    int code = Ok;
    const QString action = nestedAction(ctx, "Usage: centralectl migration task done|undo|due|add [options]", code);
    if (action.isEmpty())
        return code;
    QCommandLineParser p;
    const QDate today = QDate::currentDate();
    if (action == QLatin1String("done") || action == QLatin1String("undo")) {
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
    if (action == QLatin1String("due")) {
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
    if (action == QLatin1String("add")) {
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
        if (p.isSet(dueOpt)) {
            auto due = dateArg(p.value(dueOpt), QStringLiteral("due"));
            if (!due)
                return ctx.usage(due.message());
            t.due = due.value();
        }
        if (auto v = validateMigrationTask(t); !v)
            return ctx.usage(QStringLiteral("--") + v.message());
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto project = projectArg(ctx, p, **db);
        if (!project)
            return ctx.fail(project.message());
        t.projectId = project->id;
        auto id = MigrationRepository(**db).addTask(t);
        if (!id)
            return ctx.fail(id.message());
        t.id = id.value();
        if (ctx.json())
            ctx.printJson(toJson(t, today));
        else
            ctx.print(QCoreApplication::translate("centralectl", "Added task #%1 to %2").arg(t.id).arg(migrationPhaseName(t.phase)));
        return Ok;
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"migration task %1\"; use done, undo, due or add.").arg(action));
}

int contractCommand(CtlContext &ctx)
{
    int code = Ok;
    const QString action = nestedAction(ctx, "Usage: centralectl migration contract add|remove [options]", code);
    if (action.isEmpty())
        return code;
    QCommandLineParser p;
    if (action == QLatin1String("add")) {
        const QCommandLineOption providerOpt(QStringLiteral("provider"), QCoreApplication::translate("centralectl", "The current telecom provider."), QStringLiteral("NAME"));
        const QCommandLineOption referenceOpt(QStringLiteral("reference"), QCoreApplication::translate("centralectl", "Customer or contract number at that provider."), QStringLiteral("TEXT"));
        const QCommandLineOption endOpt(QStringLiteral("end-date"), QCoreApplication::translate("centralectl", "When the contract ends or may end (YYYY-MM-DD)."), QStringLiteral("DATE"));
        const QCommandLineOption noticeOpt(QStringLiteral("notice-days"), QCoreApplication::translate("centralectl", "Notice period in days (default 30)."), QStringLiteral("DAYS"), QStringLiteral("30"));
        p.addOptions({providerOpt, referenceOpt, endOpt, noticeOpt});
        if (!ctx.parse(p, QStringLiteral("migration contract add"), QCoreApplication::translate("centralectl", "Record a current contract with its end date and notice period."), QStringLiteral("CUSTOMER"),
                       QCoreApplication::translate("centralectl", "The project's customer.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "migration contract add takes exactly one customer."));
        MigrationContract c;
        c.provider = p.value(providerOpt);
        c.reference = p.value(referenceOpt);
        if (!p.isSet(endOpt))
            return ctx.usage(QCoreApplication::translate("centralectl", "--end-date: the contract's end date is required (YYYY-MM-DD)."));
        auto end = dateArg(p.value(endOpt), QStringLiteral("end-date"));
        if (!end)
            return ctx.usage(end.message());
        c.endDate = end.value();
        auto notice = intArg(p.value(noticeOpt), QStringLiteral("notice-days"), 0, 730);
        if (!notice)
            return ctx.usage(notice.message());
        c.noticeDays = notice.value();
        if (auto v = validateMigrationContract(c); !v)
            return ctx.usage(QStringLiteral("--") + v.message());
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto project = projectArg(ctx, p, **db);
        if (!project)
            return ctx.fail(project.message());
        c.projectId = project->id;
        auto id = MigrationRepository(**db).addContract(c);
        if (!id)
            return ctx.fail(id.message());
        c.id = id.value();
        if (ctx.json())
            ctx.printJson(toJson(c));
        else
            ctx.print(QCoreApplication::translate("centralectl", "Added contract #%1 with %2; cancel by %3").arg(c.id).arg(c.provider, iso(c.cancelBy())));
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        if (!ctx.parse(p, QStringLiteral("migration contract remove"), QCoreApplication::translate("centralectl", "Remove a recorded contract."), QStringLiteral("ID"), QCoreApplication::translate("centralectl", "Contract number as migration show lists it.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "migration contract remove takes exactly one contract number."));
        auto id = idArg(p.positionalArguments().first(), QStringLiteral("contract"));
        if (!id)
            return ctx.usage(id.message());
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        if (auto s = MigrationRepository(**db).removeContract(id.value()); !s)
            return ctx.fail(s.message());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("removed_contract"), id.value()}});
        else
            ctx.print(QCoreApplication::translate("centralectl", "Removed contract #%1").arg(id.value()));
        return Ok;
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"migration contract %1\"; use add or remove.").arg(action));
}

int migrationNumberCommand(CtlContext &ctx)
{
    int code = Ok;
    const QString action = nestedAction(ctx, "Usage: centralectl migration number add|set|remove [options]", code);
    if (action.isEmpty())
        return code;
    QCommandLineParser p;
    const QCommandLineOption wishOpt(QStringLiteral("wish-date"), QCoreApplication::translate("centralectl", "The customer's wish date for porting (YYYY-MM-DD%1).").arg(action == QLatin1String("set") ? QCoreApplication::translate("centralectl", " or none") : QString()),
                                     QStringLiteral("DATE"));
    if (action == QLatin1String("add")) {
        const QCommandLineOption testOpt(QStringLiteral("test"), QCoreApplication::translate("centralectl", "Test numbers (used before porting, not ported)."));
        p.addOptions({wishOpt, testOpt});
        if (!ctx.parse(p, QStringLiteral("migration number add"), QCoreApplication::translate("centralectl", "Add numbers to port, or test numbers, to a migration project."), QStringLiteral("CUSTOMER E164..."),
                       QCoreApplication::translate("centralectl", "The project's customer, then the numbers.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() < 2)
            return ctx.usage(QCoreApplication::translate("centralectl", "migration number add takes a customer and at least one number."));
        QStringList digits;
        for (const auto &a : p.positionalArguments().mid(1)) {
            auto d = numberArg(a);
            if (!d)
                return ctx.usage(QCoreApplication::translate("centralectl", "number: ") + d.message());
            if (!digits.contains(d.value()))
                digits << d.value();
        }
        QDate wish;
        if (p.isSet(wishOpt)) {
            auto w = dateArg(p.value(wishOpt), QStringLiteral("wish-date"));
            if (!w)
                return ctx.usage(w.message());
            wish = w.value();
        }
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto project = projectArg(ctx, p, **db);
        if (!project)
            return ctx.fail(project.message());
        if (auto s = MigrationRepository(**db).addNumbers(project->id, digits, p.isSet(testOpt), wish); !s)
            return ctx.fail(s.message());
        if (ctx.json())
            return printNumbersJson(ctx, **db, project->id);
        for (const auto &d : digits)
            ctx.print((p.isSet(testOpt) ? QCoreApplication::translate("centralectl", "Added test number +%1") : QCoreApplication::translate("centralectl", "Added +%1 to port")).arg(d));
        return Ok;
    }
    if (action == QLatin1String("set")) {
        const QCommandLineOption portingOpt(QStringLiteral("porting-date"), QCoreApplication::translate("centralectl", "The definitive porting date (YYYY-MM-DD or none)."), QStringLiteral("DATE"));
        p.addOptions({wishOpt, portingOpt});
        if (!ctx.parse(p, QStringLiteral("migration number set"), QCoreApplication::translate("centralectl", "Set the wish date or definitive porting date of a number to port."), QStringLiteral("CUSTOMER E164"),
                       QCoreApplication::translate("centralectl", "The project's customer and the number.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 2)
            return ctx.usage(QCoreApplication::translate("centralectl", "migration number set takes a customer and one number."));
        if (!p.isSet(wishOpt) && !p.isSet(portingOpt))
            return ctx.usage(QCoreApplication::translate("centralectl", "migration number set needs --wish-date or --porting-date."));
        auto d = numberArg(p.positionalArguments().at(1));
        if (!d)
            return ctx.usage(QCoreApplication::translate("centralectl", "number: ") + d.message());
        std::optional<QDate> wish, porting;
        if (p.isSet(wishOpt)) {
            auto w = dateArg(p.value(wishOpt), QStringLiteral("wish-date"), true);
            if (!w)
                return ctx.usage(w.message());
            wish = w.value();
        }
        if (p.isSet(portingOpt)) {
            auto w = dateArg(p.value(portingOpt), QStringLiteral("porting-date"), true);
            if (!w)
                return ctx.usage(w.message());
            porting = w.value();
        }
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto project = projectArg(ctx, p, **db);
        if (!project)
            return ctx.fail(project.message());
        if (auto s = MigrationRepository(**db).setNumberDates(project->id, d.value(), wish, porting); !s)
            return ctx.fail(s.message());
        if (ctx.json())
            return printNumbersJson(ctx, **db, project->id);
        ctx.print(QCoreApplication::translate("centralectl", "Updated +%1").arg(d.value()));
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        if (!ctx.parse(p, QStringLiteral("migration number remove"), QCoreApplication::translate("centralectl", "Remove a number from a migration project."), QStringLiteral("CUSTOMER E164"),
                       QCoreApplication::translate("centralectl", "The project's customer and the number.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 2)
            return ctx.usage(QCoreApplication::translate("centralectl", "migration number remove takes a customer and one number."));
        auto d = numberArg(p.positionalArguments().at(1));
        if (!d)
            return ctx.usage(QCoreApplication::translate("centralectl", "number: ") + d.message());
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto project = projectArg(ctx, p, **db);
        if (!project)
            return ctx.fail(project.message());
        if (auto s = MigrationRepository(**db).removeNumber(project->id, d.value()); !s)
            return ctx.fail(s.message());
        if (ctx.json())
            return printNumbersJson(ctx, **db, project->id);
        ctx.print(QCoreApplication::translate("centralectl", "Removed +%1").arg(d.value()));
        return Ok;
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"migration number %1\"; use add, set or remove.").arg(action));
}

} // namespace

int migrationCommand(CtlContext &ctx, const QString &action)
{
    if (action == QLatin1String("task"))
        return taskCommand(ctx);
    if (action == QLatin1String("contract"))
        return contractCommand(ctx);
    if (action == QLatin1String("number"))
        return migrationNumberCommand(ctx);
    QCommandLineParser p;
    const QDate today = QDate::currentDate();
    const QCommandLineOption contactOpt(QStringLiteral("contact"), QCoreApplication::translate("centralectl", "The customer's contact person (signs the letter)."), QStringLiteral("NAME"));
    const QCommandLineOption addressOpt(QStringLiteral("address"), QCoreApplication::translate("centralectl", "The customer's postal address for the letter (lines separated by \\n)."), QStringLiteral("TEXT"));
    const QCommandLineOption languageOpt(QStringLiteral("language"), QCoreApplication::translate("centralectl", "Language of tasks and letters: nl or en."), QStringLiteral("LANG"));
    if (action == QLatin1String("add")) {
        const QCommandLineOption customerOpt(QStringLiteral("customer"), QCoreApplication::translate("centralectl", "The customer's name."), QStringLiteral("NAME"));
        p.addOptions({customerOpt, contactOpt, addressOpt, languageOpt});
        if (!ctx.parse(p, QStringLiteral("migration add"), QCoreApplication::translate("centralectl", "Start a PSTN/ISDN to SIP migration project; it gets the standard tasks of the four phases.")))
            return ctx.exitCode;
        MigrationProject project;
        project.customer = p.value(customerOpt);
        project.contact = p.value(contactOpt);
        project.address = p.value(addressOpt).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        project.language = p.isSet(languageOpt) ? p.value(languageOpt) : QStringLiteral("nl");
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
    if (action == QLatin1String("list")) {
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
        for (const auto &pr : all.value()) {
            int done = 0;
            for (const auto &t : pr.tasks)
                done += t.done ? 1 : 0;
            ctx.print(QStringLiteral("%1  %2  %3  %4/%5").arg(pr.customer.leftJustified(30), migrationStatusName(pr.status).leftJustified(10), migrationPhaseName(pr.currentPhase()).leftJustified(18)).arg(done).arg(pr.tasks.size()));
        }
        return Ok;
    }
    if (action == QLatin1String("show") || action == QLatin1String("remove")) {
        const bool show = action == QLatin1String("show");
        if (!ctx.parse(p, QStringLiteral("migration ") + action, show ? QCoreApplication::translate("centralectl", "Show a migration project: tasks per phase, contracts, numbers.") : QCoreApplication::translate("centralectl", "Remove a migration project with its tasks, contracts and numbers."),
                       QStringLiteral("CUSTOMER"), QCoreApplication::translate("centralectl", "The project's customer.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "migration %1 takes exactly one customer.").arg(action));
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto project = projectArg(ctx, p, **db);
        if (!project)
            return ctx.fail(project.message());
        if (!show) {
            if (auto s = MigrationRepository(**db).remove(project->id); !s)
                return ctx.fail(s.message());
            if (ctx.json())
                ctx.printJson(QJsonObject{{QStringLiteral("removed"), project->customer}});
            else
                ctx.print(QCoreApplication::translate("centralectl", "Removed migration project %1").arg(project->customer));
            return Ok;
        }
        if (ctx.json())
            ctx.printJson(toJson(project.value(), today, true));
        else
            ctx.print(describe(project.value(), today));
        return Ok;
    }
    if (action == QLatin1String("set")) {
        const QCommandLineOption statusOpt(QStringLiteral("status"), QCoreApplication::translate("centralectl", "active, done or cancelled."), QStringLiteral("STATUS"));
        const QCommandLineOption renameOpt(QStringLiteral("rename"), QCoreApplication::translate("centralectl", "A new name for the customer."), QStringLiteral("NAME"));
        p.addOptions({contactOpt, addressOpt, languageOpt, statusOpt, renameOpt});
        if (!ctx.parse(p, QStringLiteral("migration set"), QCoreApplication::translate("centralectl", "Change a migration project's contact, address, language, status or customer name."), QStringLiteral("CUSTOMER"),
                       QCoreApplication::translate("centralectl", "The project's customer.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "migration set takes exactly one customer."));
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto project = projectArg(ctx, p, **db);
        if (!project)
            return ctx.fail(project.message());
        MigrationProject changed = project.value();
        if (p.isSet(contactOpt))
            changed.contact = p.value(contactOpt);
        if (p.isSet(addressOpt))
            changed.address = p.value(addressOpt).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        if (p.isSet(languageOpt))
            changed.language = p.value(languageOpt);
        if (p.isSet(statusOpt))
            changed.status = p.value(statusOpt);
        if (p.isSet(renameOpt))
            changed.customer = p.value(renameOpt);
        if (auto v = validateMigrationProject(changed); !v)
            return ctx.usage(QStringLiteral("--") + v.message());
        if (auto s = MigrationRepository(**db).update(changed); !s)
            return ctx.fail(s.message());
        auto updated = MigrationRepository(**db).get(changed.id);
        if (!updated)
            return ctx.fail(updated.message());
        if (ctx.json())
            ctx.printJson(toJson(updated.value(), today, false));
        else
            ctx.print(QCoreApplication::translate("centralectl", "Updated migration project %1").arg(updated->customer));
        return Ok;
    }
    if (action == QLatin1String("attention")) {
        const QCommandLineOption daysOpt(QStringLiteral("days"), QCoreApplication::translate("centralectl", "How far ahead porting dates and cancellation deadlines count (default 14)."), QStringLiteral("N"),
                                         QStringLiteral("14"));
        const QCommandLineOption todayOpt(QStringLiteral("today"), QCoreApplication::translate("centralectl", "Take this day as today (YYYY-MM-DD)."), QStringLiteral("DATE"));
        p.addOptions({daysOpt, todayOpt});
        if (!ctx.parse(p, QStringLiteral("migration attention"), QCoreApplication::translate("centralectl", "Overdue tasks, coming porting dates and cancellation deadlines of active projects.")))
            return ctx.exitCode;
        auto days = intArg(p.value(daysOpt), QStringLiteral("days"), 0, 365);
        if (!days)
            return ctx.usage(days.message());
        QDate day = today;
        if (p.isSet(todayOpt)) {
            auto d = dateArg(p.value(todayOpt), QStringLiteral("today"));
            if (!d)
                return ctx.usage(d.message());
            day = d.value();
        }
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto items = MigrationRepository(**db).attention(day, days.value());
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
    if (action == QLatin1String("letter")) {
        const QCommandLineOption outOpt(QStringLiteral("out"), QCoreApplication::translate("centralectl", "Write the letter to this PDF file."), QStringLiteral("FILE.pdf"));
        const QCommandLineOption providerOpt(QStringLiteral("provider"), QCoreApplication::translate("centralectl", "The provider the letter is for (needed when there are several contracts)."), QStringLiteral("NAME"));
        const QCommandLineOption dateOpt(QStringLiteral("date"), QCoreApplication::translate("centralectl", "The letter's date (default today, YYYY-MM-DD)."), QStringLiteral("DATE"));
        p.addOptions({outOpt, providerOpt, dateOpt});
        if (!ctx.parse(p, QStringLiteral("migration letter"), QCoreApplication::translate("centralectl", "Write the cancellation and number porting letter to the current provider as PDF, in the project's language."),
                       QStringLiteral("CUSTOMER"), QCoreApplication::translate("centralectl", "The project's customer.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "migration letter takes exactly one customer."));
        if (!p.isSet(outOpt) || p.value(outOpt).isEmpty())
            return ctx.usage(QCoreApplication::translate("centralectl", "--out: give the PDF file to write."));
        QDate date = today;
        if (p.isSet(dateOpt)) {
            auto d = dateArg(p.value(dateOpt), QStringLiteral("date"));
            if (!d)
                return ctx.usage(d.message());
            date = d.value();
        }
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto project = projectArg(ctx, p, **db);
        if (!project)
            return ctx.fail(project.message());
        auto letter = letters::portingLetter(project.value(), p.value(providerOpt), date);
        if (!letter)
            return ctx.fail(letter.message());
        if (auto s = letters::writePortingLetterPdf(letter.value(), p.value(outOpt)); !s)
            return ctx.fail(s.message());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("file"), p.value(outOpt)}, {QStringLiteral("provider"), letter->contract.provider}, {QStringLiteral("language"), project->language}});
        else
            ctx.print(QCoreApplication::translate("centralectl", "Wrote the letter to %1 for %2").arg(p.value(outOpt), letter->contract.provider));
        return Ok;
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"migration %1\"; use add, list, show, set, remove, task, contract, number, attention or letter.").arg(action));
}

} // namespace centrale::ctl
