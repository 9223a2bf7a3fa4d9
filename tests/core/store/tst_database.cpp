#include "store/Database.h"
#include "store/NumberRepository.h"

#include "TestStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

class TestDatabase : public QObject {
    Q_OBJECT
    test::TestStore m_store;

private slots:
    void initTestCase() { CENTRALE_START_STORE(m_store); }
    void cleanupTestCase() { m_store.stop(); }

    void createsLatestSchemaWithPragmas()
    {
        if (test::TestStore::postgres())
            QSKIP("SQLite's file, pragmas and permissions; PostgreSQL's schema is checked by postgresSchemaAndLocation");
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        auto fk = (*db)->exec(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk->next());
        QCOMPARE(fk->value(0).toInt(), 1);
        auto wal = (*db)->exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(wal->next());
        QCOMPARE(wal->value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("c.sqlite"))) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    // A database as the first release left it (tests/data/schema-v1.sql, with data)
    // migrates forward and keeps its data.
    void migratesAVersionOneDatabase()
    {
        const QString path = m_store.location(QStringLiteral("old"));
        {
            auto v1 = Database::open(path, 1);
            QVERIFY(v1.ok());
            QCOMPARE((*v1)->schemaVersion(), 1);
            QFile f(QStringLiteral(CENTRALE_TEST_DATA "/schema-v1-data.sql"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const auto &stmt : QString::fromUtf8(f.readAll()).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                if (!stmt.trimmed().isEmpty())
                    QVERIFY2((*v1)->exec(stmt).ok(), qPrintable(stmt));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        auto numbers = NumberRepository(**db).list();
        QVERIFY(numbers.ok());
        QCOMPARE(numbers->size(), 2);
        QCOMPARE(numbers->at(0).owner.name, QStringLiteral("Belroute vd garage"));
        QVERIFY((*db)->exec(QStringLiteral("SELECT count(*) FROM bindings")).ok());
    }

    // Schema 3: the rate table and the call log, added to a database schema 2 left.
    void versionThreeAddsRatesAndCallLog()
    {
        const QString path = m_store.location(QStringLiteral("v2"));
        {
            auto v2 = Database::open(path, 2);
            QVERIFY(v2.ok());
            QCOMPARE((*v2)->schemaVersion(), 2);
            QVERIFY(!(*v2)->exec(QStringLiteral("SELECT count(*) FROM rates")).ok());
            QVERIFY((*v2)->exec(QStringLiteral("INSERT INTO numbers (digits) VALUES ('31501234567')")).ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        QCOMPARE(NumberRepository(**db).list()->size(), 1);

        auto ok = [&](const char *sql) { return (*db)->exec(QString::fromLatin1(sql)).ok(); };
        // Version 5 seeds the default rate table, so limits price calls from the first one on.
        auto seeded = (*db)->exec(QStringLiteral("SELECT per_minute_micros FROM rates WHERE prefix = '316'"));
        QVERIFY(seeded.ok() && seeded->next());
        QCOMPARE(seeded->value(0).toLongLong(), 35000);
        QVERIFY(ok("DELETE FROM rates"));
        QVERIFY(ok("INSERT INTO rates VALUES ('316', 'NL mobile', 35000, 0)"));
        QVERIFY(!ok("INSERT INTO rates VALUES ('316', 'twice', 1, 0)"));
        QVERIFY(!ok("INSERT INTO rates VALUES ('3x', 'letters', 1, 0)"));
        QVERIFY(!ok("INSERT INTO rates VALUES ('', 'empty', 1, 0)"));
        QVERIFY(!ok("INSERT INTO rates VALUES ('32', 'negative', -1, 0)"));
        QVERIFY(!ok("INSERT INTO rates VALUES ('32', 'negative setup', 1, -1)"));

        const char *insertCall = "INSERT INTO call_log (call_id, direction, account, account_role, owner, caller, callee, dialled, a_leg, b_leg,"
                                 " started_ms, sip_status, reason) VALUES ('c1', '%1', 'a', 'primary', 'o', '1', '2', '2', 'x', 'y', 1000, 200, 'ok')";
        QVERIFY((*db)->exec(QString::fromLatin1(insertCall).arg(QLatin1String("outbound"))).ok());
        QVERIFY((*db)->exec(QString::fromLatin1(insertCall).arg(QLatin1String("inbound"))).ok());
        QVERIFY(!(*db)->exec(QString::fromLatin1(insertCall).arg(QLatin1String("internal"))).ok());
        auto defaults = (*db)->exec(QStringLiteral("SELECT answered_ms, ended_ms, cost_micros FROM call_log WHERE id = 1"));
        QVERIFY(defaults->next());
        QCOMPARE(defaults->value(0).toLongLong() + defaults->value(1).toLongLong() + defaults->value(2).toLongLong(), qint64(0));
        auto index = (*db)->exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'call_log'"));
        QVERIFY(index->next());
        QCOMPARE(index->value(0).toString(), QStringLiteral("call_log_started"));
    }

    void anImportedRateTableIsNotReplacedByTheDefault()
    {
        const QString path = m_store.location(QStringLiteral("v4"));
        {
            auto v4 = Database::open(path, 4);
            QVERIFY(v4.ok());
            QVERIFY((*v4)->exec(QStringLiteral("INSERT INTO rates VALUES ('31', 'carrier price', 9000, 0)")).ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        auto rates = (*db)->exec(QStringLiteral("SELECT prefix, description FROM rates"));
        QVERIFY(rates.ok() && rates->next());
        QCOMPARE(rates->value(1).toString(), QStringLiteral("carrier price"));
        QVERIFY(!rates->next());
    }

    void refusesANewerSchemaAndGarbage()
    {
        const QString path = m_store.location(QStringLiteral("new"));
        {
            auto db = Database::open(path);
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        }
        auto again = Database::open(path);
        QVERIFY(!again.ok());
        QVERIFY2(again.message().contains(QLatin1String("newer")), qPrintable(again.message()));

        if (test::TestStore::postgres())
            return; // garbage in a file is SQLite's case
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto bad = Database::open(junk);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.message().contains(junk), qPrintable(bad.message()));
    }

    void transactionRollsBackOnFailure()
    {
        auto db = Database::open(m_store.location(QStringLiteral("t")));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        auto s = (*db)->transaction([&]() -> Status {
            (void)(*db)->exec(QStringLiteral("INSERT INTO numbers (digits) VALUES ('31501234567')"));
            return Status::fail(QStringLiteral("second step failed"));
        });
        QVERIFY(!s.ok());
        QCOMPARE(NumberRepository(**db).list()->size(), 0);
    }

    // What differs on PostgreSQL: foreign keys always on, names compare without case,
    // generated keys read back, and an address never carries a password.
    void postgresSchemaAndLocation()
    {
        auto withPassword = Database::open(QStringLiteral("postgresql://centrale:secret@127.0.36.1:44501/x"));
        QVERIFY(!withPassword.ok());
        QVERIFY2(withPassword.message().contains(QLatin1String("pgpass")), qPrintable(withPassword.message()));
        QVERIFY(!withPassword.message().contains(QLatin1String("secret")));
        auto noName = Database::open(QStringLiteral("postgresql://centrale@127.0.36.1:44501/"));
        QVERIFY(!noName.ok());
        QCOMPARE(noName.error().field, QStringLiteral("db"));
        if (!test::TestStore::postgres())
            return;
        const QString path = m_store.location(QStringLiteral("pg"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QVERIFY((*db)->isPostgres());
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        QVERIFY(!(*db)->exec(QStringLiteral("INSERT INTO sip_accounts (username, role, trunk_id, ha1) VALUES ('x', 'primary', 999, 'h')")).ok());
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO call_plans (name) VALUES ('Kantoor')")).ok());
        QVERIFY(!(*db)->exec(QStringLiteral("INSERT INTO call_plans (name) VALUES ('KANTOOR')")).ok());
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO call_log (call_id, direction, account, account_role, owner, caller, callee, dialled, a_leg, b_leg,"
                                           " started_ms, sip_status, reason) VALUES ('c1', 'outbound', 'a', 'primary', 'o', '1', '2', '2', 'x', 'y', 1718000000000, 200, 'ok')"))
                    .ok()); // milliseconds need 64 bits
        // A second process opening the migrated database finds it done.
        auto second = Database::openConnection(path);
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QCOMPARE((*second)->schemaVersion(), Database::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
