// `centralectl serve` as an administrator runs it, with a real baresip softphone.
#include "sip/StoredStatus.h"

#include <QDir>
#include <QSignalSpy>
#include "../tools/CtlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestServe : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    CtlRunner ctl{m_dir};
    QStringList common() const { return ctl.common(); }
    QJsonObject phoneStatus()
    {
        const auto a = QJsonDocument::fromJson(ctl({QStringLiteral("status"), QStringLiteral("--json")}).toUtf8()).array();
        return a.isEmpty() ? QJsonObject() : a.first().toObject();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("baresip")).isEmpty())
            QSKIP("baresip is not installed");
        ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.primary"), QStringLiteral("127.0.0.1:27060")});
        ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.secondary"), QStringLiteral("127.0.0.1:27062")});
        int code = -1;
        ctl({QStringLiteral("phone"), QStringLiteral("add"), QStringLiteral("--number"), QStringLiteral("31502053099"), QStringLiteral("--password-stdin")},
            "phonePass123\n", &code);
        QCOMPARE(code, 0);
    }

    void baresipRegistersAndServeStopsCleanly()
    {
        QProcess serve;
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(CENTRALECTL_BIN), QStringList{QStringLiteral("serve")} + common());
        QVERIFY(serve.waitForReadyRead(10000));
        QVERIFY(QString::fromUtf8(serve.readAll()).contains(QLatin1String("engine listening on 127.0.0.1:27060")));

        // A second engine on the same addresses refuses instead of sharing the port.
        int code = 0;
        const QString clash = ctl({QStringLiteral("serve")}, {}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(clash.contains(QLatin1String("already in use")), qPrintable(clash));

        const QString cfg = m_dir.filePath(QStringLiteral("baresip"));
        QDir().mkpath(cfg);
        QFile conf(cfg + QStringLiteral("/config"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("poll_method epoll\nsip_listen 127.0.0.1:27090\nsip_trans_def udp\nmodule_path /usr/lib/baresip/modules\n"
                   "module g711.so\nmodule_app account.so\naudio_player aufile,/dev/null\naudio_source aufile,/dev/null\n");
        conf.close();
        QFile acc(cfg + QStringLiteral("/accounts"));
        QVERIFY(acc.open(QIODevice::WriteOnly));
        acc.write("<sip:31502053099@127.0.0.1:27060>;auth_pass=phonePass123;regint=120\n");
        acc.close();
        // The console's view of an engine in another process: through the database.
        centrale::sip::DatabaseStatusFeed feed(m_dir.filePath(QStringLiteral("c.sqlite")));
        QSignalSpy changes(&feed, &centrale::StatusFeed::statusChanged);
        QTRY_VERIFY_WITH_TIMEOUT(feed.isRunning(), 5000);
        QCOMPARE(feed.listenAddresses(), (QStringList{QStringLiteral("127.0.0.1:27060"), QStringLiteral("127.0.0.1:27062")}));
        QProcess baresip;
        baresip.start(QStringLiteral("baresip"), {QStringLiteral("-f"), cfg, QStringLiteral("-t"), QStringLiteral("20")});
        QTRY_COMPARE_WITH_TIMEOUT(phoneStatus()[QStringLiteral("state")].toString(), QStringLiteral("registered"), 10000);
        const auto st = phoneStatus();
        QCOMPARE(st[QStringLiteral("role")].toString(), QStringLiteral("phone"));
        QVERIFY(st[QStringLiteral("user_agent")].toString().startsWith(QLatin1String("baresip")));
        QCOMPARE(st[QStringLiteral("source")].toString(), QStringLiteral("127.0.0.1:27090"));
        QVERIFY(st[QStringLiteral("expires_in")].toInt() > 60);
        QTRY_VERIFY(!changes.isEmpty());
        QCOMPARE(changes.last().first().value<centrale::AccountStatus>().state, centrale::RegistrationState::Registered);
        QCOMPARE(feed.snapshot().first().account, QStringLiteral("31502053099"));
        baresip.terminate();
        baresip.waitForFinished(5000);

        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(5000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        const QString log = QString::fromUtf8(serve.readAll());
        QVERIFY2(log.contains(QLatin1String("registered account=31502053099 role=phone")), qPrintable(log));
        QVERIFY(log.contains(QLatin1String("engine stopped")));
        QVERIFY(!log.contains(QLatin1String("phonePass123")));
        QTRY_VERIFY_WITH_TIMEOUT(!feed.isRunning(), 3000);
    }

    void badAddressesAreRefused()
    {
        int code = 0;
        const QString out = ctl({QStringLiteral("serve"), QStringLiteral("--primary"), QStringLiteral("127.0.0.1:99999")}, {}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(out.contains(QLatin1String("out of range")), qPrintable(out));
        const QString realm = ctl({QStringLiteral("serve"), QStringLiteral("--realm"), QStringLiteral("other")}, {}, &code);
        QCOMPARE(code, 2);
        QVERIFY(realm.contains(QLatin1String("settings set sip.realm")));
        const QString lift = ctl({QStringLiteral("blocked"), QStringLiteral("lift"), QStringLiteral("127.0.0.77")}, {}, &code);
        QCOMPARE(code, 1);
        QVERIFY(lift.contains(QLatin1String("not blocked")));
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
