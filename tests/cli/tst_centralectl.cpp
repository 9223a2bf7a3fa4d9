// Runs the built centralectl as a script would.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include "../tools/CtlRunner.h"

#include <QTest>

class TestCentralectl : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner m_runner{m_dir, QStringLiteral("c.sqlite"), QStringLiteral("secrets.json")};
    using Run = CtlRunner::Run;
    Run ctl(const QStringList &args, const QByteArray &stdinData = {}) { return m_runner.run(args, stdinData); }
    QJsonDocument json(const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()); }
    qint64 fileSize(const QString &name) { return QFileInfo(m_dir.filePath(name)).size(); }

private slots:
    void theSeedExampleEndToEnd()
    {
        QCOMPARE(ctl({QStringLiteral("number"), QStringLiteral("add"), QStringLiteral("31502053031"), QStringLiteral("050 205 3032")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("callplan"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Belroute vd garage"),
                      QStringLiteral("--internal"), QStringLiteral("3031")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("callplan"), QStringLiteral("link"), QStringLiteral("--callplan"), QStringLiteral("Belroute vd garage"),
                      QStringLiteral("--number"), QStringLiteral("+31502053031")}).code, 0);
        auto plans = json(ctl({QStringLiteral("callplan"), QStringLiteral("list"), QStringLiteral("--json")})).array();
        QCOMPARE(plans.first()[QStringLiteral("numbers")].toArray().first().toString(), QStringLiteral("+31502053031"));

        const QStringList trunkAdd{QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("PBX kantoor"),
                                   QStringLiteral("--channels"), QStringLiteral("4"), QStringLiteral("--brand"), QStringLiteral("yeastar"),
                                   QStringLiteral("--format"), QStringLiteral("noplus"), QStringLiteral("--ip"), QStringLiteral("192.0.2.10"),
                                   QStringLiteral("--number"), QStringLiteral("31502053031:in:cid"), QStringLiteral("--number"),
                                   QStringLiteral("31502053032:in"), QStringLiteral("--failover"), QStringLiteral("Belroute vd garage")};
        auto linked = ctl(trunkAdd);
        QCOMPARE(linked.code, 1);
        QVERIFY2(linked.err.contains(QLatin1String("call plan \"Belroute vd garage\"")), qPrintable(linked.err));

        QCOMPARE(ctl({QStringLiteral("callplan"), QStringLiteral("unlink"), QStringLiteral("--number"), QStringLiteral("31502053031")}).code, 0);
        auto created = ctl(trunkAdd + QStringList{QStringLiteral("--password-stdin")}, "primary-Pa55word\nsecondary-Pa55word\n");
        QVERIFY2(created.code == 0, qPrintable(created.err));
        QVERIFY(!created.out.contains(QLatin1String("Pa55word"))); // given passwords are never echoed

        auto trunks = json(ctl({QStringLiteral("trunk"), QStringLiteral("list"), QStringLiteral("--json")})).array();
        QCOMPARE(trunks.size(), 1);
        const auto t = trunks.first().toObject();
        QCOMPARE(t[QStringLiteral("name")].toString(), QStringLiteral("PBX kantoor"));
        QCOMPARE(t[QStringLiteral("format")].toString(), QStringLiteral("noplus"));
        QCOMPARE(t[QStringLiteral("failover")].toString(), QStringLiteral("Belroute vd garage"));
        QCOMPARE(t[QStringLiteral("primary")][QStringLiteral("username")].toString(), QStringLiteral("31502053031"));
        QCOMPARE(t[QStringLiteral("secondary")][QStringLiteral("server")].toString(), QStringLiteral("127.0.0.1:5062"));
        QCOMPARE(t[QStringLiteral("numbers")].toArray().at(1)[QStringLiteral("caller_id")].toBool(), false);

        auto numbers = json(ctl({QStringLiteral("number"), QStringLiteral("list"), QStringLiteral("--json")})).array();
        QCOMPARE(numbers.first()[QStringLiteral("linked_to")].toString(), QStringLiteral("trunk"));

        // The database keeps digests only; the passwords are in the secrets file.
        QFile db(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("primary-Pa55word"));
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("secrets.json"))).exists());
    }

    void generatedPasswordsArePrintedOnce()
    {
        auto r = ctl({QStringLiteral("phone"), QStringLiteral("add"), QStringLiteral("--number"), QStringLiteral("0501234567"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString pw = json(r).object()[QStringLiteral("password")].toString();
        QVERIFY(pw.size() >= 20);
        auto list = ctl({QStringLiteral("phone"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(!list.out.contains(pw));
        QCOMPARE(json(list).array().first()[QStringLiteral("username")].toString(), QStringLiteral("31501234567"));
    }

    void badInputIsOneLineAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad number") << QStringList{QStringLiteral("number"), QStringLiteral("add"), QStringLiteral("12ab")} << 2 << QStringLiteral("not a phone number");
        QTest::newRow("0 channels") << QStringList{QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x1"), QStringLiteral("--channels"), QStringLiteral("0"), QStringLiteral("--brand"), QStringLiteral("3cx"), QStringLiteral("--format"), QStringLiteral("plus"), QStringLiteral("--ip"), QStringLiteral("192.0.2.1"), QStringLiteral("--primary-user"), QStringLiteral("aaa"), QStringLiteral("--secondary-user"), QStringLiteral("bbb")} << 2 << QStringLiteral("--channels must be");
        QTest::newRow("bad cidr") << QStringList{QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x1"), QStringLiteral("--channels"), QStringLiteral("2"), QStringLiteral("--brand"), QStringLiteral("3cx"), QStringLiteral("--format"), QStringLiteral("plus"), QStringLiteral("--ip"), QStringLiteral("192.0.2.1/40")} << 2 << QStringLiteral("out of range");
        QTest::newRow("bad brand") << QStringList{QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x1"), QStringLiteral("--channels"), QStringLiteral("2"), QStringLiteral("--brand"), QStringLiteral("panasonic"), QStringLiteral("--format"), QStringLiteral("plus"), QStringLiteral("--ip"), QStringLiteral("192.0.2.1")} << 2 << QStringLiteral("--brand \"panasonic\"");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("number"), QStringLiteral("list"), QStringLiteral("--frobnicate")} << 2 << QStringLiteral("frobnicate");
        QTest::newRow("unknown setting") << QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.nope"), QStringLiteral("1")} << 2 << QStringLiteral("Unknown setting");
        QTest::newRow("bad address") << QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.primary"), QStringLiteral("127.0.0.1:99999")} << 2 << QStringLiteral("out of range");
        QTest::newRow("remove unknown") << QStringList{QStringLiteral("trunk"), QStringLiteral("remove"), QStringLiteral("ghost")} << 1 << QStringLiteral("no trunk named");
        QTest::newRow("password arg") << QStringList{QStringLiteral("phone"), QStringLiteral("add"), QStringLiteral("--number"), QStringLiteral("0501234599"), QStringLiteral("--password"), QStringLiteral("x")} << 2 << QStringLiteral("password");
    }
    void badInputIsOneLineAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const qint64 before = fileSize(QStringLiteral("c.sqlite"));
        auto r = ctl(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(fileSize(QStringLiteral("c.sqlite")), before);
        QVERIFY(json(ctl({QStringLiteral("trunk"), QStringLiteral("list"), QStringLiteral("--json")})).array().size() <= 1);
    }

    void settingsRoundTripAndRealmChangeRehashes()
    {
        QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.primary"), QStringLiteral("127.0.0.1:5070")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("sip.primary")}).out.trimmed(), QStringLiteral("127.0.0.1:5070"));
        QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.realm"), QStringLiteral("pbx.example")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("sip.realm")}).out.trimmed(), QStringLiteral("pbx.example"));
    }

    void helpEverywhereWithoutSecrets()
    {
        for (const auto &cmd : {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--help")},
                                QStringList{QStringLiteral("phone"), QStringLiteral("add"), QStringLiteral("--help")},
                                QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--help")}}) {
            auto r = ctl(cmd);
            QCOMPARE(r.code, 0);
            QVERIFY(r.out.contains(QLatin1String("Usage")));
            QVERIFY(!r.out.contains(QLatin1String("Pa55")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCentralectl)
#include "tst_centralectl.moc"
