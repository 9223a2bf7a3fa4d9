// kill -9 in the middle of work: the database stays intact, every acknowledged change
// is there, half-done ones are not, and the engine recovers its registrations.
#include "../sip/SippRun.h"

#include "../tools/CtlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

class TestCrashSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    CtlRunner ctl{m_dir};
    QStringList common() const { return ctl.common(); }
    QString integrity(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA integrity_check"));
        return q.next() ? q.value(0).toString() : QStringLiteral("no answer");
    }

private slots:
    void killedCliLeavesNothingHalfDone()
    {
        ctl({QStringLiteral("settings"), QStringLiteral("list")}); // creates the database
        QStringList acknowledged;
        QList<QStringList> killed;
        for (int i = 0; i < 60; ++i) {
            // Three numbers per call: they must arrive all together or not at all.
            QStringList nums;
            for (int k = 0; k < 3; ++k)
                nums << QStringLiteral("3150%1").arg(1000000 + i * 3 + k);
            QProcess p;
            p.start(QStringLiteral(CENTRALECTL_BIN), QStringList{QStringLiteral("number"), QStringLiteral("add")} + nums + common());
            QVERIFY(p.waitForStarted());
            if (i % 3 == 0) {
                QThread::usleep(QRandomGenerator::global()->bounded(40000));
                p.kill(); // SIGKILL
                p.waitForFinished();
                if (p.exitStatus() == QProcess::CrashExit)
                    killed << nums;
                else if (p.exitCode() == 0)
                    acknowledged << nums;
                continue;
            }
            p.waitForFinished(20000);
            QCOMPARE(p.exitCode(), 0);
            acknowledged << nums;
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("c.sqlite")));
            QVERIFY(db.open());
            QCOMPARE(integrity(db), QStringLiteral("ok"));
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT digits FROM numbers"));
            QSet<QString> present;
            while (q.next())
                present.insert(q.value(0).toString());
            for (const auto &n : acknowledged)
                QVERIFY2(present.contains(n), qPrintable(n));
            for (const auto &group : killed) {
                const int have = int(present.contains(group[0])) + int(present.contains(group[1])) + int(present.contains(group[2]));
                QVERIFY2(have == 0 || have == 3, qPrintable(group.join(QLatin1Char(','))));
            }
            qInfo("CLI: %lld numbers acknowledged, %lld calls killed mid-flight, integrity ok", qint64(acknowledged.size()), qint64(killed.size()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void killedEngineRecoversItsRegistrations()
    {
        ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.primary"), QStringLiteral("127.0.0.1:29060")});
        ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.secondary"), QStringLiteral("127.0.0.1:29062")});
        ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("security.flood.rate"), QStringLiteral("0")});
        QStringList lines;
        for (int i = 0; i < 20; ++i) {
            const QString n = QStringLiteral("3150%1").arg(2000000 + i);
            int code = -1;
            ctl({QStringLiteral("phone"), QStringLiteral("add"), QStringLiteral("--number"), n, QStringLiteral("--password-stdin")}, "crashPass123\n", &code);
            QCOMPARE(code, 0);
            lines << n + QLatin1Char(';') + authField(n, QStringLiteral("crashPass123")) + QStringLiteral(";600");
        }
        QProcess serve;
        serve.start(QStringLiteral(CENTRALECTL_BIN), QStringList{QStringLiteral("serve")} + common());
        QVERIFY(serve.waitForReadyRead(10000));
        auto r = runSipp(QStringLiteral("reg_ok"), QStringLiteral("127.0.0.1:29060"), QStringLiteral("127.0.0.1"), 29100, lines, 30000,
                         {QStringLiteral("-r"), QStringLiteral("50")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output.right(1500)));
        QTest::qWait(600); // acknowledged registrations are written behind within 200 ms
        serve.kill();
        serve.waitForFinished();

        QProcess again;
        again.start(QStringLiteral(CENTRALECTL_BIN), QStringList{QStringLiteral("serve")} + common());
        QVERIFY(again.waitForReadyRead(10000));
        const auto status = QJsonDocument::fromJson(ctl({QStringLiteral("status"), QStringLiteral("--json")}).toUtf8()).array();
        int registered = 0;
        for (const auto &v : status)
            registered += v.toObject()[QStringLiteral("state")].toString() != QLatin1String("unregistered");
        QCOMPARE(registered, 20);
        again.kill();
        again.waitForFinished();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check2"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db.open());
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
