// `centralectl phone show|set` and `callplan set`, run as a script would: each option read
// back with --json, the show → set --from-json round trip, refusals that change nothing.
#include "../tools/CtlRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString s(const char *latin1) { return QString::fromLatin1(latin1); }
const QString kPhone = s("+31501234567");
} // namespace

class TestPhoneCallPlanCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner m_runner{m_dir};
    using Run = CtlRunner::Run;
    Run ctl(const QStringList &args, const QByteArray &in = {}) { return m_runner.run(args, in); }
    QJsonObject json(const QStringList &args)
    {
        const Run r = ctl(args + QStringList{s("--json")});
        return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject{{s("error"), r.err}};
    }
    QJsonObject phone() { return json({s("phone"), s("show"), kPhone}); }
    QJsonObject plan(const QString &name) { return json({s("callplan"), s("show"), name}); }
    QByteArray everything()
    {
        QByteArray all;
        for (const QStringList &list : {QStringList{s("phone"), s("list")}, QStringList{s("callplan"), s("list")}})
            all += ctl(list + QStringList{s("--json")}).out.toUtf8();
        return all;
    }
    static QByteArray text(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run p = ctl({s("phone"), s("add"), s("--number"), kPhone, s("--password-stdin")}, "Phone-pass-1\n");
        QVERIFY2(p.code == 0, CtlRunner::shown(p));
        QCOMPARE(ctl({s("number"), s("add"), s("+31502053040"), s("+31502053041"), s("+31502053042")}).code, 0);
        QCOMPARE(ctl({s("callplan"), s("add"), s("--name"), s("Receptie"), s("--internal"), s("3031")}).code, 0);
        QCOMPARE(ctl({s("callplan"), s("add"), s("--name"), s("Avond")}).code, 0);
        QCOMPARE(ctl({s("callplan"), s("link"), s("--callplan"), s("Avond"), s("--number"), s("+31502053042")}).code, 0);
    }

    void phoneShowMatchesList()
    {
        const QJsonObject one = phone();
        QCOMPARE(one[s("number")].toString(), kPhone);
        QCOMPARE(QJsonDocument::fromJson(ctl({s("phone"), s("list"), s("--json")}).out.toUtf8()).array().first().toObject(), one);
        const Run human = ctl({s("phone"), s("show"), s("0501234567")});
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.contains(s("IP addresses:       (any address)")));
    }

    void phoneSetsEachOption()
    {
        QJsonObject expected = phone();
        const struct {
            QStringList args;
            const char *key;
            QJsonValue stored;
        } steps[] = {
            {{s("--channels"), s("4")}, "channels", 4},
            {{s("--ip"), s("10.1.0.0/16"), s("--ip"), s("192.0.2.7")}, "ip", QJsonArray{s("10.1.0.0/16"), s("192.0.2.7/32")}},
            {{s("--add-ip"), s("198.51.100.1"), s("--remove-ip"), s("10.1.0.0/16")}, "ip", QJsonArray{s("192.0.2.7/32"), s("198.51.100.1/32")}},
            {{s("--no-ip")}, "ip", QJsonArray()},
        };
        for (const auto &step : steps) {
            const Run r = ctl(QStringList{s("phone"), s("set"), s("--number"), s("050 123 4567")} + step.args);
            QVERIFY2(r.code == 0, CtlRunner::shown(r));
            QCOMPARE(r.out.trimmed(), s("Saved phone account +31501234567; a running engine applies it within a second."));
            expected[s(step.key)] = step.stored;
            QVERIFY2(phone() == expected, text(phone()) + "\n!= " + text(expected));
        }
        // The password is untouched: the secrets file still holds it.
        QVERIFY(ctl({s("phone"), s("set"), s("--number"), kPhone, s("--channels"), s("2")}).code == 0);
        QFile secrets(m_dir.filePath(s("s.json")));
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        QVERIFY(secrets.readAll().contains("Phone-pass-1"));
    }

    void phoneJsonRoundTrips()
    {
        const QJsonObject shown = phone();
        const Run same = ctl({s("phone"), s("set"), s("--from-json"), s("-")}, QJsonDocument(shown).toJson());
        QVERIFY2(same.code == 0, CtlRunner::shown(same));
        QCOMPARE(phone(), shown);
        QJsonObject edited = shown;
        edited[s("channels")] = 6;
        edited[s("ip")] = QJsonArray{s("192.0.2.0/24")};
        const Run r = ctl({s("phone"), s("set"), s("--from-json"), s("-"), s("--add-ip"), s("203.0.113.5"), s("--json")}, QJsonDocument(edited).toJson());
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        edited[s("ip")] = QJsonArray{s("192.0.2.0/24"), s("203.0.113.5/32")};
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(), edited);
        QCOMPARE(phone(), edited);
    }

    void callPlanSetsEachOption()
    {
        QJsonObject expected = plan(s("Receptie"));
        const Run renamed = ctl({s("callplan"), s("set"), s("receptie"), s("--name"), s("Receptie NL"), s("--internal-number"), s("3040")});
        QVERIFY2(renamed.code == 0, CtlRunner::shown(renamed));
        QCOMPARE(renamed.out.trimmed(), s("Saved call plan \"Receptie NL\"; a running engine applies it within a second."));
        expected[s("name")] = s("Receptie NL");
        expected[s("internal_number")] = s("3040");
        QCOMPARE(plan(s("Receptie NL")), expected);

        QCOMPARE(ctl({s("callplan"), s("set"), s("Receptie NL"), s("--number"), s("+31502053040"), s("--number"), s("0502053041")}).code, 0);
        expected[s("numbers")] = QJsonArray{s("+31502053040"), s("+31502053041")};
        QCOMPARE(plan(s("Receptie NL")), expected);

        // --mail fills the plan's e-mail step, adding one when there is none.
        QCOMPARE(ctl({s("callplan"), s("set"), s("Receptie NL"), s("--mail"), s("receptie@example.nl")}).code, 0);
        const QJsonObject mailStep{{s("kind"), s("email")}, {s("targets"), QJsonArray{s("receptie@example.nl")}}, {s("timeout"), 20}, {s("text"), QString()}, {s("else"), -1}};
        expected[s("steps")] = QJsonArray{mailStep};
        QVERIFY2(plan(s("Receptie NL")) == expected, text(plan(s("Receptie NL"))));
        QCOMPARE(ctl({s("callplan"), s("set"), s("Receptie NL"), s("--mail"), s("a@example.nl,b@example.nl")}).code, 0);
        QJsonObject twoAddresses = mailStep;
        twoAddresses[s("targets")] = QJsonArray{s("a@example.nl"), s("b@example.nl")};
        expected[s("steps")] = QJsonArray{twoAddresses};
        QVERIFY2(plan(s("Receptie NL")) == expected, text(plan(s("Receptie NL"))));

        const Run unlinked = ctl({s("callplan"), s("set"), s("Receptie NL"), s("--no-numbers"), s("--internal"), QString(), s("--json")});
        QVERIFY2(unlinked.code == 0, CtlRunner::shown(unlinked));
        expected[s("numbers")] = QJsonArray();
        expected[s("internal_number")] = QString();
        QCOMPARE(QJsonDocument::fromJson(unlinked.out.toUtf8()).object(), expected);
        QVERIFY(QJsonDocument::fromJson(ctl({s("number"), s("list"), s("--json")}).out.toUtf8())
                    .array()
                    .contains(QJsonObject{{s("number"), s("+31502053040")}, {s("linked_to"), s("free")}}));
    }

    void callPlanJsonRoundTrips()
    {
        QCOMPARE(ctl({s("callplan"), s("step"), s("add"), s("--callplan"), s("Avond"), s("--voicemail"), s("Avondbox")}).code, 0);
        const QJsonObject shown = plan(s("Avond"));
        const Run same = ctl({s("callplan"), s("set"), s("Avond"), s("--from-json"), s("-")}, QJsonDocument(shown).toJson());
        QVERIFY2(same.code == 0, CtlRunner::shown(same));
        QCOMPARE(plan(s("Avond")), shown);

        QJsonObject edited = shown;
        edited[s("internal_number")] = s("77");
        edited[s("numbers")] = QJsonArray{s("+31502053042"), s("+31502053040")};
        QJsonArray steps = edited[s("steps")].toArray();
        steps.prepend(QJsonObject{{s("kind"), s("forward")}, {s("targets"), QJsonArray{s("31612345678")}}, {s("timeout"), 15}, {s("text"), QString()}, {s("else"), -1}});
        edited[s("steps")] = steps;
        const Run r = ctl({s("callplan"), s("set"), s("Avond"), s("--from-json"), s("-")}, QJsonDocument(edited).toJson());
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        const QJsonObject now = plan(s("Avond"));
        QCOMPARE(now[s("internal_number")], edited[s("internal_number")]);
        QCOMPARE(now[s("steps")], edited[s("steps")]);
        QCOMPARE(QJsonDocument(now[s("numbers")].toArray()).toJson(), QJsonDocument(QJsonArray{s("+31502053040"), s("+31502053042")}).toJson());
    }

    void refusesBadValuesAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QStringList ph{s("phone"), s("set"), s("--number"), kPhone};
        const QStringList cp{s("callplan"), s("set"), s("Avond")};
        auto row = [](const char *name, const QStringList &args, int code, const QString &message, const QByteArray &input = {}) {
            QTest::newRow(name) << args << input << code << message;
        };
        row("phone channels", ph + QStringList{s("--channels"), s("101")}, 2, s("--channels must be a whole number from 1 to 100, not \"101\""));
        row("phone good and bad", ph + QStringList{s("--channels"), s("3"), s("--add-ip"), s("10.0.0.0/40")}, 2, s("--add-ip:"));
        row("phone ip absent", ph + QStringList{s("--remove-ip"), s("10.9.9.9")}, 2, s("--remove-ip: 10.9.9.9/32 is not in the IP whitelist of phone account +31501234567"));
        row("phone no-ip and ip", ph + QStringList{s("--no-ip"), s("--ip"), s("10.0.0.1")}, 2, s("--no-ip empties the IP whitelist"));
        row("phone no number", QStringList{s("phone"), s("set"), s("--channels"), s("2")}, 2, s("--number is required"));
        row("phone bad number", QStringList{s("phone"), s("set"), s("--number"), s("abc"), s("--channels"), s("2")}, 2, s("--number:"));
        row("phone unknown", QStringList{s("phone"), s("set"), s("--number"), s("+31509999999"), s("--channels"), s("2")}, 1,
            s("There is no phone account for +31509999999"));
        row("phone nothing", ph, 2, s("Nothing to change: give --channels, --ip, --no-ip, --add-ip, --remove-ip, --mac, --model, --display-name or --from-json."));
        row("phone json key", QStringList{s("phone"), s("set"), s("--from-json"), s("-")}, 2, s("--from-json: unknown key \"colour\""),
            R"({"number": "+31501234567", "colour": "red"})");
        row("phone json channels", QStringList{s("phone"), s("set"), s("--from-json"), s("-")}, 2, s("--from-json \"channels\": must be a whole number from 1 to 100, not 0"),
            R"({"number": "+31501234567", "channels": 0})");
        row("phone json other", ph + QStringList{s("--from-json"), s("-")}, 2, s("--from-json names phone account +31501234568"), R"({"number": "+31501234568"})");
        row("plan internal", cp + QStringList{s("--internal-number"), s("3x")}, 2, s("Internal number must be 2 to 8 digits."));
        row("plan empty name", cp + QStringList{s("--name"), QString()}, 2, s("Call plan name is required."));
        row("plan name taken", cp + QStringList{s("--name"), s("receptie nl")}, 1, s("Receptie NL"));
        row("plan bad mail", cp + QStringList{s("--mail"), s("avond-at-example.nl")}, 2, s("--mail: \"avond-at-example.nl\" is not an e-mail address."));
        row("plan number elsewhere", cp + QStringList{s("--number"), kPhone}, 1, s("+31501234567"));
        row("plan number unknown", cp + QStringList{s("--number"), s("+31502059999")}, 1, s("Number +31502059999 does not exist"));
        row("plan numbers both ways", cp + QStringList{s("--number"), s("+31502053040"), s("--no-numbers")}, 2, s("either --number or --no-numbers"));
        row("plan unknown", QStringList{s("callplan"), s("set"), s("Spook"), s("--internal"), s("55")}, 1, s("Spook"));
        row("plan json steps", cp + QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"steps\":"), R"({"steps": [{"kind": "fly"}]})");
        row("plan json bad step", cp + QStringList{s("--from-json"), s("-")}, 2, s("Step 1 has no numbers to ring."), R"({"steps": [{"kind": "forward", "targets": []}]})");
        row("plan json key", cp + QStringList{s("--from-json"), s("-")}, 2, s("--from-json: unknown key \"mail\""), R"({"mail": "x@example.nl"})");
        row("plan nothing", cp, 2, s("Nothing to change: give --name, --internal-number, --number, --no-numbers, --mail or --from-json."));
    }

    void refusesBadValuesAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QByteArray before = everything();
        const Run r = ctl(args, input);
        QVERIFY2(CtlRunner::refused(r, code, message), CtlRunner::shown(r));
        QCOMPARE(everything(), before);
    }

    void everyActionHasHelp()
    {
        const Run phoneSet = ctl({s("phone"), s("set"), s("--help")});
        QCOMPARE(phoneSet.code, 0);
        for (const char *option : {"--number", "--channels", "--ip", "--no-ip", "--add-ip", "--remove-ip", "--from-json"})
            QVERIFY2(phoneSet.out.contains(s(option)), option);
        QCOMPARE(ctl({s("phone"), s("show"), s("--help")}).code, 0);
        const Run planSet = ctl({s("callplan"), s("set"), s("--help")});
        QCOMPARE(planSet.code, 0);
        QVERIFY2(planSet.out.startsWith(s("Usage: centralectl callplan set")), qPrintable(planSet.out));
        for (const char *option : {"--name", "--internal-number", "--number", "--no-numbers", "--mail", "--from-json"})
            QVERIFY2(planSet.out.contains(s(option)), option);
        QVERIFY(ctl({s("phone"), s("--help")}).out.contains(s("add|list|show|set|password|remove")));
    }
};

QTEST_GUILESS_MAIN(TestPhoneCallPlanCli)
#include "tst_phonecallplancli.moc"
