// `centralectl serve --db postgresql://…`: the engine on a PostgreSQL store. A real sipp
// peer registers; the binding is in PostgreSQL, and the CLI (another process) reads it,
// the configuration and the call log from there. Everything on 127.0.36.1.
#include "SippRun.h"
#include "store/Database.h"
#include "../tools/PgCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace centrale;

namespace {
const QString kIp = QStringLiteral("127.0.36.1");
const QString kPrimary = QStringLiteral("127.0.36.1:44520");
const QString kPhone = QStringLiteral("31502053099");
} // namespace

class TestServePostgres : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    test::PgCluster m_cluster;
    QString m_db;

    struct Run {
        int code = -1;
        QString out;
    };
    Run ctl(const QStringList &args, const QByteArray &in = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(CENTRALECTL_BIN), args + QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--secrets-file"), m_dir.filePath(QStringLiteral("s.json"))});
        p.write(in);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QSKIP("sipp is not installed");
        const QString why = m_cluster.start(kIp, 44510);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_db = m_cluster.createDatabase(QStringLiteral("engine"));
        for (const auto &[key, value] : {std::pair{QStringLiteral("sip.primary"), kPrimary}, std::pair{QStringLiteral("sip.secondary"), QStringLiteral("127.0.36.1:44522")}}) {
            const Run r = ctl({QStringLiteral("settings"), QStringLiteral("set"), key, value});
            QVERIFY2(r.code == 0, qPrintable(r.out));
        }
        const Run r = ctl({QStringLiteral("phone"), QStringLiteral("add"), QStringLiteral("--number"), kPhone, QStringLiteral("--password-stdin")}, "phonePass123\n");
        QVERIFY2(r.code == 0, qPrintable(r.out));
    }
    void cleanupTestCase() { m_cluster.stop(); }

    void registerIsStoredInPostgres()
    {
        QProcess serve;
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(CENTRALECTL_BIN),
                    {QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--secrets-file"), m_dir.filePath(QStringLiteral("s.json"))});
        QVERIFY(serve.waitForReadyRead(20000));
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(serve.peek(65536)).contains(QLatin1String("engine listening on ") + kPrimary), 10000);

        const auto reg = runSipp(QStringLiteral("reg_ok"), kPrimary, kIp, 44530, {kPhone + QLatin1Char(';') + authField(kPhone, QStringLiteral("phonePass123")) + QStringLiteral(";300")});
        QVERIFY2(reg.exitCode == 0, qPrintable(reg.output.right(2000)));

        // The binding, as the engine's write-behind committed it to PostgreSQL.
        auto db = Database::open(m_db);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QVERIFY((*db)->isPostgres());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto q = (*db)->exec(QStringLiteral("SELECT b.source, b.user_agent FROM bindings b JOIN sip_accounts s ON s.id = b.account_id WHERE s.username = ?"), {kPhone});
                return q && q->next() && q->value(0).toString() == kIp + QStringLiteral(":44530") && q->value(1).toString() == QLatin1String("sipp-centrale-test");
            }(),
            5000);

        // Another process reads the live state, the configuration and the call log from there.
        const Run status = ctl({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.code, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(status.out.toUtf8()).array();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first()[QStringLiteral("state")].toString(), QStringLiteral("registered"));
        QCOMPARE(accounts.first()[QStringLiteral("source")].toString(), kIp + QStringLiteral(":44530"));
        const Run primary = ctl({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("sip.primary")});
        QVERIFY2(primary.code == 0 && primary.out.contains(kPrimary), qPrintable(primary.out));
        const Run calls = ctl({QStringLiteral("calls"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(calls.code == 0, qPrintable(calls.out));
        QVERIFY(QJsonDocument::fromJson(calls.out.toUtf8()).isArray());

        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitCode(), 0);
        const QString log = QString::fromUtf8(serve.readAll());
        QVERIFY2(log.contains(QLatin1String("registered account=31502053099 role=phone")), qPrintable(log));
        QVERIFY(!log.contains(QLatin1String("phonePass123")));
    }

    // A password in the address is refused (it would sit in the process list), in one line.
    void passwordInAddressRefused()
    {
        QProcess p;
        p.start(QStringLiteral(CENTRALECTL_BIN), {QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("postgresql://centrale:Geheim99@127.0.36.1:44510/engine")});
        QVERIFY(p.waitForFinished(20000));
        const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.startsWith(QLatin1String("centralectl: ")) && !err.contains(QLatin1Char('\n')) && err.contains(QLatin1String("~/.pgpass")), qPrintable(err));
        QVERIFY(!err.contains(QLatin1String("Geheim99")));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    // A backup file is SQLite's; on PostgreSQL the CLI says what to use instead.
    void backupRefusesClearly()
    {
        const Run r = ctl({QStringLiteral("backup"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("b.centrale"))});
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("pg_dump")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestServePostgres)
#include "tst_servepostgres.moc"
