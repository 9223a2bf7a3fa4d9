#pragma once
// The store a store test runs against: an SQLite file (default) or, when the test runs
// with CENTRALE_TEST_STORE=postgresql (the *_pg tests in CMake), a fresh database in a
// private PostgreSQL 15 cluster on 127.0.36.1 and the port CENTRALE_TEST_PG_PORT gives.
// The same test functions thus prove both backends.
#include "../../tools/PgCluster.h"

#include <QTemporaryDir>
#include <QTest>

namespace centrale::test {

class TestStore {
public:
    static bool postgres() { return qEnvironmentVariable("CENTRALE_TEST_STORE") == QLatin1String("postgresql"); }

    // In initTestCase(). Empty on success, else why the backend is not usable.
    QString start()
    {
        if (!postgres())
            return {};
        const int port = qEnvironmentVariableIntValue("CENTRALE_TEST_PG_PORT");
        return m_cluster.start(QStringLiteral("127.0.36.1"), port ? port : 44501);
    }
    // In cleanupTestCase().
    void stop() { m_cluster.stop(); }

    // A new, empty store named after name (unique per test program).
    QString location(const QString &name)
    {
        if (postgres())
            return m_cluster.createDatabase(name);
        return m_dir.filePath(name + QStringLiteral(".sqlite"));
    }

private:
    QTemporaryDir m_dir;
    PgCluster m_cluster;
};

} // namespace centrale::test

// In initTestCase(): start the backend or fail the whole program with the reason.
#define CENTRALE_START_STORE(store)                                                                                                                    \
    do {                                                                                                                                               \
        const QString why_ = (store).start();                                                                                                          \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                                                                    \
    } while (false)
