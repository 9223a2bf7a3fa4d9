// `centralectl phone set --mac/--model`, `provisioning show` and the provisioning
// settings, run as a script would.
#include "../tools/CtlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString s(const char *latin1) { return QString::fromLatin1(latin1); }
const char *kPassword = "Phone-Pass-1234";
} // namespace

class TestProvisioningCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner m_runner{m_dir};
    using Run = CtlRunner::Run;
    Run ctl(const QStringList &args, const QByteArray &in = {}) { return m_runner.run(args, in); }
    QJsonObject phone()
    {
        const auto a = QJsonDocument::fromJson(ctl({s("--json"), s("phone"), s("list")}).out.toUtf8()).array();
        return a.isEmpty() ? QJsonObject() : a.first().toObject();
    }

private slots:
    void initTestCase()
    {
        const Run r = ctl({s("phone"), s("add"), s("--number"), s("+31502053033"), s("--password-stdin")}, QByteArray(kPassword) + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void setMacAndModel()
    {
        const Run r = ctl({s("phone"), s("set"), s("--number"), s("+31502053033"), s("--mac"), s("00-15-65-AA-BB-CC"), s("--model"), s("t46u"),
                           s("--display-name"), s("Receptie")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject p = phone();
        QCOMPARE(p.value(s("mac")).toString(), s("001565aabbcc"));
        QCOMPARE(p.value(s("model")).toString(), s("T46U"));
        QCOMPARE(p.value(s("display_name")).toString(), s("Receptie"));
    }

    void badInputNamesTheFieldAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("field");
        QTest::newRow("mac") << QStringList{s("--mac"), s("00:15:65:AA:BB")} << s("--mac");
        QTest::newRow("model") << QStringList{s("--model"), s("Nokia3310")} << s("--model");
        QTest::newRow("nothing") << QStringList{} << s("--mac");
    }
    void badInputNamesTheFieldAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, field);
        const QJsonObject before = phone();
        const Run r = ctl(QStringList{s("phone"), s("set"), s("--number"), s("+31502053033")} + args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QVERIFY2(r.err.contains(field), qPrintable(r.err));
        QCOMPARE(phone(), before);
    }

    void macBelongsToOnePhone()
    {
        QCOMPARE(ctl({s("phone"), s("add"), s("--number"), s("+31502053034"), s("--password-stdin")}, "Other-Pass-1234\n").code, 0);
        const Run r = ctl({s("phone"), s("set"), s("--number"), s("+31502053034"), s("--mac"), s("001565aabbcc"), s("--model"), s("T46U")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(s("+31502053033")), qPrintable(r.err));
    }

    void showMasksThePasswordUnlessAsked()
    {
        Run r = ctl({s("provisioning"), s("show"), s("--mac"), s("00:15:65:aa:bb:cc")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(s("==> 001565aabbcc.cfg <==")));
        QVERIFY(r.out.contains(s("==> y000000000108.cfg <==")));
        QVERIFY(r.out.contains(s("account.1.password = ********")));
        QVERIFY(!r.out.contains(QLatin1String(kPassword)));
        QVERIFY(r.out.contains(s("account.1.display_name = Receptie")));
        r = ctl({s("--json"), s("provisioning"), s("show"), s("--mac"), s("001565aabbcc"), s("--include-secrets")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray files = QJsonDocument::fromJson(r.out.toUtf8()).object().value(s("files")).toArray();
        QCOMPARE(files.size(), 2);
        QVERIFY(files.last().toObject().value(s("content")).toString().contains(s("account.1.password = ") + QLatin1String(kPassword)));
        r = ctl({s("provisioning"), s("show"), s("--mac"), s("0015.65aa.bbcd")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(s("001565aabbcd")));
    }

    void settings()
    {
        QCOMPARE(ctl({s("settings"), s("set"), s("provisioning.tftp"), s("127.0.16.1:41669")}).code, 0);
        QCOMPARE(ctl({s("settings"), s("get"), s("provisioning.tftp")}).out.trimmed(), s("127.0.16.1:41669"));
        Run r = ctl({s("settings"), s("set"), s("provisioning.tftp"), s("tftp.example.nl:69")});
        QCOMPARE(r.code == 0, false);
        QVERIFY(r.err.contains(s("provisioning.tftp")));
        r = ctl({s("settings"), s("set"), s("provisioning.whitelist"), s("192.0.2.0/24, 198.51.100.7")});
        QCOMPARE(r.code, 0);
        r = ctl({s("settings"), s("set"), s("provisioning.whitelist"), s("192.0.2.1/24")});
        QVERIFY(r.code != 0);
        const Run json = ctl({s("--json"), s("provisioning"), s("show"), s("--mac"), s("001565aabbcc")});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(s("tftp_url")).toString(), s("tftp://127.0.16.1:41669/"));
    }

    void helpExists()
    {
        for (const char *a : {"show", "token", "log"}) {
            const Run r = ctl({s("provisioning"), QLatin1String(a), s("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY(r.out.contains(s("Usage")));
        }
        const Run r = ctl({s("phone"), s("set"), s("--help")});
        QVERIFY(r.out.contains(s("--mac")));
        QVERIFY(r.out.contains(s("T46U")));
    }
};

QTEST_GUILESS_MAIN(TestProvisioningCli)
#include "tst_provisioningcli.moc"
