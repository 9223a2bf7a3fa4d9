// The generated Kamailio snippet must be accepted by the real kamailio -c inside a
// minimal configuration (and a broken snippet must not be, so the check checks).
#include "ExportFixture.h"
#include "export/ExportRegistry.h"

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
