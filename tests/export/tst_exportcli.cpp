// centralectl export end to end: a trunk created through the CLI, exported with and
// without passwords, and the usage errors.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestExportCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    Run ctl(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.start(QStringLiteral(CENTRALECTL_BIN),
                QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("c.db")), QStringLiteral("--secrets-file"), m_dir.filePath(QStringLiteral("s.json"))} + args);
        if (!p.waitForStarted())
            return {};
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static QString readDir(const QString &dir)
    {
        QString all;
        for (const auto &name : QDir(dir).entryList(QDir::Files)) {
            QFile f(QDir(dir).filePath(name));
            if (f.open(QIODevice::ReadOnly))
                all += QString::fromUtf8(f.readAll());
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(ctl({QStringLiteral("number"), QStringLiteral("add"), QStringLiteral("31502053031")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("number"), QStringLiteral("add"), QStringLiteral("31502053032")}).code, 0);
        const Run r = ctl({QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("PBX kantoor"), QStringLiteral("--channels"), QStringLiteral("4"),
                           QStringLiteral("--brand"), QStringLiteral("3cx"), QStringLiteral("--format"), QStringLiteral("noplus"), QStringLiteral("--ip"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--number"), QStringLiteral("31502053031:in:cid"), QStringLiteral("--number"), QStringLiteral("31502053032:in"), QStringLiteral("--password-stdin")},
                          "Cli-Primary-Pw-1\nCli-Secondary-Pw-2\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void listsFormats()
    {
        const Run r = ctl({QStringLiteral("export"), QStringLiteral("--list-formats"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(a.size() >= 9);
        QStringList keys;
        for (const auto &v : a)
            keys << v.toObject().value(QStringLiteral("key")).toString();
        for (const auto *k : {"asterisk-pjsip", "asterisk-chansip", "freepbx", "3cx", "yeastar", "avaya", "kamailio", "baresip", "linphone"})
            QVERIFY2(keys.contains(QLatin1String(k)), k);
        const Run text = ctl({QStringLiteral("export"), QStringLiteral("--list-formats")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QLatin1String("asterisk-pjsip")));
    }

    void exportsWithoutSecretsByDefault()
    {
        const QString out = m_dir.filePath(QStringLiteral("plain"));
        const Run r = ctl({QStringLiteral("export"), QStringLiteral("--trunk"), QStringLiteral("PBX kantoor"), QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("3cx")); // the brand's default
        QCOMPARE(o.value(QStringLiteral("secrets_included")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("files")).toArray().size(), 2);
        const QString all = readDir(out);
        QVERIFY(all.contains(QLatin1String("31502053031-2")));
        QVERIFY(!all.contains(QLatin1String("Cli-Primary-Pw-1")));
        QVERIFY(!all.contains(QLatin1String("Cli-Secondary-Pw-2")));
        QVERIFY(!r.out.contains(QLatin1String("Cli-")));
    }

    void exportsSecretsOwnerOnly()
    {
        const QString out = m_dir.filePath(QStringLiteral("secret"));
        const Run r = ctl({QStringLiteral("export"), QStringLiteral("--trunk"), QStringLiteral("PBX kantoor"), QStringLiteral("--format"), QStringLiteral("kamailio"),
                           QStringLiteral("--out"), out, QStringLiteral("--include-secrets")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QLatin1String("Cli-")));
        const QStringList files = QDir(out).entryList(QDir::Files);
        QCOMPARE(files, (QStringList{QStringLiteral("kamailio-centrale.cfg"), QStringLiteral("uacreg"), QStringLiteral("uacreg.sql"), QStringLiteral("version")}));
        for (const auto &f : files) {
            const auto perms = QFileInfo(QDir(out).filePath(f)).permissions();
            QVERIFY(!perms.testFlag(QFile::ReadGroup) && !perms.testFlag(QFile::ReadOther));
        }
        const QString all = readDir(out);
        QVERIFY(all.contains(QLatin1String("Cli-Primary-Pw-1")));
        QVERIFY(all.contains(QLatin1String("Cli-Secondary-Pw-2")));
        // A second run refuses to overwrite; --force allows it.
        const Run again = ctl({QStringLiteral("export"), QStringLiteral("--trunk"), QStringLiteral("PBX kantoor"), QStringLiteral("--format"), QStringLiteral("kamailio"), QStringLiteral("--out"), out});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QLatin1String("exists already")));
        const Run forced = ctl({QStringLiteral("export"), QStringLiteral("--trunk"), QStringLiteral("PBX kantoor"), QStringLiteral("--format"), QStringLiteral("kamailio"), QStringLiteral("--out"), out, QStringLiteral("--force")});
        QCOMPARE(forced.code, 0);
        QVERIFY(!readDir(out).contains(QLatin1String("Cli-Primary-Pw-1")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no target") << QStringList{QStringLiteral("--out"), QStringLiteral("x")} << QStringLiteral("--trunk");
        QTest::newRow("both") << QStringList{QStringLiteral("--trunk"), QStringLiteral("PBX kantoor"), QStringLiteral("--phone"), QStringLiteral("31502053033"), QStringLiteral("--out"), QStringLiteral("x")} << QStringLiteral("either");
        QTest::newRow("no out") << QStringList{QStringLiteral("--trunk"), QStringLiteral("PBX kantoor")} << QStringLiteral("--out");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--trunk"), QStringLiteral("PBX kantoor"), QStringLiteral("--format"), QStringLiteral("cisco"), QStringLiteral("--out"), QStringLiteral("x")} << QStringLiteral("cisco");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = ctl(QStringList{QStringLiteral("export")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void unknownTrunkFails()
    {
        const Run r = ctl({QStringLiteral("export"), QStringLiteral("--trunk"), QStringLiteral("Nope"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
