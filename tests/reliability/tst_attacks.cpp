// Scanners, crackers and floods against `centralectl serve`, with real sipvicious and sipp.
#include "../sip/SippRun.h"

#include "../tools/CtlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

namespace {
const QString kPrimary = QStringLiteral("127.0.0.1:28060");
}

class TestAttacks : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_serve;

    CtlRunner ctl{m_dir};
    QStringList common() const { return ctl.common(); }
    QString run(const QString &program, const QStringList &args, int timeoutMs = 90000)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(timeoutMs))
            p.kill();
        p.waitForFinished();
        return QString::fromUtf8(p.readAll());
    }
    bool blocked(const QString &address)
    {
        const auto list = QJsonDocument::fromJson(ctl({QStringLiteral("blocked"), QStringLiteral("list"), QStringLiteral("--json")}).toUtf8()).array();
        for (const auto &v : list)
            if (v.toObject()[QStringLiteral("address")].toString() == address)
                return true;
        return false;
    }
    SippResult legitimateTrunk(int calls = 1, int rate = 10)
    {
        QStringList lines;
        for (int i = 0; i < calls; ++i)
            lines << QStringLiteral("31502053031;") + authField(QStringLiteral("31502053031"), QStringLiteral("primaryPass1")) + QStringLiteral(";300");
        return runSipp(QStringLiteral("reg_ok"), kPrimary, QStringLiteral("127.0.0.2"), 28102, lines, 30000,
                       {QStringLiteral("-r"), QString::number(rate)});
    }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"svwar", "svcrack", "sipp"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QSKIP("sipvicious or sipp is not installed");
        ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.primary"), kPrimary});
        ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.secondary"), QStringLiteral("127.0.0.1:28062")});
        ctl({QStringLiteral("number"), QStringLiteral("add"), QStringLiteral("31502053031")});
        int code = -1;
        ctl({QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("pbx"), QStringLiteral("--channels"), QStringLiteral("4"),
             QStringLiteral("--brand"), QStringLiteral("asterisk"), QStringLiteral("--format"), QStringLiteral("plus"), QStringLiteral("--ip"),
             QStringLiteral("127.0.0.2"), QStringLiteral("--number"), QStringLiteral("31502053031"), QStringLiteral("--password-stdin")},
            "primaryPass1\nsecondaryPass1\n", &code);
        QCOMPARE(code, 0);
        ctl({QStringLiteral("phone"), QStringLiteral("add"), QStringLiteral("--number"), QStringLiteral("31502053099"), QStringLiteral("--password-stdin")},
            "phonePass123\n", &code);
        QCOMPARE(code, 0);
        m_serve.setProcessChannelMode(QProcess::MergedChannels);
        m_serve.start(QStringLiteral(CENTRALECTL_BIN), QStringList{QStringLiteral("serve")} + common());
        QVERIFY(m_serve.waitForReadyRead(10000));
    }
    void cleanupTestCase()
    {
        if (m_serve.state() != QProcess::NotRunning) {
            m_serve.kill();
            m_serve.waitForFinished();
        }
    }

    void svwarFindsNoAccounts()
    {
        const QString out = run(QStringLiteral("svwar"), {QStringLiteral("-e100-120,31502053031,31502053099"), QStringLiteral("-m"), QStringLiteral("REGISTER"),
                                                         QStringLiteral("-p"), QStringLiteral("28060"), QStringLiteral("127.0.0.1")});
        QVERIFY2(out.contains(QLatin1String("found nothing")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("31502053099")) && !out.contains(QLatin1String("31502053031")));
    }

    void svcrackIsBlockedBeforeItFindsThePassword()
    {
        QFile dict(m_dir.filePath(QStringLiteral("dict.txt")));
        QVERIFY(dict.open(QIODevice::WriteOnly));
        for (int i = 0; i < 25; ++i)
            dict.write(QByteArray("guess") + QByteArray::number(i) + '\n');
        dict.write("phonePass123\n"); // the right one, after the block threshold
        dict.close();
        const QString out = run(QStringLiteral("svcrack"), {QStringLiteral("-u"), QStringLiteral("31502053099"), QStringLiteral("-d"), dict.fileName(),
                                                           QStringLiteral("-p"), QStringLiteral("28060"), QStringLiteral("127.0.0.1")});
        QVERIFY2(!out.contains(QLatin1String("phonePass123")), qPrintable(out));
        QTRY_VERIFY(blocked(QStringLiteral("127.0.0.1")));

        // The legitimate PBX at another address keeps registering during the attack.
        auto legit = legitimateTrunk();
        QVERIFY2(legit.exitCode == 0, qPrintable(legit.output.right(1500)));

        // The administrator lifts the block; the address is served again.
        QTest::qWait(3500);
        int code = -1;
        ctl({QStringLiteral("blocked"), QStringLiteral("lift"), QStringLiteral("127.0.0.1")}, {}, &code);
        QCOMPARE(code, 0);
        QTest::qWait(1500);
        auto again = runSipp(QStringLiteral("reg_ok"), kPrimary, QStringLiteral("127.0.0.1"), 28103,
                             {QStringLiteral("31502053099;") + authField(QStringLiteral("31502053099"), QStringLiteral("phonePass123")) + QStringLiteral(";60")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.output.right(1500)));
    }

    void floodIsShedWhileOthersAreServed()
    {
        // 9,000 OPTIONS at 3,000/s from one address (bounded), while the trunk's PBX
        // registers 60 times and a phone elsewhere 15 times.
        QTemporaryDir tmp;
        QProcess flood;
        flood.start(QStringLiteral("sipp"), {QStringLiteral("-sf"), QStringLiteral(CENTRALE_TEST_DATA "/sipp/options_flood.xml"), kPrimary, QStringLiteral("-i"),
                                              QStringLiteral("127.0.0.9"), QStringLiteral("-p"), QStringLiteral("28109"), QStringLiteral("-r"), QStringLiteral("3000"),
                                              QStringLiteral("-m"), QStringLiteral("9000"), QStringLiteral("-timeout"), QStringLiteral("20s"), QStringLiteral("-nostdin")});
        QVERIFY(flood.waitForStarted());
        auto legit = legitimateTrunk(60, 20);
        QStringList phoneLines;
        for (int i = 0; i < 15; ++i)
            phoneLines << QStringLiteral("31502053099;") + authField(QStringLiteral("31502053099"), QStringLiteral("phonePass123")) + QStringLiteral(";60");
        auto phone = runSipp(QStringLiteral("reg_ok"), kPrimary, QStringLiteral("127.0.0.3"), 28104, phoneLines, 30000, {QStringLiteral("-r"), QStringLiteral("5")});
        flood.waitForFinished(30000);
        QVERIFY2(legit.exitCode == 0, qPrintable(legit.output.right(1500)));
        QVERIFY2(phone.exitCode == 0, qPrintable(phone.output.right(1500)));

        ::kill(pid_t(m_serve.processId()), SIGTERM);
        QVERIFY(m_serve.waitForFinished(10000));
        const QString log = QString::fromUtf8(m_serve.readAll());
        QVERIFY2(log.contains(QLatin1String("flood address=127.0.0.9")), qPrintable(log.right(2000)));
        const auto m = QRegularExpression(QStringLiteral("stats requests=(\\d+) .* shed-flood=(\\d+)")).match(log);
        QVERIFY(m.hasMatch());
        const qint64 shed = m.captured(2).toLongLong();
        QVERIFY2(shed > 4000, qPrintable(log.right(500)));
        qInfo("flood: %lld requests shed in all (the 9,000-OPTIONS flood and the scanners' bursts); legitimate: 60/60 trunk and 15/15 phone registrations succeeded", shed);
    }
};

QTEST_GUILESS_MAIN(TestAttacks)
#include "tst_attacks.moc"
