#pragma once
// A PSTN/ISDN → SIP migration project of one customer (seed 003 §7): tasks in four
// phases, the current contracts with their notice periods, the numbers to port and the
// test numbers. Dates are calendar days (QDate); an invalid QDate means "not set".
#include "util/Result.h"
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace centrale {

// The four phases of the seed, in order: survey (quotation), order (agreement and
// porting request), implementation (set-up, tests, porting, delivery), maintenance.
inline constexpr int kMigrationPhases = 4;

struct MigrationTask {
    qint64 id = 0;
    qint64 projectId = 0;
    int phase = 1;    // 1..4
    int position = 0; // order within the phase
    QString title;
    QString owner = QStringLiteral("provider"); // customer | provider | both
    QDate due;
    bool done = false;
    QDate doneOn;
    bool overdue(const QDate &today) const { return !done && due.isValid() && due < today; }
};

struct MigrationContract {
    qint64 id = 0;
    qint64 projectId = 0;
    QString provider;  // the current telecom provider
    QString reference; // customer or contract number at that provider
    QDate endDate;     // when the contract ends (or may end)
    int noticeDays = 30;
    // The last day a cancellation reaches the provider in time.
    QDate cancelBy() const { return endDate.isValid() ? endDate.addDays(-noticeDays) : QDate(); }
};

struct MigrationNumber {
    qint64 projectId = 0;
    QString digits;      // E.164 without +
    bool test = false;   // a test number (used before porting), not ported
    QDate wishDate;      // the customer's wish date for porting
    QDate portingDate;   // the definitive porting date, once agreed
};

struct MigrationProject {
    qint64 id = 0;
    QString customer;
    QString contact;
    QString address; // postal address for the letter, lines separated by \n
    QString language = QStringLiteral("nl"); // nl | en: tasks and letters
    QString status = QStringLiteral("active"); // active | done | cancelled
    QDate created;
    QList<MigrationTask> tasks;
    QList<MigrationContract> contracts;
    QList<MigrationNumber> numbers;

    // The first phase with an open task; kMigrationPhases + 1 when every task is done.
    int currentPhase() const;
};

// Something on the dashboard: a task past its due date, a porting date or a
// cancellation deadline coming up.
struct MigrationAttention {
    enum Kind { OverdueTask, PortingSoon, NoticeDeadline };
    Kind kind = OverdueTask;
    qint64 projectId = 0;
    QString customer;
    QDate date;
    QString subject; // the task's title, the number (+E.164), or the provider
    qint64 taskId = 0;
};

// The seed's standard task list for a new project, in the project's language.
struct StandardTask {
    int phase;
    QString owner;
    QString title;
};
QList<StandardTask> standardTasks(const QString &language);

QStringList migrationStatuses();  // active, done, cancelled
QStringList migrationOwners();    // customer, provider, both
QString migrationPhaseName(int phase); // translated
QString migrationOwnerName(const QString &owner); // translated
QString migrationStatusName(const QString &status); // translated
QString attentionKindKey(MigrationAttention::Kind kind); // overdue_task, porting_soon, notice_deadline

// Validation with the field named.
Status validateMigrationProject(const MigrationProject &p);
Status validateMigrationTask(const MigrationTask &t);
Status validateMigrationContract(const MigrationContract &c);

} // namespace centrale
