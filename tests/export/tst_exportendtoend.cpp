// What an administrator does: export, load it into the real PBX software, and see both
// accounts register to the running engine on the first try.
#include "../tools/CtlRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

class TestExportEndToEnd : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner ctl{m_dir};
    QProcess m_serve;

    QString state(const QString &account)
    {
        for (const auto &v : QJsonDocument::fromJson(ctl({QStringLiteral("status"), QStringLiteral("--json")}).toUtf8()).array())
            if (v.toObject()[QStringLiteral("account")].toString() == account)
                return v.toObject()[QStringLiteral("state")].toString();
        return {};
    }
    static bool write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"kamailio", "baresip"})
            if (QStandardPaths::findExecutable(QLatin1String(tool), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}).isEmpty())
                QSKIP("kamailio or baresip is not installed");
        ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.primary"), QStringLiteral("127.0.0.1:33060")});
        ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sip.secondary"), QStringLiteral("127.0.0.1:33062")});
        ctl({QStringLiteral("number"), QStringLiteral("add"), QStringLiteral("31502053031")});
        int code = -1;
        ctl({QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("PBX kantoor"), QStringLiteral("--channels"),
             QStringLiteral("4"), QStringLiteral("--brand"), QStringLiteral("asterisk"), QStringLiteral("--format"), QStringLiteral("plus"),
             QStringLiteral("--ip"), QStringLiteral("127.0.0.1"), QStringLiteral("--number"), QStringLiteral("31502053031")},
            {}, &code);
        QCOMPARE(code, 0); // generated passwords: only the export with secrets carries them
        ctl({QStringLiteral("phone"), QStringLiteral("add"), QStringLiteral("--number"), QStringLiteral("31502053099")}, {}, &code);
        QCOMPARE(code, 0);
        QVERIFY(ctl.startServe(m_serve));
    }
    void cleanupTestCase()
    {
        m_serve.terminate();
        m_serve.waitForFinished(5000);
    }

    void kamailioRegistersBothTrunkAccounts()
    {
        const QString out = m_dir.filePath(QStringLiteral("kamailio"));
        int code = -1;
        ctl({QStringLiteral("export"), QStringLiteral("--trunk"), QStringLiteral("PBX kantoor"), QStringLiteral("--format"), QStringLiteral("kamailio"),
             QStringLiteral("--out"), out, QStringLiteral("--include-secrets")},
            {}, &code);
        QCOMPARE(code, 0);
        const QString cfg = m_dir.filePath(QStringLiteral("kamailio.cfg"));
        QVERIFY(write(cfg, QStringLiteral("#!KAMAILIO\n#!define DBURL \"text://%1\"\n#!define CENTRALE_CONTACT \"127.0.0.1:33090\"\n"
                                          "debug=2\nlog_stderror=yes\nfork=yes\nchildren=1\nlisten=udp:127.0.0.1:33090\n"
                                          "mpath=\"/usr/lib/x86_64-linux-gnu/kamailio/modules/\"\n"
                                          "loadmodule \"tm.so\"\nloadmodule \"rr.so\"\nloadmodule \"sl.so\"\nloadmodule \"pv.so\"\n"
                                          "loadmodule \"xlog.so\"\nloadmodule \"db_text.so\"\n"
                                          "include_file \"%1/kamailio-centrale.cfg\"\n"
                                          "modparam(\"uac\", \"reg_timer_interval\", 1)\n"
                                          "request_route {\n    if (method == \"OPTIONS\") { sl_send_reply(\"200\", \"OK\"); exit; }\n"
                                          "    route(CENTRALE_INBOUND);\n}\n")
                                 .arg(out)
                                 .toUtf8()));
        QProcess kamailio;
        kamailio.setProcessChannelMode(QProcess::MergedChannels);
        kamailio.start(QStringLiteral("/usr/sbin/kamailio"), {QStringLiteral("-DD"), QStringLiteral("-E"), QStringLiteral("-f"), cfg, QStringLiteral("-Y"),
                                                              m_dir.path(), QStringLiteral("-P"), m_dir.filePath(QStringLiteral("k.pid"))});
        QVERIFY(kamailio.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("31502053031")), QStringLiteral("registered"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("31502053031-2")), QStringLiteral("registered"), 20000);
        kamailio.terminate();
        kamailio.waitForFinished(5000);
    }

    void baresipRegistersThePhoneAccount()
    {
        const QString cfg = m_dir.filePath(QStringLiteral("baresip"));
        int code = -1;
        ctl({QStringLiteral("export"), QStringLiteral("--phone"), QStringLiteral("31502053099"), QStringLiteral("--format"), QStringLiteral("baresip"),
             QStringLiteral("--out"), cfg, QStringLiteral("--include-secrets")},
            {}, &code);
        QCOMPARE(code, 0);
        QVERIFY(QFile::exists(cfg + QStringLiteral("/accounts")));
        QVERIFY(write(cfg + QStringLiteral("/config"), "poll_method epoll\nsip_listen 127.0.0.1:33091\nsip_trans_def udp\n"
                                                      "module_path /usr/lib/baresip/modules\nmodule g711.so\nmodule_app account.so\n"
                                                      "audio_player aufile,/dev/null\naudio_source aufile,/dev/null\n"));
        QProcess baresip;
        baresip.start(QStringLiteral("baresip"), {QStringLiteral("-f"), cfg, QStringLiteral("-t"), QStringLiteral("20")});
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("31502053099")), QStringLiteral("registered"), 15000);
        baresip.terminate();
        baresip.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestExportEndToEnd)
#include "tst_exportendtoend.moc"
