// Every password this test creates is looked for in everything Centrale writes or
// prints: the database and its WAL, the engine's log, crash output, --help, listings.
#include "../sip/SippRun.h"
#include "../tools/CtlRunner.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

class TestSecretsAudit : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_passwords;
    QByteArray m_everything; // all output and files gathered

    CtlRunner ctl{m_dir, QStringLiteral("data/c.sqlite")};
    QStringList common() const { return ctl.common(); }
    void gather(const QString &text) { m_everything += text.toUtf8() + '\n'; }

private slots:
    void createAccountsAndUseThem()
    {
        ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.primary"), QStringLiteral("127.0.0.1:31060")});
        ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.secondary"), QStringLiteral("127.0.0.1:31062")});
        ctl({QStringLiteral("number"), QStringLiteral("add"), QStringLiteral("31502053031")});
        m_passwords << QStringLiteral("AuditPrimary-7f3k") << QStringLiteral("AuditSecondary-9q2m");
        gather(ctl({QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("audit"), QStringLiteral("--channels"),
                    QStringLiteral("2"), QStringLiteral("--brand"), QStringLiteral("3cx"), QStringLiteral("--format"), QStringLiteral("plus"),
                    QStringLiteral("--ip"), QStringLiteral("127.0.0.1"), QStringLiteral("--number"), QStringLiteral("31502053031"),
                    QStringLiteral("--password-stdin")},
                   (m_passwords[0] + QLatin1Char('\n') + m_passwords[1] + QLatin1Char('\n')).toUtf8()));
        // A generated password is printed once, on creation, and never again.
        const QString created = ctl({QStringLiteral("phone"), QStringLiteral("add"), QStringLiteral("--number"), QStringLiteral("31502053099")});
        const auto m = QRegularExpression(QStringLiteral("Password: (\\S+)")).match(created);
        QVERIFY2(m.hasMatch(), qPrintable(created));
        m_passwords << m.captured(1);

        QProcess serve;
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(CENTRALECTL_BIN), QStringList{QStringLiteral("serve")} + common());
        QVERIFY(serve.waitForReadyRead(10000));
        auto ok = runSipp(QStringLiteral("reg_ok"), QStringLiteral("127.0.0.1:31060"), QStringLiteral("127.0.0.1"), 31100,
                          {QStringLiteral("31502053031;") + authField(QStringLiteral("31502053031"), m_passwords[0]) + QStringLiteral(";300")});
        QCOMPARE(ok.exitCode, 0);
        auto bad = runSipp(QStringLiteral("reg_forbidden"), QStringLiteral("127.0.0.1:31060"), QStringLiteral("127.0.0.4"), 31101,
                           {QStringLiteral("31502053099;") + authField(QStringLiteral("31502053099"), m_passwords[0]) + QStringLiteral(";300")});
        QCOMPARE(bad.exitCode, 0);
        QTest::qWait(400);
        // Crash output: the engine killed by a fatal signal.
        ::kill(pid_t(serve.processId()), SIGSEGV);
        serve.waitForFinished(10000);
        gather(QString::fromUtf8(serve.readAll()));
    }

    void listingsAndHelp()
    {
        for (const QStringList &args : QList<QStringList>{
                 {QStringLiteral("trunk"), QStringLiteral("list"), QStringLiteral("--json")},
                 {QStringLiteral("trunk"), QStringLiteral("show"), QStringLiteral("audit")},
                 {QStringLiteral("phone"), QStringLiteral("list"), QStringLiteral("--json")},
                 {QStringLiteral("status"), QStringLiteral("--json")},
                 {QStringLiteral("settings"), QStringLiteral("list")},
                 {QStringLiteral("number"), QStringLiteral("list"), QStringLiteral("--json")},
                 {QStringLiteral("--help")}}) {
            gather(ctl(args));
        }
        for (const auto &group : {QStringLiteral("number"), QStringLiteral("callplan"), QStringLiteral("trunk"), QStringLiteral("phone"),
                                  QStringLiteral("settings"), QStringLiteral("blocked")})
            for (const auto &action : {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"), QStringLiteral("set"), QStringLiteral("lift")})
                gather(ctl({group, action, QStringLiteral("--help")}));
        gather(ctl({QStringLiteral("serve"), QStringLiteral("--help")}));
    }

    void filesOnDisk()
    {
        // The database, its WAL and shared memory: everything in the data folder.
        QDirIterator it(m_dir.filePath(QStringLiteral("data")), QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            m_everything += f.readAll();
            ++files;
        }
        QVERIFY(files >= 1);
    }

    void noPasswordAnywhere()
    {
        QCOMPARE(m_passwords.size(), 3);
        QVERIFY(m_everything.size() > 10000);
        for (const auto &pw : m_passwords) {
            QVERIFY2(!m_everything.contains(pw.toUtf8()), qPrintable(QStringLiteral("password found in output or files: %1…").arg(pw.left(4))));
            QVERIFY(!m_everything.contains(pw.toUtf8().toBase64()));
        }
        // The secrets file does hold them: it is the one place they are meant to be, and it is 0600.
        QFile secrets(m_dir.filePath(QStringLiteral("s.json")));
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        QVERIFY(secrets.readAll().contains(m_passwords[0].toUtf8()));
        QCOMPARE(secrets.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestSecretsAudit)
#include "tst_secretsaudit.moc"
