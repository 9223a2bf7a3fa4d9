#pragma once
// Migration projects (PSTN/ISDN → SIP) with their tasks, current contracts and numbers.
// Every write is one transaction; bad input changes nothing.
#include "domain/Migration.h"
#include "store/Database.h"
#include <optional>

namespace centrale {

class MigrationRepository {
public:
    explicit MigrationRepository(Database &db) : m_db(db) {}

    // A new project gets the seed's standard tasks for the four phases in its language.
    Result<qint64> add(const MigrationProject &project, const QDate &today);
    Result<QList<MigrationProject>> list(); // complete projects, by customer
    Result<MigrationProject> get(qint64 id);
    Result<MigrationProject> find(const QString &customer); // case-insensitive; error names it when absent
    // Customer, contact, address, language and status of project.id.
    Status update(const MigrationProject &project);
    Status remove(qint64 id);

    Result<qint64> addTask(const MigrationTask &task);
    Result<MigrationTask> setTaskDone(qint64 taskId, bool done, const QDate &today);
    Result<MigrationTask> setTaskDue(qint64 taskId, const QDate &due); // invalid date: no due date

    Result<qint64> addContract(const MigrationContract &contract);
    Status removeContract(qint64 contractId);

    // Numbers (E.164 digits) to port, or test numbers; a number belongs to one project.
    Status addNumbers(qint64 projectId, const QStringList &digits, bool test, const QDate &wishDate);
    // Changes only the dates given; an invalid date clears it.
    Status setNumberDates(qint64 projectId, const QString &digits, std::optional<QDate> wishDate, std::optional<QDate> portingDate);
    Status removeNumber(qint64 projectId, const QString &digits);

    // For the dashboard, over active projects: tasks past their due date, definitive
    // porting dates from today to today + withinDays (one entry per project and date),
    // and contracts whose last day to cancel falls in that window. Oldest date first.
    Result<QList<MigrationAttention>> attention(const QDate &today, int withinDays);

private:
    Result<MigrationTask> task(qint64 taskId);
    Status load(MigrationProject &p);
    Database &m_db;
};

} // namespace centrale
