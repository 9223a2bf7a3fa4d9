// kill -9 in the middle of work: the database stays intact, every acknowledged change
// is there, half-done ones are not, and the engine recovers its registrations.
#include "../sip/SippRun.h"

#include "../tools/CtlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
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

    // The messages a sipp trace file shows as received, one per entry.
    static QStringList receivedMessages(const QString &traceFile)
    {
        QFile f(traceFile);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList out;
        for (const auto &block : QString::fromUtf8(f.readAll()).split(QStringLiteral("-----------------------------------------------")))
            if (block.contains(QLatin1String("message received")))
                out << block;
        return out;
    }
    static QString header(const QString &message, const QString &name)
    {
        const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(name), QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        return re.match(message).captured(1).trimmed();
    }
    QSet<QString> column(const QString &sql)
    {
        QSet<QString> out;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rows"));
        db.setDatabaseName(ctl.dbPath());
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(sql);
            while (q.next())
                out.insert(q.value(0).toString());
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("rows"));
        return out;
    }
    // A sipp run in the background whose messages are traced to a file.
    // What one kill -9 series runs: the engine's address (the PBX and the phones send from
    // it too), the carrier's, the first source ports (one more each round), the rounds and the
    // engine's SIP workers.
    struct Traffic {
        QString ip;
        int enginePort;
        QString carrierIp;
        int carrierPort, regPort, callPort, rounds, workers;
        QString trunk; // its number; the trunk is named after it
    };
    static void startTraced(QProcess &p, const Traffic &t, const QString &scenario, const QString &csv, const QString &trace, int port, const QStringList &extra)
    {
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("sipp"), QStringList{QStringLiteral("-sf"), QStringLiteral(CENTRALE_TEST_DATA "/sipp/") + scenario, QStringLiteral("-inf"), csv,
                                                    QStringLiteral("-i"), t.ip, QStringLiteral("-p"), QString::number(port),
                                                    QStringLiteral("-nostdin"), QStringLiteral("-trace_msg"), QStringLiteral("-message_file"), trace,
                                                    QStringLiteral("-timeout"), QStringLiteral("20s"), t.ip + QStringLiteral(":%1").arg(t.enginePort)}
                                            + extra);
        p.waitForStarted();
    }
    static void stop(QProcess &p)
    {
        if (!p.waitForFinished(1500))
            p.kill();
        p.waitForFinished();
    }

    bool m_phonesAdded = false;

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
        serve.kill(); // at once: every 200 OK sipp saw was sent after its binding was committed
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

private:
    // Group commit: a REGISTER's 200 OK and a BYE's 200 OK go out only after the binding and
    // the call-log row are committed. Kill -9 at random moments, many times: whatever a peer
    // saw acknowledged must be in the database afterwards.
    void killMidTraffic(const Traffic &t)
    {
        QTemporaryDir work;
        const QString engine = t.ip + QStringLiteral(":%1").arg(t.enginePort);
        for (const auto &[k, v] : {std::pair{QStringLiteral("sip.primary"), engine}, {QStringLiteral("sip.secondary"), t.ip + QStringLiteral(":%1").arg(t.enginePort + 2)},
                                   {QStringLiteral("security.flood.rate"), QStringLiteral("0")}, {QStringLiteral("sip.qualify.interval"), QStringLiteral("0")},
                                   {QStringLiteral("upstream.address"), t.carrierIp + QStringLiteral(":%1").arg(t.carrierPort)},
                                   {QStringLiteral("sip.workers.port"), QString::number(t.enginePort + 10)},
                                   {QStringLiteral("fraud.floor.calls"), QStringLiteral("1000000")}, {QStringLiteral("fraud.burst.calls"), QStringLiteral("1000000")}})
            ctl({QStringLiteral("settings"), QStringLiteral("set"), k, v});
        QStringList regLines;
        for (int i = 0; i < 60; ++i) {
            const QString n = QStringLiteral("3150%1").arg(3000000 + i);
            if (!m_phonesAdded) {
                int code = -1;
                ctl({QStringLiteral("phone"), QStringLiteral("add"), QStringLiteral("--number"), n, QStringLiteral("--password-stdin")}, "crashPass123\n", &code);
                QCOMPARE(code, 0);
            }
            regLines << n + QLatin1Char(';') + authField(n, QStringLiteral("crashPass123")) + QStringLiteral(";600");
        }
        m_phonesAdded = true;
        const QString trunk = t.trunk;
        ctl({QStringLiteral("number"), QStringLiteral("add"), trunk});
        int code = -1;
        ctl({QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("crash") + trunk, QStringLiteral("--channels"), QStringLiteral("50"),
             QStringLiteral("--brand"), QStringLiteral("asterisk"), QStringLiteral("--format"), QStringLiteral("noplus"), QStringLiteral("--ip"),
             t.ip, QStringLiteral("--number"), trunk + QStringLiteral(":in:cid"), QStringLiteral("--password-stdin")},
            "trunkPass123\ntrunkPass456\n", &code);
        QCOMPARE(code, 0);
        auto writeCsv = [&](const QString &name, const QStringList &lines) {
            QFile f(work.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write("SEQUENTIAL\n" + lines.join(QLatin1Char('\n')).toUtf8() + '\n');
            return f.fileName();
        };
        const QString regCsv = writeCsv(QStringLiteral("reg.csv"), regLines);
        const QString callCsv = writeCsv(QStringLiteral("call.csv"), {trunk + QStringLiteral(";0201234567;") + authField(trunk, QStringLiteral("trunkPass123")) + QStringLiteral(";;")});

        int ackedBindings = 0, completedCalls = 0;
        for (int round = 0; round < t.rounds; ++round) {
            QProcess serve;
            QVERIFY(ctl.startServe(serve, {QStringLiteral("--workers"), QString::number(t.workers)}));
            QProcess carrier, pbx, phones;
            carrier.setProcessChannelMode(QProcess::MergedChannels);
            carrier.start(QStringLiteral("sipp"), {QStringLiteral("-sf"), QStringLiteral(CENTRALE_TEST_DATA "/sipp/calls/carrier_answer.xml"), QStringLiteral("-i"),
                                                   t.carrierIp, QStringLiteral("-p"), QString::number(t.carrierPort), QStringLiteral("-nostdin"),
                                                   QStringLiteral("-timeout"), QStringLiteral("20s")});
            const QString regTrace = work.filePath(QStringLiteral("reg%1.log").arg(round));
            const QString callTrace = work.filePath(QStringLiteral("call%1.log").arg(round));
            const int regPort = t.regPort + round, callPort = t.callPort + round;
            startTraced(phones, t, QStringLiteral("reg_ok.xml"), regCsv, regTrace, regPort, {QStringLiteral("-m"), QStringLiteral("60"), QStringLiteral("-r"), QStringLiteral("100")});
            startTraced(pbx, t, QStringLiteral("calls/pbx_call.xml"), callCsv, callTrace, callPort,
                        {QStringLiteral("-m"), QStringLiteral("40"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-d"), QStringLiteral("50")});
            QTest::qWait(150 + QRandomGenerator::global()->bounded(700));
            serve.kill(); // SIGKILL, mid-flight
            serve.waitForFinished();
            for (QProcess *p : {&phones, &pbx, &carrier})
                stop(*p);

            QSet<QString> ackedUsers, ackedCalls;
            for (const auto &m : receivedMessages(regTrace))
                if (m.contains(QLatin1String("SIP/2.0 200 OK")) && header(m, QStringLiteral("CSeq")).endsWith(QLatin1String("REGISTER")))
                    ackedUsers.insert(QRegularExpression(QStringLiteral("sip:(\\d+)@")).match(header(m, QStringLiteral("To"))).captured(1));
            for (const auto &m : receivedMessages(callTrace))
                if (m.contains(QLatin1String("SIP/2.0 200 OK")) && header(m, QStringLiteral("CSeq")).endsWith(QLatin1String("BYE")))
                    ackedCalls.insert(header(m, QStringLiteral("Call-ID")));
            const QSet<QString> stored = column(QStringLiteral("SELECT a.username FROM bindings b JOIN sip_accounts a ON a.id = b.account_id"
                                                               " WHERE b.source = '%1:%2'").arg(t.ip).arg(regPort));
            const QSet<QString> logged = column(QStringLiteral("SELECT call_id FROM call_log"));
            for (const auto &u : ackedUsers)
                QVERIFY2(stored.contains(u), qPrintable(QStringLiteral("round %1: %2's 200 OK was sent but its binding is not stored").arg(round).arg(u)));
            for (const auto &c : ackedCalls)
                QVERIFY2(logged.contains(c), qPrintable(QStringLiteral("round %1: call %2's BYE was answered but the call is not in the log").arg(round).arg(c)));
            ackedBindings += int(ackedUsers.size());
            completedCalls += int(ackedCalls.size());
        }
        qInfo("kill -9 %d times mid-traffic with %d SIP worker(s): %d acknowledged registrations and %d completed calls, all stored", t.rounds, t.workers,
              ackedBindings, completedCalls);
        QVERIFY(ackedBindings > 0 && completedCalls > 0); // the kills did land during real traffic
    }

private slots:
    void killedEngineHasStoredEveryAcknowledgedChange()
    {
        killMidTraffic({QStringLiteral("127.0.0.1"), 29060, QStringLiteral("127.0.0.3"), 29090, 29200, 29300, 6, 1, QStringLiteral("31502900001")});
    }
    // The same with two SIP workers (each with its own held answers and AckQueue), fewer rounds.
    void killedEngineWithTwoWorkersHasStoredEveryAcknowledgedChange()
    {
        killMidTraffic({QStringLiteral("127.0.51.1"), 48160, QStringLiteral("127.0.51.3"), 48190, 48240, 48250, 3, 2, QStringLiteral("31502900002")});
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
