// `centralectl limits show|set`, run as a script would: each test works on a trunk of its
// own in one shared database; the phone account is shared and only read or restored.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include "../tools/CtlRunner.h"

#include <QTest>

namespace {
QString s(const char *latin1) { return QString::fromLatin1(latin1); }
} // namespace

class TestLimitsCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_users = 0;
    CtlRunner m_runner{m_dir, QStringLiteral("c.sqlite"), QStringLiteral("secrets.json")};
    using Run = CtlRunner::Run;
    Run ctl(const QStringList &args, const QByteArray &stdinData = {}) { return m_runner.run(args, stdinData); }
    void addTrunk(const QString &name)
    {
        // Numbers are not needed for limits; usernames keep the trunks apart.
        const QString user = QStringLiteral("limits%1").arg(++m_users);
        const Run r = ctl({s("trunk"), s("add"), s("--name"), name, s("--channels"), s("4"), s("--brand"), s("yeastar"), s("--format"), s("plus"),
                           s("--ip"), s("192.0.2.10"), s("--primary-user"), user, s("--secondary-user"), user + s("-2"), s("--password-stdin")},
                          "primary-Pa55word\nsecondary-Pa55word\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    Run set(const QString &trunk, const QStringList &more) { return ctl(QStringList{s("limits"), s("set"), s("--trunk"), trunk} + more); }
    QJsonObject shown(const QStringList &selector)
    {
        const Run r = ctl(QStringList{s("limits"), s("show"), s("--json")} + selector);
        return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject{{s("error"), r.err}};
    }
    QJsonObject trunkJson(const QString &name) { return shown({s("--trunk"), name}); }
    QJsonArray all() { return QJsonDocument::fromJson(ctl({s("limits"), s("show"), s("--json")}).out.toUtf8()).array(); }
    static QJsonObject defaults(const char *key, const QString &name, int channels)
    {
        return {{s(key), name},          {s("amount_hour"), 10.0}, {s("amount_day"), 25.0}, {s("amount_week"), 50.0},
                {s("calls_hour"), 0},    {s("calls_day"), 0},      {s("calls_week"), 0},    {s("cps"), 0},
                {s("warn"), QJsonArray{80, 95}}, {s("channels"), channels}};
    }
    // A refusal: the code, one line on stderr naming the rule, nothing on stdout.
    static bool refused(const Run &r, int code, const QString &part)
    {
        const QString err = r.err.trimmed();
        return r.code == code && err.startsWith(QLatin1String("centralectl: ")) && !err.contains(QLatin1Char('\n')) && err.contains(part)
            && r.out.isEmpty();
    }
    static QByteArray show(const Run &r) { return (QString::number(r.code) + QLatin1Char(' ') + r.err + r.out).toUtf8(); }
    static QByteArray text(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    const QString m_phone = s("+31501234567");

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run r = ctl({s("phone"), s("add"), s("--number"), s("050 123 4567"), s("--password-stdin")}, "phone-Pa55word\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void showsDefaults()
    {
        addTrunk(s("pbx kantoor"));
        const Run human = ctl({s("limits"), s("show"), s("--trunk"), s("PBX Kantoor")});
        QVERIFY2(human.code == 0, show(human));
        QCOMPARE(human.out, QStringLiteral("pbx kantoor  hour € 10.00  day € 25.00  week € 50.00  calls 0/0/0  cps 0  warn 80/95  channels 4\n"));
        QCOMPARE(trunkJson(s("pbx kantoor")), defaults("trunk", s("pbx kantoor"), 4));
        QCOMPARE(shown({s("--phone"), s("0501234567")}), defaults("phone", m_phone, 2));

        // Without a selector: every trunk, then every phone account.
        const QJsonArray a = all();
        QVERIFY(a.contains(defaults("trunk", s("pbx kantoor"), 4)));
        QCOMPARE(a.last().toObject(), defaults("phone", m_phone, 2));
        const Run lines = ctl({s("limits"), s("show")});
        QCOMPARE(lines.code, 0);
        QCOMPARE(lines.out.count(QLatin1Char('\n')), a.size());
        QVERIFY(lines.out.contains(QStringLiteral("+31501234567  hour € 10.00")));
    }

    void setsEachOptionAndKeepsTheOthers()
    {
        const QString trunk = s("Elk");
        addTrunk(trunk);
        QJsonObject expected = defaults("trunk", trunk, 4);
        // Rising week → day → hour keeps hour ≤ day ≤ week true after every step.
        const struct {
            const char *option;
            const char *value;
            const char *key;
            QJsonValue stored;
        } steps[] = {{"--amount-week", "80", "amount_week", 80.0},   {"--amount-day", "40.5", "amount_day", 40.5},
                     {"--amount-hour", "12.50", "amount_hour", 12.5}, {"--calls-week", "500", "calls_week", 500},
                     {"--calls-day", "100", "calls_day", 100},        {"--calls-hour", "20", "calls_hour", 20},
                     {"--cps", "5", "cps", 5},                        {"--channels", "8", "channels", 8},
                     {"--warn", "70,90", "warn", QJsonArray{70, 90}}, {"--cps", "0", "cps", 0}};
        for (const auto &step : steps) {
            const Run r = set(trunk, {s(step.option), s(step.value)});
            QVERIFY2(r.code == 0, show(r));
            QCOMPARE(r.out.trimmed(), s("Saved the limits of trunk \"Elk\"; a running engine applies it within a second."));
            expected[s(step.key)] = step.stored;
            QVERIFY2(trunkJson(trunk) == expected, text(trunkJson(trunk)) + " != " + text(expected));
        }
        const Run human = ctl({s("limits"), s("show"), s("--trunk"), trunk});
        QCOMPARE(human.out, QStringLiteral("Elk  hour € 12.50  day € 40.50  week € 80.00  calls 20/100/500  cps 0  warn 70/90  channels 8\n"));

        // Several at once, with --json echoing what was saved.
        const Run both = set(trunk, {s("--cps"), s("2"), s("--calls-hour"), s("0"), s("--json")});
        QVERIFY2(both.code == 0, show(both));
        expected[s("cps")] = 2;
        expected[s("calls_hour")] = 0;
        QCOMPARE(QJsonDocument::fromJson(both.out.toUtf8()).object(), expected);
        QCOMPARE(trunkJson(trunk), expected);
    }

    void setsAPhoneAccount()
    {
        const QJsonObject before = shown({s("--phone"), m_phone});
        const Run r = ctl({s("limits"), s("set"), s("--phone"), s("0501234567"), s("--amount-hour"), s("2"), s("--channels"), s("3")});
        QVERIFY2(r.code == 0, show(r));
        QCOMPARE(r.out.trimmed(), s("Saved the limits of phone account +31501234567; a running engine applies it within a second."));
        QJsonObject expected = before;
        expected[s("amount_hour")] = 2.0;
        expected[s("channels")] = 3;
        QCOMPARE(shown({s("--phone"), m_phone}), expected);
        // A phone account takes at most 100 simultaneous calls (a trunk more).
        const Run tooMany = ctl({s("limits"), s("set"), s("--phone"), m_phone, s("--channels"), s("101")});
        QVERIFY2(refused(tooMany, 2, s("--channels: Simultaneous calls must be between 1 and 100")), show(tooMany));
        QCOMPARE(shown({s("--phone"), m_phone}), expected);
        QCOMPARE(ctl({s("limits"), s("set"), s("--phone"), m_phone, s("--amount-hour"), s("10"), s("--channels"), s("2")}).code, 0);
        QCOMPARE(shown({s("--phone"), m_phone}), before);
    }

    void jsonRoundTrips()
    {
        const QString trunk = s("Rond");
        addTrunk(trunk);
        QJsonObject o = trunkJson(trunk);
        o[s("amount_day")] = 30.5;
        o[s("amount_week")] = 99.99;
        o[s("calls_hour")] = 7;
        o[s("cps")] = 3;
        o[s("warn")] = QJsonArray{60, 85};
        o[s("channels")] = 12;
        const Run r = ctl({s("limits"), s("set"), s("--from-json"), s("-")}, QJsonDocument(o).toJson());
        QVERIFY2(r.code == 0, show(r));
        QCOMPARE(trunkJson(trunk), o);

        // Only the selector is required; options on the command line go over the object.
        const Run partial = ctl({s("limits"), s("set"), s("--from-json"), s("-"), s("--cps"), s("4")}, R"({"trunk": "rond", "calls_day": 70})");
        QVERIFY2(partial.code == 0, show(partial));
        o[s("calls_day")] = 70;
        o[s("cps")] = 4;
        QCOMPARE(trunkJson(trunk), o);

        // The phone account's object round-trips unchanged, too.
        const QJsonObject phone = shown({s("--phone"), m_phone});
        const Run same = ctl({s("limits"), s("set"), s("--from-json"), s("-")}, QJsonDocument(phone).toJson());
        QVERIFY2(same.code == 0, show(same));
        QCOMPARE(shown({s("--phone"), m_phone}), phone);
    }

    void refusesBadInputAndSavesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QStringList t{s("--trunk"), s("Strikt")};
        auto row = [](const char *name, const QStringList &args, int code, const QString &message, const QByteArray &input = {}) {
            QTest::newRow(name) << args << input << code << message;
        };
        row("bad amount", t + QStringList{s("--amount-day"), s("abc")}, 2, s("--amount-day: \"abc\" is not an amount in euro"));
        row("comma amount", t + QStringList{s("--amount-day"), s("12,50")}, 2, s("--amount-day: \"12,50\" is not an amount in euro"));
        row("part of a cent", t + QStringList{s("--amount-week"), s("60.005")}, 2, s("--amount-week: \"60.005\" is not an amount in euro"));
        row("negative amount", t + QStringList{s("--amount-hour"), s("-1")}, 2, s("--amount-hour: \"-1\" is not an amount in euro"));
        row("hour above day", t + QStringList{s("--amount-hour"), s("30")}, 2, s("--amount-hour: The amount per hour may not exceed the amount per day"));
        row("good option and a bad one", t + QStringList{s("--cps"), s("5"), s("--amount-day"), s("abc")}, 2, s("--amount-day:"));
        row("negative calls", t + QStringList{s("--calls-hour"), s("-1")}, 2, s("--calls-hour must be a whole number from 0 to"));
        row("calls hour above day", t + QStringList{s("--calls-day"), s("5"), s("--calls-hour"), s("6")}, 2,
            s("--calls-hour/--calls-day: The calls per hour may not exceed the calls per day"));
        row("cps too high", t + QStringList{s("--cps"), s("1001")}, 2, s("--cps must be a whole number from 0 to 1000"));
        row("warn 95,80", t + QStringList{s("--warn"), s("95,80")}, 2, s("--warn: give two levels like 80,95 with the first below the second"));
        row("warn one level", t + QStringList{s("--warn"), s("80")}, 2, s("--warn: give two levels like 80,95"));
        row("warn above 100", t + QStringList{s("--warn"), s("80,101")}, 2, s("--warn: give two levels like 80,95"));
        row("zero channels", t + QStringList{s("--channels"), s("0")}, 2, s("--channels must be a whole number from 1 to"));
        row("nothing to change", t, 2, s("Nothing to change"));
        row("unknown trunk", QStringList{s("--trunk"), s("Spook"), s("--cps"), s("1")}, 1, s("There is no trunk named \"Spook\""));
        row("unknown phone", QStringList{s("--phone"), s("+31509999999"), s("--cps"), s("1")}, 1, s("There is no phone account for +31509999999"));
        row("bad phone number", QStringList{s("--phone"), s("abc"), s("--cps"), s("1")}, 2, s("--phone:"));
        row("both selectors", t + QStringList{s("--phone"), s("+31501234567"), s("--cps"), s("1")}, 2, s("either --trunk or --phone, not both"));
        row("no selector", QStringList{s("--cps"), s("1")}, 2, s("Give the account: --trunk NAME or --phone E164"));
        row("json bad amount", QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"amount_day\": \"abc\" is not an amount in euro"),
            R"({"trunk": "Strikt", "amount_day": "abc"})");
        row("json part of a cent", QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"amount_day\": 20.001 is not an amount in euro"),
            R"({"trunk": "Strikt", "amount_day": 20.001})");
        row("json negative calls", QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"calls_week\" must be a whole number from 0 to"),
            R"({"trunk": "Strikt", "calls_week": -3})");
        row("json warn 95,80", QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"warn\": give two levels like 80,95"),
            R"({"trunk": "Strikt", "warn": [95, 80]})");
        row("json unknown key", QStringList{s("--from-json"), s("-")}, 2, s("--from-json: unknown key \"amount_dag\""),
            R"({"trunk": "Strikt", "cps": 9, "amount_dag": 20})");
        row("json no selector", QStringList{s("--from-json"), s("-")}, 2, s("exactly one of \"trunk\" or \"phone\""), R"({"cps": 9})");
        row("json unknown trunk", QStringList{s("--from-json"), s("-")}, 1, s("There is no trunk named \"Spook\""), R"({"trunk": "Spook", "cps": 9})");
        row("json other account", t + QStringList{s("--from-json"), s("-")}, 2, s("--from-json names phone account +31501234567"),
            R"({"phone": "+31501234567", "cps": 9})");
        row("not json", QStringList{s("--from-json"), s("-")}, 2, s("--from-json: not JSON"), "cps=9");
    }

    void refusesBadInputAndSavesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, message);
        if (trunkJson(s("Strikt")).contains(s("error")))
            addTrunk(s("Strikt"));
        const QJsonArray before = all();
        QVERIFY(before.size() >= 2);
        const Run r = ctl(QStringList{s("limits"), s("set")} + args, input);
        QVERIFY2(refused(r, code, message), show(r));
        QCOMPARE(all(), before);
    }

    void showRefusesBadSelectors()
    {
        const Run unknown = ctl({s("limits"), s("show"), s("--trunk"), s("Spook")});
        QVERIFY2(refused(unknown, 1, s("There is no trunk named \"Spook\"")), show(unknown));
        const Run both = ctl({s("limits"), s("show"), s("--trunk"), s("Elk"), s("--phone"), m_phone});
        QVERIFY2(refused(both, 2, s("not both")), show(both));
    }

    void everyActionHasHelp()
    {
        for (const char *action : {"show", "set"}) {
            const Run r = ctl({s("limits"), s(action), s("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(QLatin1String("Usage: centralectl limits ") + s(action)), qPrintable(r.out));
            QVERIFY(r.out.contains(QLatin1String("--trunk")));
        }
        QVERIFY(ctl({s("limits"), s("set"), s("--help")}).out.contains(QLatin1String("--from-json")));
        const Run group = ctl({s("limits"), s("--help")});
        QCOMPARE(group.code, 0);
        QVERIFY(group.out.contains(QLatin1String("show|set")));
        QVERIFY(ctl({s("--help")}).out.contains(QLatin1String("limits")));
        const Run unknown = ctl({s("limits"), s("reset")});
        QVERIFY2(refused(unknown, 2, s("use show or set")), show(unknown));
    }
};

QTEST_GUILESS_MAIN(TestLimitsCli)
#include "tst_limitscli.moc"
