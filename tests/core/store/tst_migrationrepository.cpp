// Migration projects in a real SQLite database: a new project gets the seed's standard
// tasks in its language, bad input changes nothing, and attention(today) lists exactly
// the overdue tasks, coming porting dates and cancellation deadlines of active projects.
#include "dashboard/MigrationAttentionSource.h"
#include "store/Database.h"
#include "store/MigrationRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

namespace {
QString s(const char *latin1) { return QString::fromLatin1(latin1); }
const QDate kToday(2026, 12, 3);
} // namespace

class TestMigrationRepository : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 addProject(const QString &customer, const QString &language = s("nl"))
    {
        MigrationProject p;
        p.customer = customer;
        p.contact = s("J. de Vries");
        p.language = language;
        auto id = MigrationRepository(*m_db).add(p, kToday);
        [&] { QVERIFY2(id.ok(), qPrintable(id.message())); }();
        return id.ok() ? id.value() : 0;
    }
    int count(const char *table)
    {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        return q && q->next() ? q->value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void newProjectGetsTheStandardTasksOfTheFourPhases()
    {
        MigrationRepository repo(*m_db);
        const qint64 nl = addProject(s("Bakkerij Jansen"));
        const qint64 en = addProject(s("Harbour Freight Ltd"), s("en"));
        auto p = repo.get(nl);
        QVERIFY2(p.ok(), qPrintable(p.message()));
        QCOMPARE(p->customer, s("Bakkerij Jansen"));
        QCOMPARE(p->created, kToday);
        QCOMPARE(p->status, s("active"));
        QCOMPARE(p->tasks.size(), 23); // the seed's list in resources/migration/standard-tasks.json
        QList<int> perPhase(5, 0);
        for (const auto &t : p->tasks) {
            QVERIFY(t.phase >= 1 && t.phase <= 4);
            ++perPhase[t.phase];
            QVERIFY(!t.done);
            QVERIFY(!t.due.isValid());
            QVERIFY(migrationOwners().contains(t.owner));
        }
        QCOMPARE(perPhase, (QList<int>{0, 4, 6, 10, 3}));
        QCOMPARE(p->tasks.first().owner, s("customer")); // the customer determines the notice periods
        QVERIFY2(p->tasks.first().title.contains(s("opzegtermijn")), qPrintable(p->tasks.first().title));
        QCOMPARE(p->currentPhase(), 1);
        auto e = repo.get(en);
        QVERIFY2(e->tasks.first().title.contains(s("notice periods")), qPrintable(e->tasks.first().title));
        QCOMPARE(repo.list()->size(), 2);
    }

    void badProjectsChangeNothing()
    {
        MigrationRepository repo(*m_db);
        addProject(s("Bakkerij Jansen"));
        const int tasks = count("migration_tasks");
        MigrationProject dup;
        dup.customer = s("  bakkerij JANSEN ");
        auto r = repo.add(dup, kToday);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, s("customer"));
        QVERIFY2(r.message().contains(s("already exists")), qPrintable(r.message()));
        MigrationProject lang;
        lang.customer = s("Other");
        lang.language = s("de");
        r = repo.add(lang, kToday);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, s("language"));
        QCOMPARE(count("migration_projects"), 1);
        QCOMPARE(count("migration_tasks"), tasks);
        QVERIFY(!repo.find(s("nobody")).ok());
        QCOMPARE(repo.find(s("BAKKERIJ jansen"))->customer, s("Bakkerij Jansen"));
    }

    void tasksAreDoneAndThePhaseMoves()
    {
        MigrationRepository repo(*m_db);
        const qint64 id = addProject(s("Bakkerij Jansen"));
        auto p = repo.get(id);
        for (const auto &t : p->tasks)
            if (t.phase == 1)
                QVERIFY(repo.setTaskDone(t.id, true, kToday).ok());
        p = repo.get(id);
        QCOMPARE(p->currentPhase(), 2);
        QCOMPARE(p->tasks.first().doneOn, kToday);
        auto undone = repo.setTaskDone(p->tasks.first().id, false, kToday);
        QVERIFY(undone.ok());
        QVERIFY(!undone->done);
        QVERIFY(!undone->doneOn.isValid());
        QCOMPARE(repo.get(id)->currentPhase(), 1);
        auto missing = repo.setTaskDone(999999, true, kToday);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, s("task"));

        MigrationTask extra;
        extra.projectId = id;
        extra.phase = 2;
        extra.owner = s("customer");
        extra.title = s("Inform the staff");
        extra.due = kToday.addDays(7);
        auto added = repo.addTask(extra);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        p = repo.get(id);
        const auto it = std::find_if(p->tasks.cbegin(), p->tasks.cend(), [&](const MigrationTask &t) { return t.id == added.value(); });
        QVERIFY(it != p->tasks.cend());
        QCOMPARE(it->position, 6); // after the phase's six standard tasks
        QCOMPARE(it->due, kToday.addDays(7));
        extra.owner = s("nobody");
        QCOMPARE(repo.addTask(extra).error().field, s("owner"));
    }

    void numbersBelongToOneProjectAndTestNumbersAreNotPorted()
    {
        MigrationRepository repo(*m_db);
        const qint64 a = addProject(s("Bakkerij Jansen"));
        const qint64 b = addProject(s("Garage Pietersen"));
        QVERIFY(repo.addNumbers(a, {s("31501234567"), s("31501234568")}, false, QDate(2027, 2, 1)).ok());
        QVERIFY(repo.addNumbers(a, {s("31507654321")}, true, QDate()).ok());
        // All or nothing: the free number of this batch is not added either.
        auto clash = repo.addNumbers(b, {s("31509999999"), s("31501234568")}, false, QDate());
        QVERIFY(!clash.ok());
        QVERIFY2(clash.message().contains(s("Bakkerij Jansen")), qPrintable(clash.message()));
        QVERIFY(repo.get(b)->numbers.isEmpty());
        QVERIFY(!repo.setNumberDates(a, s("31507654321"), std::nullopt, QDate(2027, 2, 3)).ok());
        QVERIFY(repo.setNumberDates(a, s("31501234567"), std::nullopt, QDate(2027, 2, 3)).ok());
        auto p = repo.get(a);
        QCOMPARE(p->numbers.size(), 3);
        QCOMPARE(p->numbers.at(0).digits, s("31501234567"));
        QCOMPARE(p->numbers.at(0).wishDate, QDate(2027, 2, 1)); // untouched
        QCOMPARE(p->numbers.at(0).portingDate, QDate(2027, 2, 3));
        QVERIFY(p->numbers.at(2).test);
        QVERIFY(repo.setNumberDates(a, s("31501234567"), QDate(), std::nullopt).ok());
        QVERIFY(!repo.get(a)->numbers.at(0).wishDate.isValid());
        QVERIFY(repo.removeNumber(a, s("31501234568")).ok());
        QVERIFY(!repo.removeNumber(a, s("31501234568")).ok());
    }

    void contractsKnowTheirLastDayToCancel()
    {
        MigrationRepository repo(*m_db);
        const qint64 a = addProject(s("Bakkerij Jansen"));
        MigrationContract c;
        c.projectId = a;
        c.provider = s("Oldtel");
        c.reference = s("K-4711");
        c.endDate = QDate(2027, 1, 31);
        c.noticeDays = 30;
        QVERIFY(repo.addContract(c).ok());
        auto p = repo.get(a);
        QCOMPARE(p->contracts.size(), 1);
        QCOMPARE(p->contracts.first().cancelBy(), QDate(2027, 1, 1));
        c.provider = s(" ");
        QCOMPARE(repo.addContract(c).error().field, s("provider"));
        c.provider = s("Oldtel");
        c.noticeDays = -1;
        QCOMPARE(repo.addContract(c).error().field, s("notice-days"));
        QCOMPARE(count("migration_contracts"), 1);
    }

    void attentionListsWhatNeedsActionSoon()
    {
        MigrationRepository repo(*m_db);
        const qint64 a = addProject(s("Bakkerij Jansen"));
        const qint64 gone = addProject(s("Cancelled BV"));
        auto p = repo.get(a);
        const qint64 late = p->tasks.at(0).id, lateButDone = p->tasks.at(1).id, dueToday = p->tasks.at(2).id;
        QVERIFY(repo.setTaskDue(late, kToday.addDays(-2)).ok());
        QVERIFY(repo.setTaskDue(lateButDone, kToday.addDays(-5)).ok());
        QVERIFY(repo.setTaskDone(lateButDone, true, kToday).ok());
        QVERIFY(repo.setTaskDue(dueToday, kToday).ok()); // due today is not overdue yet
        QVERIFY(repo.addNumbers(a, {s("31501234567"), s("31501234568")}, false, QDate()).ok());
        QVERIFY(repo.addNumbers(a, {s("31501234569")}, false, QDate()).ok());
        for (const char *n : {"31501234567", "31501234568"})
            QVERIFY(repo.setNumberDates(a, s(n), std::nullopt, kToday.addDays(10)).ok());
        QVERIFY(repo.setNumberDates(a, s("31501234569"), std::nullopt, kToday.addDays(15)).ok()); // beyond 14 days
        MigrationContract c;
        c.projectId = a;
        c.provider = s("Oldtel");
        c.endDate = kToday.addDays(35);
        c.noticeDays = 30; // cancel by today + 5
        QVERIFY(repo.addContract(c).ok());
        // A cancelled project needs no attention.
        auto g = repo.get(gone);
        QVERIFY(repo.setTaskDue(g->tasks.first().id, kToday.addDays(-30)).ok());
        g->status = s("cancelled");
        QVERIFY(repo.update(g.value()).ok());

        auto items = repo.attention(kToday, 14);
        QVERIFY2(items.ok(), qPrintable(items.message()));
        QCOMPARE(items->size(), 3);
        QCOMPARE(items->at(0).kind, MigrationAttention::OverdueTask);
        QCOMPARE(items->at(0).taskId, late);
        QCOMPARE(items->at(0).date, kToday.addDays(-2));
        QCOMPARE(items->at(0).customer, s("Bakkerij Jansen"));
        QCOMPARE(items->at(1).kind, MigrationAttention::NoticeDeadline);
        QCOMPARE(items->at(1).date, kToday.addDays(5));
        QCOMPARE(items->at(1).subject, s("Oldtel"));
        QCOMPARE(items->at(2).kind, MigrationAttention::PortingSoon);
        QCOMPARE(items->at(2).subject, s("+31501234567, +31501234568")); // one entry for the day
        QCOMPARE(repo.attention(kToday, 15)->size(), 4);
        QCOMPARE(repo.attention(kToday.addDays(20), 14)->size(), 2); // only the two tasks, now both overdue
    }

    // What the Dashboard's Attention list shows: the same items, overdue ones marked, each
    // opening the Migrations page.
    void dashboardSourceShowsTheSameItems()
    {
        MigrationRepository repo(*m_db);
        const qint64 a = addProject(s("Bakkerij Jansen"));
        QVERIFY(repo.setTaskDue(repo.get(a)->tasks.at(0).id, kToday.addDays(-2)).ok());
        QVERIFY(repo.addNumbers(a, {s("31501234567")}, false, QDate()).ok());
        QVERIFY(repo.setNumberDates(a, s("31501234567"), std::nullopt, kToday.addDays(3)).ok());
        auto items = MigrationAttentionSource(14).attentionItems(*m_db, QDateTime(kToday, QTime(9, 0)));
        QVERIFY2(items.ok(), qPrintable(items.message()));
        QCOMPARE(items->size(), 2);
        QVERIFY(items->at(0).overdue);
        QVERIFY(items->at(0).text.contains(s("Bakkerij Jansen")));
        QCOMPARE(items->at(0).page, s("MigrationsPage"));
        QVERIFY(!items->at(1).overdue);
        QVERIFY(items->at(1).text.contains(s("+31501234567")));
        QCOMPARE(items->at(1).due.date(), kToday.addDays(3));
    }

    void removingAProjectRemovesItsParts()
    {
        MigrationRepository repo(*m_db);
        const qint64 a = addProject(s("Bakkerij Jansen"));
        QVERIFY(repo.addNumbers(a, {s("31501234567")}, false, QDate()).ok());
        MigrationContract c{0, a, s("Oldtel"), QString(), QDate(2027, 1, 31), 30};
        QVERIFY(repo.addContract(c).ok());
        QVERIFY(repo.remove(a).ok());
        QCOMPARE(count("migration_projects"), 0);
        QCOMPARE(count("migration_tasks"), 0);
        QCOMPARE(count("migration_numbers"), 0);
        QCOMPARE(count("migration_contracts"), 0);
        QVERIFY(!repo.remove(a).ok());
    }
};

QTEST_GUILESS_MAIN(TestMigrationRepository)
#include "tst_migrationrepository.moc"
