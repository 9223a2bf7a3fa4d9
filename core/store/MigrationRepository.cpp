#include "store/MigrationRepository.h"
#include "store/RowMapping.h"

#include <QMap>
#include <algorithm>

namespace centrale {

namespace {

using rows::column;
using rows::dateFrom;
using rows::dateValue;

const rows::RowMap<MigrationProject> kProjects{
    column(QStringLiteral("id"), &MigrationProject::id),           column(QStringLiteral("customer"), &MigrationProject::customer),
    column(QStringLiteral("contact"), &MigrationProject::contact), column(QStringLiteral("address"), &MigrationProject::address),
    column(QStringLiteral("language"), &MigrationProject::language), column(QStringLiteral("status"), &MigrationProject::status),
    column(QStringLiteral("created"), &MigrationProject::created)};

const rows::RowMap<MigrationTask> kTasks{
    column(QStringLiteral("id"), &MigrationTask::id),       column(QStringLiteral("project_id"), &MigrationTask::projectId),
    column(QStringLiteral("phase"), &MigrationTask::phase), column(QStringLiteral("position"), &MigrationTask::position),
    column(QStringLiteral("title"), &MigrationTask::title), column(QStringLiteral("owner"), &MigrationTask::owner),
    column(QStringLiteral("due_date"), &MigrationTask::due), column(QStringLiteral("done"), &MigrationTask::done),
    column(QStringLiteral("done_date"), &MigrationTask::doneOn)};

const rows::RowMap<MigrationContract> kContracts{
    column(QStringLiteral("id"), &MigrationContract::id),                column(QStringLiteral("project_id"), &MigrationContract::projectId),
    column(QStringLiteral("provider"), &MigrationContract::provider),    column(QStringLiteral("reference"), &MigrationContract::reference),
    column(QStringLiteral("end_date"), &MigrationContract::endDate),     column(QStringLiteral("notice_days"), &MigrationContract::noticeDays)};

const rows::RowMap<MigrationNumber> kNumbers{
    column(QStringLiteral("project_id"), &MigrationNumber::projectId), column(QStringLiteral("digits"), &MigrationNumber::digits),
    {QStringLiteral("kind"), [](MigrationNumber &n, const QVariant &v) { n.test = v.toString() == QLatin1String("test"); }},
    column(QStringLiteral("wish_date"), &MigrationNumber::wishDate),   column(QStringLiteral("porting_date"), &MigrationNumber::portingDate)};

QString noProject(qint64 id) { return QCoreApplication::translate("Migration", "There is no migration project %1.").arg(id); }
QString noTask(qint64 id) { return QCoreApplication::translate("Migration", "task: there is no task %1.").arg(id); }

Status projectExists(Database &db, qint64 projectId)
{
    auto p = db.exec(QStringLiteral("SELECT 1 FROM migration_projects WHERE id = ?"), {projectId});
    if (!p)
        return p.error();
    if (!p->next())
        return Status::fail(noProject(projectId), QStringLiteral("project"));
    return {};
}

// Inserts a row that belongs to a project, once the project is known to exist; the row's id.
Result<qint64> insertForProject(Database &db, qint64 projectId, const QString &sql, const QVariantList &values)
{
    qint64 id = 0;
    Status s = db.transaction([&]() -> Status {
        if (auto known = projectExists(db, projectId); !known)
            return known;
        auto r = db.exec(sql, values);
        if (!r)
            return r.error();
        id = r->lastInsertId().toLongLong();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

// Changes one task (the task's id is the last value); the error names a task that is not there.
Status updateTask(Database &db, const QString &sql, const QVariantList &values)
{
    return db.transaction([&]() -> Status {
        auto r = db.exec(sql, values);
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return Status::fail(noTask(values.constLast().toLongLong()), QStringLiteral("task"));
        return {};
    });
}

} // namespace

Result<qint64> MigrationRepository::add(const MigrationProject &input, const QDate &today)
{
    MigrationProject p = input;
    p.customer = p.customer.trimmed();
    if (auto v = validateMigrationProject(p); !v)
        return v.error();
    const QList<StandardTask> standard = standardTasks(p.language);
    if (standard.isEmpty())
        return Result<qint64>::fail(QCoreApplication::translate("Migration", "The standard task list is missing from this build."));
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto dup = m_db.exec(QStringLiteral("SELECT 1 FROM migration_projects WHERE lower(customer) = lower(?)"), {p.customer});
        if (!dup)
            return dup.error();
        if (dup->next())
            return Status::fail(QCoreApplication::translate("Migration", "customer: a migration project for \"%1\" already exists.").arg(p.customer), QStringLiteral("customer"));
        auto r = m_db.exec(QStringLiteral("INSERT INTO migration_projects (customer, contact, address, language, status, created) VALUES (?, ?, ?, ?, ?, ?)"),
                           {p.customer, p.contact.trimmed(), p.address.trimmed(), p.language, p.status, dateValue(today)});
        if (!r)
            return r.error();
        id = r->lastInsertId().toLongLong();
        QList<QVariantList> rows;
        QMap<int, int> position;
        for (const auto &t : standard)
            rows << QVariantList{id, t.phase, position[t.phase]++, t.title, t.owner};
        return m_db.execEach(QStringLiteral("INSERT INTO migration_tasks (project_id, phase, position, title, owner) VALUES (?, ?, ?, ?, ?)"), rows);
    });
    if (!s)
        return s.error();
    return id;
}

Status MigrationRepository::load(MigrationProject &p)
{
    auto t = m_db.exec(QStringLiteral("SELECT %1 FROM migration_tasks WHERE project_id = ? ORDER BY phase, position, id").arg(kTasks.select()), {p.id});
    if (!t)
        return t.error();
    p.tasks = kTasks.all(t.value());
    auto c = m_db.exec(QStringLiteral("SELECT %1 FROM migration_contracts WHERE project_id = ? ORDER BY end_date, id").arg(kContracts.select()), {p.id});
    if (!c)
        return c.error();
    p.contracts = kContracts.all(c.value());
    auto n = m_db.exec(QStringLiteral("SELECT %1 FROM migration_numbers WHERE project_id = ? ORDER BY kind, digits").arg(kNumbers.select()), {p.id});
    if (!n)
        return n.error();
    p.numbers = kNumbers.all(n.value());
    return {};
}

Result<QList<MigrationProject>> MigrationRepository::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM migration_projects ORDER BY lower(customer)").arg(kProjects.select()));
    if (!q)
        return q.error();
    QList<MigrationProject> out = kProjects.all(q.value());
    for (auto &p : out)
        if (auto s = load(p); !s)
            return s.error();
    return out;
}

Result<MigrationProject> MigrationRepository::get(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM migration_projects WHERE id = ?").arg(kProjects.select()), {id});
    if (!q)
        return q.error();
    auto p = kProjects.one(q.value(), noProject(id), QStringLiteral("project"));
    if (!p)
        return p;
    if (auto s = load(p.value()); !s)
        return s.error();
    return p;
}

Result<MigrationProject> MigrationRepository::find(const QString &customer)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM migration_projects WHERE lower(customer) = lower(?)"), {customer.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<MigrationProject>::fail(QCoreApplication::translate("Migration", "customer: there is no migration project for \"%1\".").arg(customer), QStringLiteral("customer"));
    return get(q->value(0).toLongLong());
}

Status MigrationRepository::update(const MigrationProject &input)
{
    MigrationProject p = input;
    p.customer = p.customer.trimmed();
    if (auto v = validateMigrationProject(p); !v)
        return v;
    return m_db.transaction([&]() -> Status {
        auto dup = m_db.exec(QStringLiteral("SELECT 1 FROM migration_projects WHERE lower(customer) = lower(?) AND id <> ?"), {p.customer, p.id});
        if (!dup)
            return dup.error();
        if (dup->next())
            return Status::fail(QCoreApplication::translate("Migration", "customer: a migration project for \"%1\" already exists.").arg(p.customer), QStringLiteral("customer"));
        auto r = m_db.exec(QStringLiteral("UPDATE migration_projects SET customer = ?, contact = ?, address = ?, language = ?, status = ? WHERE id = ?"),
                           {p.customer, p.contact.trimmed(), p.address.trimmed(), p.language, p.status, p.id});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return Status::fail(noProject(p.id), QStringLiteral("project"));
        return {};
    });
}

Status MigrationRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        // Children first: the statements do not rely on ON DELETE CASCADE being enabled.
        for (const char *table : {"migration_tasks", "migration_contracts", "migration_numbers"})
            if (auto r = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE project_id = ?").arg(QLatin1String(table)), {id}); !r)
                return r.error();
        auto r = m_db.exec(QStringLiteral("DELETE FROM migration_projects WHERE id = ?"), {id});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return Status::fail(noProject(id), QStringLiteral("project"));
        return {};
    });
}

Result<qint64> MigrationRepository::addTask(const MigrationTask &task)
{
    if (auto v = validateMigrationTask(task); !v)
        return v.error();
    return insertForProject(m_db, task.projectId,
                            QStringLiteral("INSERT INTO migration_tasks (project_id, phase, position, title, owner, due_date) VALUES (?, ?,"
                                           " (SELECT COALESCE(MAX(position) + 1, 0) FROM migration_tasks WHERE project_id = ? AND phase = ?), ?, ?, ?)"),
                            {task.projectId, task.phase, task.projectId, task.phase, task.title.trimmed(), task.owner, dateValue(task.due)});
}

Result<MigrationTask> MigrationRepository::task(qint64 taskId)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM migration_tasks WHERE id = ?").arg(kTasks.select()), {taskId});
    if (!q)
        return q.error();
    return kTasks.one(q.value(), noTask(taskId), QStringLiteral("task"));
}

Result<MigrationTask> MigrationRepository::setTaskDone(qint64 taskId, bool done, const QDate &today)
{
    if (auto s = updateTask(m_db, QStringLiteral("UPDATE migration_tasks SET done = ?, done_date = ? WHERE id = ?"), {done ? 1 : 0, done ? dateValue(today) : dateValue(QDate()), taskId}); !s)
        return s.error();
    return task(taskId);
}

Result<MigrationTask> MigrationRepository::setTaskDue(qint64 taskId, const QDate &due)
{
    if (auto s = updateTask(m_db, QStringLiteral("UPDATE migration_tasks SET due_date = ? WHERE id = ?"), {dateValue(due), taskId}); !s)
        return s.error();
    return task(taskId);
}

Result<qint64> MigrationRepository::addContract(const MigrationContract &c)
{
    if (auto v = validateMigrationContract(c); !v)
        return v.error();
    return insertForProject(m_db, c.projectId, QStringLiteral("INSERT INTO migration_contracts (project_id, provider, reference, end_date, notice_days) VALUES (?, ?, ?, ?, ?)"),
                            {c.projectId, c.provider.trimmed(), c.reference.trimmed(), dateValue(c.endDate), c.noticeDays});
}

Status MigrationRepository::removeContract(qint64 contractId)
{
    return m_db.transaction([&]() -> Status {
        auto r = m_db.exec(QStringLiteral("DELETE FROM migration_contracts WHERE id = ?"), {contractId});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return Status::fail(QCoreApplication::translate("Migration", "contract: there is no contract %1.").arg(contractId), QStringLiteral("contract"));
        return {};
    });
}

Status MigrationRepository::addNumbers(qint64 projectId, const QStringList &digits, bool test, const QDate &wishDate)
{
    if (digits.isEmpty())
        return Status::fail(QCoreApplication::translate("Migration", "number: give at least one number."), QStringLiteral("number"));
    if (test && wishDate.isValid())
        return Status::fail(QCoreApplication::translate("Migration", "wish-date: a test number is not ported and has no wish date."), QStringLiteral("wish-date"));
    return m_db.transaction([&]() -> Status {
        if (auto known = projectExists(m_db, projectId); !known)
            return known;
        for (const auto &d : digits) {
            auto other = m_db.exec(QStringLiteral("SELECT p.customer FROM migration_numbers n JOIN migration_projects p ON p.id = n.project_id WHERE n.digits = ?"), {d});
            if (!other)
                return other.error();
            if (other->next())
                return Status::fail(QCoreApplication::translate("Migration", "number: +%1 is already in the migration project of %2.").arg(d, other->value(0).toString()), QStringLiteral("number"));
            auto r = m_db.exec(QStringLiteral("INSERT INTO migration_numbers (project_id, digits, kind, wish_date) VALUES (?, ?, ?, ?)"),
                               {projectId, d, test ? QStringLiteral("test") : QStringLiteral("port"), dateValue(wishDate)});
            if (!r)
                return r.error();
        }
        return {};
    });
}

Status MigrationRepository::setNumberDates(qint64 projectId, const QString &digits, std::optional<QDate> wishDate, std::optional<QDate> portingDate)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT kind, wish_date, porting_date FROM migration_numbers WHERE project_id = ? AND digits = ?"), {projectId, digits});
        if (!q)
            return q.error();
        if (!q->next())
            return Status::fail(QCoreApplication::translate("Migration", "number: +%1 is not in this migration project.").arg(digits), QStringLiteral("number"));
        if (q->value(0).toString() == QLatin1String("test") && ((wishDate && wishDate->isValid()) || (portingDate && portingDate->isValid())))
            return Status::fail(QCoreApplication::translate("Migration", "number: +%1 is a test number; it is not ported and has no porting dates.").arg(digits), QStringLiteral("number"));
        const QDate wish = wishDate ? *wishDate : dateFrom(q->value(1));
        const QDate porting = portingDate ? *portingDate : dateFrom(q->value(2));
        auto r = m_db.exec(QStringLiteral("UPDATE migration_numbers SET wish_date = ?, porting_date = ? WHERE project_id = ? AND digits = ?"),
                           {dateValue(wish), dateValue(porting), projectId, digits});
        if (!r)
            return r.error();
        return {};
    });
}

Status MigrationRepository::removeNumber(qint64 projectId, const QString &digits)
{
    return m_db.transaction([&]() -> Status {
        auto r = m_db.exec(QStringLiteral("DELETE FROM migration_numbers WHERE project_id = ? AND digits = ?"), {projectId, digits});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return Status::fail(QCoreApplication::translate("Migration", "number: +%1 is not in this migration project.").arg(digits), QStringLiteral("number"));
        return {};
    });
}

Result<QList<MigrationAttention>> MigrationRepository::attention(const QDate &today, int withinDays)
{
    QList<MigrationAttention> out;
    const QString from = today.toString(Qt::ISODate);
    const QDate last = today.addDays(std::max(0, withinDays));
    auto t = m_db.exec(QStringLiteral("SELECT t.id, t.title, t.due_date, p.id, p.customer FROM migration_tasks t JOIN migration_projects p ON p.id = t.project_id"
                                      " WHERE p.status = 'active' AND t.done = 0 AND t.due_date IS NOT NULL AND t.due_date < ?"),
                       {from});
    if (!t)
        return t.error();
    while (t->next()) {
        MigrationAttention a;
        a.kind = MigrationAttention::OverdueTask;
        a.taskId = t->value(0).toLongLong();
        a.subject = t->value(1).toString();
        a.date = dateFrom(t->value(2));
        a.projectId = t->value(3).toLongLong();
        a.customer = t->value(4).toString();
        out << a;
    }
    auto n = m_db.exec(QStringLiteral("SELECT n.porting_date, p.id, p.customer, n.digits FROM migration_numbers n JOIN migration_projects p ON p.id = n.project_id"
                                      " WHERE p.status = 'active' AND n.kind = 'port' AND n.porting_date >= ? AND n.porting_date <= ? ORDER BY n.porting_date, p.id, n.digits"),
                       {from, last.toString(Qt::ISODate)});
    if (!n)
        return n.error();
    while (n->next()) {
        const QDate date = dateFrom(n->value(0));
        const qint64 project = n->value(1).toLongLong();
        const QString number = QLatin1Char('+') + n->value(3).toString();
        // One entry per project and date: ten numbers ported together are one event.
        if (!out.isEmpty() && out.last().kind == MigrationAttention::PortingSoon && out.last().projectId == project && out.last().date == date) {
            out.last().subject += QStringLiteral(", ") + number;
            continue;
        }
        out << MigrationAttention{MigrationAttention::PortingSoon, project, n->value(2).toString(), date, number, 0};
    }
    auto c = m_db.exec(QStringLiteral("SELECT c.end_date, c.notice_days, p.id, p.customer, c.provider FROM migration_contracts c JOIN migration_projects p ON p.id = c.project_id"
                                      " WHERE p.status = 'active'"));
    if (!c)
        return c.error();
    while (c->next()) {
        const QDate cancelBy = dateFrom(c->value(0)).addDays(-c->value(1).toInt());
        if (cancelBy >= today && cancelBy <= last)
            out << MigrationAttention{MigrationAttention::NoticeDeadline, c->value(2).toLongLong(), c->value(3).toString(), cancelBy, c->value(4).toString(), 0};
    }
    std::stable_sort(out.begin(), out.end(), [](const MigrationAttention &a, const MigrationAttention &b) { return a.date < b.date; });
    return out;
}

} // namespace centrale
