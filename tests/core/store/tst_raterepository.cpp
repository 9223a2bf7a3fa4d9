// The rate table in a real SQLite database: replaced whole or not at all.
#include "store/Database.h"
#include "store/RateRepository.h"

#include "TestStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

class TestRateRepository : public QObject {
    Q_OBJECT
    test::TestStore m_store;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase() { CENTRALE_START_STORE(m_store); }
    void cleanupTestCase() { m_store.stop(); }
    void init()
    {
        auto db = Database::open(m_store.location(QLatin1String(QTest::currentTestFunction())));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void replaceAllThenReadBackByPrefix()
    {
        RateRepository repo(*m_db);
        QVERIFY(repo.all()->size() > 40); // a new database starts with the default (sample) table
        QVERIFY(repo.replaceAll({{QStringLiteral("316"), QStringLiteral("NL mobile"), 35000, 0},
                                 {QStringLiteral("31"), QStringLiteral("NL fixed"), 12000, 0},
                                 {QStringLiteral("31900"), QStringLiteral("Premium"), 800000, 100000}})
                    .ok());
        auto all = repo.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).prefix, QStringLiteral("31"));
        QCOMPARE(all->at(1).prefix, QStringLiteral("316"));
        QCOMPARE(all->at(1).perMinuteMicros, qint64(35000));
        QCOMPARE(all->at(2).setupMicros, qint64(100000));

        QVERIFY(repo.replaceAll({{QStringLiteral("49"), QStringLiteral("DE"), 13000, 0}}).ok());
        QCOMPARE(repo.all()->size(), 1);
        QCOMPARE(repo.all()->first().description, QStringLiteral("DE"));
    }

    void aRefusedRateLeavesTheOldTable()
    {
        RateRepository repo(*m_db);
        QVERIFY(repo.replaceAll({{QStringLiteral("31"), QStringLiteral("NL"), 12000, 0}}).ok());
        // The schema refuses what the CSV parser would have refused: non-digits, negative prices, duplicates.
        for (const auto &bad : {QList<Rate>{{QStringLiteral("32"), QStringLiteral("BE"), 15000, 0}, {QStringLiteral("3x"), QStringLiteral("bad"), 1, 0}},
                                QList<Rate>{{QStringLiteral("32"), QStringLiteral("BE"), 15000, 0}, {QStringLiteral("33"), QStringLiteral("FR"), -1, 0}},
                                QList<Rate>{{QStringLiteral("32"), QStringLiteral("BE"), 15000, 0}, {QStringLiteral("32"), QStringLiteral("BE"), 1, 0}}}) {
            auto s = repo.replaceAll(bad);
            QVERIFY(!s.ok());
            QVERIFY2(s.message().contains(QLatin1String("Rate ")), qPrintable(s.message()));
            auto all = repo.all();
            QCOMPARE(all->size(), 1);
            QCOMPARE(all->first().prefix, QStringLiteral("31"));
        }
    }

    void anImportBumpsTheEngineConfigVersion()
    {
        auto before = m_db->exec(QStringLiteral("SELECT n FROM config_version"));
        QVERIFY(before->next());
        const qint64 n = before->value(0).toLongLong();
        QVERIFY(RateRepository(*m_db).replaceAll({{QStringLiteral("31"), QStringLiteral("NL"), 12000, 0}}).ok());
        auto after = m_db->exec(QStringLiteral("SELECT n FROM config_version"));
        QVERIFY(after->next());
        QVERIFY(after->value(0).toLongLong() > n);
    }
};

QTEST_GUILESS_MAIN(TestRateRepository)
#include "tst_raterepository.moc"
