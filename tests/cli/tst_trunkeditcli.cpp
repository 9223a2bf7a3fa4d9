// `centralectl trunk set|password`, run as a script would, and a running `centralectl serve`
// (on 127.0.18.1) applying the edits: sipp registers as the PBX from 127.0.18.2.
#include "../sip/SippRun.h"
#include "../tools/CtlRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

namespace {
QString s(const char *latin1) { return QString::fromLatin1(latin1); }

const QString kEngine = s("127.0.18.1:41800");
const QString kPbxIp = s("127.0.18.2");
const QString kPbxNumber = s("31502053060");
} // namespace

class TestTrunkEditCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner m_runner{m_dir};
    using Run = CtlRunner::Run;
    Run ctl(const QStringList &args, const QByteArray &in = {}) { return m_runner.run(args, in); }
    QJsonObject trunk(const QString &name)
    {
        const Run r = ctl({s("trunk"), s("show"), name, s("--json")});
        return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject{{s("error"), r.err}};
    }
    // Every trunk with its numbers, flags, accounts, limits and destinations.
    QByteArray everything() { return ctl({s("trunk"), s("list"), s("--json")}).out.toUtf8(); }
    QByteArray secretsFile()
    {
        QFile f(m_dir.filePath(s("s.json")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QByteArray databaseBytes()
    {
        QByteArray all;
        for (const char *suffix : {"", "-wal"}) {
            QFile f(m_runner.dbPath() + s(suffix));
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
    void addTrunk(const QString &name, const QString &ip, const QString &number, const QByteArray &passwords)
    {
        const Run r = ctl({s("trunk"), s("add"), s("--name"), name, s("--channels"), s("4"), s("--brand"), s("yeastar"), s("--format"), s("plus"), s("--ip"), ip,
                           s("--number"), number, s("--password-stdin")},
                          passwords);
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
    }
    static QByteArray text(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const auto &[key, value] : {std::pair{"sip.primary", kEngine}, std::pair{"sip.secondary", s("127.0.18.1:41802")}, std::pair{"sip.qualify.interval", s("0")}})
            QCOMPARE(ctl({s("settings"), s("set"), s(key), value}).code, 0);
        QCOMPARE(ctl({s("number"), s("add"), s("+31502053031"), s("+31502053032"), s("+31502053033"), QLatin1Char('+') + kPbxNumber}).code, 0);
        QCOMPARE(ctl({s("callplan"), s("add"), s("--name"), s("Nacht")}).code, 0);
        addTrunk(s("Kantoor"), s("192.0.2.10"), s("+31502053031"), "Primary-pass-1\nSecondary-pass-1\n");
        addTrunk(s("Pbx"), kPbxIp, QLatin1Char('+') + kPbxNumber, "Pbx-primary-1\nPbx-secondary-1\n");
    }

    void setsEachOptionAndReadsItBack()
    {
        QJsonObject expected = trunk(s("Kantoor"));
        QVERIFY2(!expected.contains(s("error")), text(expected));
        const struct {
            QStringList args;
            const char *key;
            QJsonValue stored;
        } steps[] = {
            {{s("--channels"), s("8")}, "channels", 8},
            {{s("--brand"), s("3cx")}, "brand", s("3cx")},
            {{s("--type"), s("v16")}, "type", s("v16")},
            {{s("--format"), s("noplus")}, "format", s("noplus")},
            {{s("--ip"), s("192.0.2.0/24"), s("--ip"), s("198.51.100.7")}, "ip", QJsonArray{s("192.0.2.0/24"), s("198.51.100.7/32")}},
            {{s("--add-ip"), s("203.0.113.1")}, "ip", QJsonArray{s("192.0.2.0/24"), s("198.51.100.7/32"), s("203.0.113.1/32")}},
            {{s("--remove-ip"), s("198.51.100.7")}, "ip", QJsonArray{s("192.0.2.0/24"), s("203.0.113.1/32")}},
            {{s("--number"), s("+31502053031:cid"), s("--number"), s("0502053032")},
             "numbers",
             QJsonArray{QJsonObject{{s("number"), s("+31502053031")}, {s("inbound"), false}, {s("caller_id"), true}},
                        QJsonObject{{s("number"), s("+31502053032")}, {s("inbound"), true}, {s("caller_id"), true}}}},
            {{s("--add-number"), s("+31502053033:in"), s("--remove-number"), s("+31502053032")},
             "numbers",
             QJsonArray{QJsonObject{{s("number"), s("+31502053031")}, {s("inbound"), false}, {s("caller_id"), true}},
                        QJsonObject{{s("number"), s("+31502053033")}, {s("inbound"), true}, {s("caller_id"), false}}}},
            {{s("--failover"), s("nacht")}, "failover", s("Nacht")},
            {{s("--no-failover")}, "failover", QJsonValue()},
            {{s("--name"), s("Kantoor Zuid")}, "name", s("Kantoor Zuid")},
            {{s("--name"), s("Kantoor")}, "name", s("Kantoor")},
        };
        for (const auto &step : steps) {
            const Run r = ctl(QStringList{s("trunk"), s("set"), expected[s("name")].toString()} + step.args);
            QVERIFY2(r.code == 0, CtlRunner::shown(r));
            QCOMPARE(r.out.trimmed(), s("Saved trunk \"%1\"; a running engine applies it within a second.").arg(step.key == QLatin1String("name") ? step.stored.toString() : expected[s("name")].toString()));
            expected[s(step.key)] = step.stored;
            if (step.key == QLatin1String("brand"))
                expected[s("brand_name")] = s("3CX");
            QVERIFY2(trunk(expected[s("name")].toString()) == expected, text(trunk(expected[s("name")].toString())) + "\n!= " + text(expected));
        }
        // The number taken off is free again.
        const QJsonArray numbers = QJsonDocument::fromJson(ctl({s("number"), s("list"), s("--json")}).out.toUtf8()).array();
        QVERIFY(numbers.contains(QJsonObject{{s("number"), s("+31502053032")}, {s("linked_to"), s("free")}}));

        // A new username keeps the password: the secret moves to the new key.
        const QByteArray before = secretsFile();
        QVERIFY(before.contains("Primary-pass-1"));
        const Run renamed = ctl({s("trunk"), s("set"), s("Kantoor"), s("--primary-user"), s("kantoor-a"), s("--json")});
        QVERIFY2(renamed.code == 0, CtlRunner::shown(renamed));
        expected[s("primary")] = QJsonObject{{s("username"), s("kantoor-a")}, {s("server"), kEngine}};
        QCOMPARE(QJsonDocument::fromJson(renamed.out.toUtf8()).object(), expected);
        const QJsonObject secrets = QJsonDocument::fromJson(secretsFile()).object();
        QCOMPARE(secrets.value(s("sip/kantoor-a")).toString(), s("Primary-pass-1"));
        QVERIFY(!secrets.contains(s("sip/31502053031")));
    }

    void jsonRoundTrips()
    {
        const QJsonObject shown = trunk(s("Kantoor"));
        const Run same = ctl({s("trunk"), s("set"), s("Kantoor"), s("--from-json"), s("-")}, QJsonDocument(shown).toJson());
        QVERIFY2(same.code == 0, CtlRunner::shown(same));
        QCOMPARE(trunk(s("Kantoor")), shown);

        // Edited as a script would: several fields at once, and the options go over the object.
        QJsonObject edited = shown;
        edited[s("channels")] = 3;
        edited[s("type")] = s("520");
        edited[s("ip")] = QJsonArray{s("192.0.2.44/32")};
        edited[s("failover")] = s("Nacht");
        edited[s("numbers")] = QJsonArray{QJsonObject{{s("number"), s("+31502053031")}, {s("inbound"), true}, {s("caller_id"), false}}};
        QJsonObject limits = edited[s("limits")].toObject();
        limits[s("cps")] = 7;
        edited[s("limits")] = limits;
        const Run r = ctl({s("trunk"), s("set"), s("Kantoor"), s("--from-json"), s("-"), s("--brand"), s("asterisk")}, QJsonDocument(edited).toJson());
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        edited[s("brand")] = s("asterisk");
        edited[s("brand_name")] = s("Asterisk / Kamailio");
        QVERIFY2(trunk(s("Kantoor")) == edited, text(trunk(s("Kantoor"))) + "\n!= " + text(edited));
        // A file works as well as standard input.
        QFile f(m_dir.filePath(s("trunk.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(shown).toJson());
        f.close();
        QCOMPARE(ctl({s("trunk"), s("set"), s("Kantoor"), s("--from-json"), f.fileName()}).code, 0);
        QCOMPARE(trunk(s("Kantoor")), shown);
    }

    void refusesBadValuesAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QStringList k{s("Kantoor")};
        auto row = [](const char *name, const QStringList &args, int code, const QString &message, const QByteArray &input = {}) {
            QTest::newRow(name) << args << input << code << message;
        };
        row("zero channels", k + QStringList{s("--channels"), s("0")}, 2, s("--channels must be a whole number from 1 to 1000, not \"0\""));
        row("good option and a bad one", k + QStringList{s("--channels"), s("5"), s("--brand"), s("nokia")}, 2, s("--brand \"nokia\" is not known"));
        row("bad format", k + QStringList{s("--format"), s("e164")}, 2, s("--format must be plus or noplus"));
        row("bad ip", k + QStringList{s("--add-ip"), s("300.1.1.1")}, 2, s("--add-ip:"));
        row("ip not there", k + QStringList{s("--remove-ip"), s("203.0.113.99")}, 2, s("--remove-ip: 203.0.113.99/32 is not in the IP whitelist of trunk"));
        row("no ip left", k + QStringList{s("--remove-ip"), s("192.0.2.0/24"), s("--remove-ip"), s("203.0.113.1")}, 2,
            s("A trunk needs at least one IP address or subnet"));
        row("empty name", k + QStringList{s("--name"), QString()}, 2, s("Trunk name is required."));
        row("name taken", k + QStringList{s("--name"), s("pbx")}, 1, s("A trunk named \"Pbx\" already exists."));
        row("number unknown", k + QStringList{s("--add-number"), s("+31502053099")}, 1, s("Number +31502053099 does not exist"));
        row("number of another trunk", k + QStringList{s("--add-number"), QLatin1Char('+') + kPbxNumber}, 1, s("is already linked to trunk \"Pbx\""));
        row("number flag", k + QStringList{s("--number"), s("+31502053031:out")}, 2, s("--number: unknown flag \":out\""));
        row("number not on trunk", k + QStringList{s("--remove-number"), s("+31502053032")}, 2, s("--remove-number: +31502053032 is not a number of trunk"));
        row("failover unknown", k + QStringList{s("--failover"), s("Spook")}, 1, s("There is no call plan named \"Spook\""));
        row("failover both ways", k + QStringList{s("--failover"), s("Nacht"), s("--no-failover")}, 2, s("either --failover or --no-failover"));
        row("same usernames", k + QStringList{s("--primary-user"), s("dubbel"), s("--secondary-user"), s("dubbel")}, 2, s("need different usernames"));
        row("username taken", k + QStringList{s("--secondary-user"), kPbxNumber}, 1, s("Username \"%1\" is already used by trunk \"Pbx\"").arg(kPbxNumber));
        row("bad username", k + QStringList{s("--primary-user"), s("a b")}, 2, s("Primary username must be 3-64 characters"));
        row("nothing to change", k, 2, s("Nothing to change"));
        row("no name", QStringList{s("--channels"), s("2")}, 2, s("trunk set takes exactly one name"));
        row("unknown trunk", QStringList{s("Spook"), s("--channels"), s("2")}, 1, s("There is no trunk named \"Spook\""));
        row("json unknown key", k + QStringList{s("--from-json"), s("-")}, 2, s("--from-json: unknown key \"chanels\""), R"({"chanels": 2})");
        row("json channels text", k + QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"channels\": must be a whole number from 1 to 1000, not \"2\""),
            R"({"channels": "2"})");
        row("json bad ip", k + QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"ip\":"), R"({"ip": ["192.0.2.0/33"]})");
        row("json bad number", k + QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"numbers\":"), R"({"numbers": [{"number": "abc"}]})");
        row("json bad flag", k + QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"numbers\": +31502053031 \"inbound\": expected true or false"),
            R"({"numbers": [{"number": "+31502053031", "inbound": "yes"}]})");
        row("json bad limits", k + QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"limits\": The amount per hour may not exceed"),
            R"({"limits": {"amount_hour": 9000}})");
        row("json server", k + QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"primary\": unknown key \"password\""),
            R"({"primary": {"username": "x-user", "password": "secret-pw-1"}})");
        row("not json", k + QStringList{s("--from-json"), s("-")}, 2, s("--from-json: not JSON"), "channels=2");
    }

    void refusesBadValuesAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QByteArray before = everything();
        const QByteArray secrets = secretsFile();
        const Run r = ctl(QStringList{s("trunk"), s("set")} + args, input);
        QVERIFY2(CtlRunner::refused(r, code, message), CtlRunner::shown(r));
        QCOMPARE(everything(), before);
        QCOMPARE(secretsFile(), secrets);
    }

    void setsPasswords()
    {
        const QString user = trunk(s("Kantoor"))[s("secondary")].toObject()[s("username")].toString();
        const Run typed = ctl({s("trunk"), s("password"), s("Kantoor"), s("--secondary"), s("--password-stdin")}, "Typed-secret-22\n");
        QVERIFY2(typed.code == 0, CtlRunner::shown(typed));
        QVERIFY(!typed.out.contains(s("Typed-secret-22")));
        QCOMPARE(QJsonDocument::fromJson(secretsFile()).object().value(s("sip/") + user).toString(), s("Typed-secret-22"));

        const Run generated = ctl({s("trunk"), s("password"), s("Kantoor"), s("--secondary"), s("--generate"), s("--json")});
        QVERIFY2(generated.code == 0, CtlRunner::shown(generated));
        const QJsonObject o = QJsonDocument::fromJson(generated.out.toUtf8()).object();
        const QString password = o[s("password")].toString();
        QVERIFY(password.size() >= 16);
        QCOMPARE(o[s("username")].toString(), user);
        QCOMPARE(o[s("account")].toString(), s("secondary"));
        QCOMPARE(QJsonDocument::fromJson(secretsFile()).object().value(s("sip/") + user).toString(), password);
        // The database keeps only the digest; the password is printed once and shown nowhere else.
        QVERIFY(!databaseBytes().contains(password.toUtf8()));
        QVERIFY(!databaseBytes().contains("Typed-secret-22"));
        QVERIFY(!ctl({s("trunk"), s("show"), s("Kantoor"), s("--json")}).out.contains(password));
        const Run text = ctl({s("trunk"), s("password"), s("Kantoor"), s("--primary"), s("--generate")});
        QVERIFY2(text.code == 0, CtlRunner::shown(text));
        QVERIFY(text.out.startsWith(s("New password of kantoor-a (primary): ")));
    }

    void refusesBadPasswordRequests_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no account") << QStringList{s("Kantoor"), s("--generate")} << QByteArray() << 2 << s("either --primary or --secondary");
        QTest::newRow("both accounts") << QStringList{s("Kantoor"), s("--primary"), s("--secondary"), s("--generate")} << QByteArray() << 2
                                       << s("either --primary or --secondary");
        QTest::newRow("no source") << QStringList{s("Kantoor"), s("--primary")} << QByteArray() << 2 << s("either --password-stdin or --generate");
        QTest::newRow("both sources") << QStringList{s("Kantoor"), s("--primary"), s("--generate"), s("--password-stdin")} << QByteArray("Long-enough-1\n") << 2
                                      << s("either --password-stdin or --generate");
        QTest::newRow("too short") << QStringList{s("Kantoor"), s("--primary"), s("--password-stdin")} << QByteArray("kort\n") << 2
                                   << s("The password must be 8 to 128 printable characters.");
        QTest::newRow("nothing on stdin") << QStringList{s("Kantoor"), s("--primary"), s("--password-stdin")} << QByteArray() << 2
                                          << s("--password-stdin expects the password");
        QTest::newRow("as an argument") << QStringList{s("Kantoor"), s("--primary"), s("--password"), s("Long-enough-1")} << QByteArray() << 2
                                        << s("Unknown option 'password'");
        QTest::newRow("unknown trunk") << QStringList{s("Spook"), s("--primary"), s("--generate")} << QByteArray() << 1 << s("There is no trunk named \"Spook\"");
    }

    void refusesBadPasswordRequests()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QByteArray before = everything();
        const QByteArray secrets = secretsFile();
        const Run r = ctl(QStringList{s("trunk"), s("password")} + args, input);
        QVERIFY2(CtlRunner::refused(r, code, message), CtlRunner::shown(r));
        QCOMPARE(everything(), before);
        QCOMPARE(secretsFile(), secrets);
    }

    // The IP whitelist and the password, changed while `serve` runs, hold for the next
    // REGISTER a second later.
    void runningEngineAppliesEditsWithinASecond()
    {
        if (QStandardPaths::findExecutable(s("sipp")).isEmpty())
            QSKIP("sipp is not installed");
        QProcess serve;
        QVERIFY(m_runner.startServe(serve));
        auto stop = qScopeGuard([&] {
            ::kill(pid_t(serve.processId()), SIGTERM);
            if (!serve.waitForFinished(5000))
                serve.kill();
        });
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += serve.readAll()).contains("engine listening on 127.0.18.1:41800"), 5000);
        auto reg = [&](const char *scenario, const QString &password, int port) {
            return runSipp(s(scenario), kEngine, kPbxIp, port, {kPbxNumber + QLatin1Char(';') + authField(kPbxNumber, password) + s(";60")}, 8000).exitCode;
        };
        QCOMPARE(reg("reg_ok", s("Pbx-primary-1"), 41810), 0);

        // The PBX's address leaves the whitelist: refused a second later.
        auto edit = [&](const QStringList &args, const QByteArray &in = {}) {
            const Run r = ctl(QStringList{s("trunk")} + args, in);
            QVERIFY2(r.code == 0, CtlRunner::shown(r));
            QThread::msleep(1000);
        };
        edit({s("set"), s("Pbx"), s("--ip"), s("127.0.18.3")});
        QCOMPARE(reg("reg_forbidden", s("Pbx-primary-1"), 41811), 0);
        edit({s("set"), s("Pbx"), s("--add-ip"), kPbxIp + s("/32")});
        QCOMPARE(reg("reg_ok", s("Pbx-primary-1"), 41812), 0);

        // A new password: the old one is refused, the new one accepted.
        edit({s("password"), s("Pbx"), s("--primary"), s("--password-stdin")}, "Pbx-primary-2\n");
        QCOMPARE(reg("reg_forbidden", s("Pbx-primary-1"), 41813), 0);
        QCOMPARE(reg("reg_ok", s("Pbx-primary-2"), 41814), 0);
    }

    void everyActionHasHelp()
    {
        const Run set = ctl({s("trunk"), s("set"), s("--help")});
        QCOMPARE(set.code, 0);
        QVERIFY2(set.out.startsWith(s("Usage: centralectl trunk set")), qPrintable(set.out));
        for (const char *option : {"--name", "--channels", "--brand", "--type", "--format", "--ip", "--add-ip", "--remove-ip", "--number", "--add-number",
                                   "--remove-number", "--failover", "--no-failover", "--primary-user", "--secondary-user", "--from-json", "--json"})
            QVERIFY2(set.out.contains(s(option)), option);
        const Run pw = ctl({s("trunk"), s("password"), s("--help")});
        QCOMPARE(pw.code, 0);
        for (const char *option : {"--primary", "--secondary", "--password-stdin", "--generate"})
            QVERIFY2(pw.out.contains(s(option)), option);
        QVERIFY(ctl({s("trunk"), s("--help")}).out.contains(s("add|list|show|set|password|remove")));
        const Run overview = ctl({s("--help")});
        for (const char *line : {"add|list|show|set|password|remove", "destinations", "add|list|show|set|link|unlink|remove|step"})
            QVERIFY2(overview.out.contains(s(line)), line);
        QVERIFY2(CtlRunner::refused(ctl({s("trunk"), s("edit")}), 2, s("use add, list, show, set, password or remove")), "unknown action");
    }
};

QTEST_GUILESS_MAIN(TestTrunkEditCli)
#include "tst_trunkeditcli.moc"
