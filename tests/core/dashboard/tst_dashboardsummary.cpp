// The Dashboard's figures from a database with known contents (DashboardFixture.h): the
// aggregate queries, the live registrations and the Attention sources.
#include "DashboardFixture.h"
#include "dashboard/DashboardSummary.h"

using namespace centrale;
using namespace centrale::testing;

namespace {
class FixedSource : public AttentionSource {
public:
    Result<QList<AttentionItem>> attentionItems(Database &, const QDateTime &now) const override
    {
        return QList<AttentionItem>{{now.addDays(3), QStringLiteral("Porting of 31502053031 in 3 days"), QStringLiteral("MigrationsPage"), false},
                                    {now.addDays(-1), QStringLiteral("Customer task overdue"), QStringLiteral("MigrationsPage"), true}};
    }
};
class BrokenSource : public AttentionSource {
public:
    Result<QList<AttentionItem>> attentionItems(Database &, const QDateTime &) const override
    {
        return Result<QList<AttentionItem>>::fail(QStringLiteral("no such table: migrations"));
    }
};
} // namespace

class TestDashboardSummary : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;

private slots:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("d.sqlite"))).value();
        m_secrets = FileSecretStore::open(m_dir.filePath(QStringLiteral("s.json"))).value();
        const Status filled = fillDashboardDatabase(*m_db, *m_secrets);
        QVERIFY2(filled.ok(), qPrintable(filled.message()));
    }
    void cleanupTestCase()
    {
        m_secrets.reset();
        m_db.reset();
    }

    void countsTodaysCallsPerHour()
    {
        auto s = DashboardSummary::load(*m_db, kNow);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->callsToday, 5);
        QCOMPARE(s->answeredToday, 4);
        QCOMPARE(s->callsPerHour.size(), 24);
        QList<int> expected(24, 0);
        expected[9] = 1;
        expected[10] = 1;
        expected[11] = 2;
        expected[14] = 1;
        QCOMPARE(s->callsPerHour, expected);
    }

    void sumsSpendAgainstTheLimits()
    {
        auto s = DashboardSummary::load(*m_db, kNow);
        QVERIFY(s.ok());
        QCOMPARE(s->spentTodayMicros, qint64(23'500'000));
        QCOMPARE(s->spentWeekMicros, qint64(30'000'000));
        QCOMPARE(s->limitTodayMicros, qint64(100'000'000)); // three trunks and a phone, EUR 25 each
        QCOMPARE(s->limitWeekMicros, qint64(200'000'000));
        // Highest share first: Kantoor at 92% of its day.
        QCOMPARE(s->spend.size(), 3);
        QCOMPARE(s->spend.first().owner, QStringLiteral("Kantoor"));
        QCOMPARE(s->spend.first().dayPercent(), 92);
        QCOMPARE(s->spend.first().weekPercent(), 56);
    }

    void spendPerDayPerTrunkOverTheLastWeek()
    {
        auto s = DashboardSummary::load(*m_db, kNow);
        QVERIFY(s.ok());
        QCOMPARE(s->days.size(), 7);
        QCOMPARE(s->days.first(), QDate(2024, 6, 6));
        QCOMPARE(s->days.last(), QDate(2024, 6, 12));
        QCOMPARE(s->trunkSpendPerDay.size(), 2); // Magazijn spent nothing; the phone is no trunk
        QCOMPARE(s->trunkSpendPerDay.value(QStringLiteral("Kantoor")), (QList<qint64>{0, 7'000'000, 0, 0, 5'000'000, 0, 23'000'000}));
        QCOMPARE(s->trunkSpendPerDay.value(QStringLiteral("Garage")), (QList<qint64>{0, 0, 0, 0, 0, 1'500'000, 0}));
    }

    void securityFiguresAndAlerts()
    {
        auto s = DashboardSummary::load(*m_db, kNow);
        QVERIFY(s.ok());
        QCOMPARE(s->blockedSources, 1);
        QCOMPARE(s->fraudBlocks, 1);
        QStringList texts;
        for (const auto &a : s->alerts)
            texts << a.text;
        // Newest first: the limit (now), the blocked source (10 min ago), the fraud block (12:00).
        QCOMPARE(texts, (QStringList{QStringLiteral("Kantoor has spent 92% of its daily limit (EUR 23.00 of 25.00)"),
                                     QStringLiteral("203.0.113.9 blocked after failed logins"),
                                     QStringLiteral("Fraud detector blocked 31502053033: 42 calls this hour, usually 3")}));
        QCOMPARE(s->alerts.last().severity, DashboardAlert::Severity::Critical);
    }

    void liveRegistrationsPerTrunk()
    {
        auto s = DashboardSummary::load(*m_db, kNow);
        QVERIFY(s.ok());
        // Before the feed says anything every trunk is down.
        s->applyLive(false, {}, {}, -1);
        QCOMPARE(s->trunksDown, 3);
        QCOMPARE(s->callsNow, 0);
        UpstreamStatus carrier;
        carrier.state = UpstreamStatus::State::Failed;
        carrier.detail = QStringLiteral("403 Forbidden from the carrier");
        carrier.since = kNow.addSecs(60);
        s->applyLive(true, dashboardLiveStatus(), carrier, 2);
        QCOMPARE(s->trunks.size(), 3);
        QCOMPARE(s->trunks[0].trunk, QStringLiteral("Garage"));
        QCOMPARE(s->trunks[0].health(), TrunkHealth::Unreachable);
        QCOMPARE(s->trunks[1].health(), TrunkHealth::Up);
        QCOMPARE(s->trunks[2].health(), TrunkHealth::Down);
        QCOMPARE(s->trunksUp, 1);
        QCOMPARE(s->trunksUnreachable, 1);
        QCOMPARE(s->trunksDown, 1);
        QCOMPARE(s->phonesRegistered, 1);
        QCOMPARE(s->phonesTotal, 1);
        QCOMPARE(s->callsNow, 2);
        QCOMPARE(s->alerts.first().text, QStringLiteral("Carrier registration failed: 403 Forbidden from the carrier"));
        // A second update replaces the live alert instead of adding one.
        carrier.state = UpstreamStatus::State::Registered;
        s->applyLive(true, dashboardLiveStatus(), carrier, 0);
        QCOMPARE(s->alerts.size(), 3);
        QCOMPARE(s->upstream.state, UpstreamStatus::State::Registered);
    }

    void attentionSourcesSoonestFirstAndErrorsShown()
    {
        auto s = DashboardSummary::load(*m_db, kNow, {std::make_shared<FixedSource>(), std::make_shared<BrokenSource>()});
        QVERIFY(s.ok());
        QCOMPARE(s->attention.size(), 3);
        QCOMPARE(s->attention[0].text, QStringLiteral("Customer task overdue"));
        QVERIFY(s->attention[0].overdue);
        QCOMPARE(s->attention[1].text, QStringLiteral("Could not read: no such table: migrations"));
        QCOMPARE(s->attention[2].page, QStringLiteral("MigrationsPage"));
    }

    void emptyDatabaseGivesZeros()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(db.ok());
        auto s = DashboardSummary::load(*db.value(), kNow);
        QVERIFY(s.ok());
        QCOMPARE(s->callsToday, 0);
        QCOMPARE(s->spentWeekMicros, qint64(0));
        QVERIFY(s->trunkSpendPerDay.isEmpty());
        QVERIFY(s->alerts.isEmpty());
        s->applyLive(true, {}, {}, 0);
        QVERIFY(s->trunks.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDashboardSummary)
#include "tst_dashboardsummary.moc"
