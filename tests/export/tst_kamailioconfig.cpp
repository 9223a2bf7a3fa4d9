// The generated Kamailio snippet must be accepted by the real kamailio -c inside a
// minimal configuration (and a broken snippet must not be, so the check checks).
#include "ExportFixture.h"
#include "export/ExportRegistry.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

namespace {
const QString kKamailio = QStringLiteral("/usr/sbin/kamailio");
const QString kModules = QStringLiteral("/usr/lib/x86_64-linux-gnu/kamailio/modules/");

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

// Minimal config around the snippet: the modules it needs first, then the snippet.
QString mainConfig(const QString &dbDir, const QString &snippet)
{
    return QStringLiteral("#!KAMAILIO\n"
                          "#!define DBURL \"text://%1\"\n"
                          "#!define CENTRALE_CONTACT \"127.0.0.1:5999\"\n"
                          "debug=2\nlog_stderror=yes\nlisten=udp:127.0.0.1:5999\n"
                          "mpath=\"%2\"\n"
                          "loadmodule \"tm.so\"\nloadmodule \"rr.so\"\nloadmodule \"sl.so\"\nloadmodule \"pv.so\"\n"
                          "loadmodule \"xlog.so\"\nloadmodule \"db_text.so\"\n"
                          "include_file \"%3\"\n"
                          "request_route {\n    route(CENTRALE_INBOUND);\n}\n")
        .arg(dbDir, kModules, snippet);
}

struct Check {
    int exitCode = -1;
    QString output;
};

Check runCheck(const QString &cfg)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kKamailio, {QStringLiteral("-c"), QStringLiteral("-f"), cfg});
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {-1, QStringLiteral("timeout")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromLocal8Bit(p.readAll())};
}
} // namespace

class TestKamailioConfig : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFileInfo(kKamailio).isExecutable())
            QSKIP("kamailio is not installed (/usr/sbin/kamailio)");
    }

    void snippetIsAccepted_data()
    {
        QTest::addColumn<bool>("phone");
        QTest::newRow("trunk") << false;
        QTest::newRow("phone") << true;
    }
    void snippetIsAccepted()
    {
        QFETCH(bool, phone);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto files = ExportRegistry::generate(QStringLiteral("kamailio"), testing::exampleInput(phone, true));
        QVERIFY2(files.ok(), qPrintable(files.message()));
        QString snippet;
        for (const auto &f : files.value()) {
            QVERIFY(writeFile(dir.filePath(f.fileName), f.contents));
            if (f.fileName.endsWith(QLatin1String(".cfg")))
                snippet = dir.filePath(f.fileName);
        }
        QVERIFY(!snippet.isEmpty());
        const QString cfg = dir.filePath(QStringLiteral("kamailio.cfg"));
        QVERIFY(writeFile(cfg, mainConfig(dir.path(), snippet)));
        const Check c = runCheck(cfg);
        QVERIFY2(c.exitCode == 0, qPrintable(c.output));
        QVERIFY2(c.output.contains(QLatin1String("config file ok")), qPrintable(c.output));
    }

    void brokenSnippetIsRefused()
    {
        QTemporaryDir dir;
        auto files = ExportRegistry::generate(QStringLiteral("kamailio"), testing::exampleInput(false));
        QVERIFY(files.ok());
        QString snippet;
        for (const auto &f : files.value())
            if (f.fileName.endsWith(QLatin1String(".cfg")))
                snippet = QString(f.contents).replace(QStringLiteral("reg_contact_addr"), QStringLiteral("reg_contact_adress"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bad.cfg")), snippet));
        const QString cfg = dir.filePath(QStringLiteral("kamailio.cfg"));
        QVERIFY(writeFile(cfg, mainConfig(dir.path(), dir.filePath(QStringLiteral("bad.cfg")))));
        const Check c = runCheck(cfg);
        QVERIFY2(c.exitCode != 0, qPrintable(c.output));
    }

    // The db_text table in the export folder loads into a real Kamailio: both
    // registrations are created and sent (to addresses where nothing answers; the
    // registration against the Centrale engine is the interop test's job).
    void dbTextRowsLoad()
    {
        QTemporaryDir dir;
        ExportInput in = testing::exampleInput(false, true);
        in.primaryServer = QStringLiteral("127.0.0.87:59990");
        in.secondaryServer = QStringLiteral("127.0.0.87:59992");
        auto files = ExportRegistry::generate(QStringLiteral("kamailio"), in);
        QVERIFY(files.ok());
        for (const auto &f : files.value())
            QVERIFY(writeFile(dir.filePath(f.fileName), f.contents));
        QString cfg = mainConfig(dir.path(), dir.filePath(QStringLiteral("kamailio-centrale.cfg")));
        cfg.replace(QStringLiteral("debug=2"), QStringLiteral("debug=3"));
        cfg.replace(QStringLiteral("127.0.0.1:5999"), QStringLiteral("127.0.0.87:59980"));
        cfg += QStringLiteral("modparam(\"uac\", \"reg_timer_interval\", 1)\n");
        const QString path = dir.filePath(QStringLiteral("run.cfg"));
        QVERIFY(writeFile(path, cfg));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(kKamailio, {QStringLiteral("-DD"), QStringLiteral("-E"), QStringLiteral("-f"), path});
        QVERIFY(p.waitForStarted());
        QString log;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && !(log.contains(QLatin1String("to 127.0.0.87:59990")) && log.contains(QLatin1String("to 127.0.0.87:59992")))) {
            p.waitForReadyRead(200);
            log += QString::fromLocal8Bit(p.readAll());
        }
        p.terminate(); // SIGTERM: the main process stops its children too
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished();
        }
        log += QString::fromLocal8Bit(p.readAll());
        QVERIFY2(log.contains(QLatin1String("added uuid: centrale-pbx-kantoor-primary")), qPrintable(log.right(3000)));
        QVERIFY2(log.contains(QLatin1String("added uuid: centrale-pbx-kantoor-secondary")), qPrintable(log.right(3000)));
        QVERIFY2(log.contains(QLatin1String("to 127.0.0.87:59990")) && log.contains(QLatin1String("to 127.0.0.87:59992")), qPrintable(log.right(3000)));
    }

    // The rows fill the columns of uacreg as Kamailio 5.6 defines them (schema version 5).
    void rowsUseRealColumns()
    {
        QFile schema(QStringLiteral("/usr/share/kamailio/dbtext/kamailio/uacreg"));
        if (!schema.open(QIODevice::ReadOnly))
            QSKIP("Kamailio's db_text schema is not installed");
        const QString header = QString::fromUtf8(schema.readLine());
        auto files = ExportRegistry::generate(QStringLiteral("kamailio"), testing::exampleInput(false));
        QVERIFY(files.ok());
        const QString sql = files->first().contents;
        const auto start = sql.indexOf(QLatin1String("INSERT INTO uacreg ("));
        QVERIFY(start >= 0);
        const auto open = sql.indexOf(QLatin1Char('('), start);
        const QStringList columns = sql.mid(open + 1, sql.indexOf(QLatin1Char(')'), open) - open - 1).split(QStringLiteral(", "));
        for (const auto &c : columns)
            QVERIFY2(header.contains(c + QLatin1Char('(')), qPrintable(c));
        for (const auto *required : {"l_uuid", "l_username", "l_domain", "r_username", "r_domain", "realm", "auth_username", "auth_password", "auth_proxy", "expires"})
            QVERIFY(columns.contains(QLatin1String(required)));
        QCOMPARE(sql.count(QLatin1String("INSERT INTO uacreg")), 2);
    }
};

QTEST_GUILESS_MAIN(TestKamailioConfig)
#include "tst_kamailioconfig.moc"
