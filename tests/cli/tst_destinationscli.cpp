// `centralectl destinations show|set`, run as a script would, on one trunk and one phone
// account: each option, the JSON round trip, and refusals that change nothing.
#include "../tools/CtlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString s(const char *latin1) { return QString::fromLatin1(latin1); }
QJsonObject country(const char *region, const QStringList &types) { return {{s("region"), s(region)}, {s("types"), QJsonArray::fromStringList(types)}}; }
const QStringList kFixedMobile{s("fixed"), s("fixed_or_mobile"), s("mobile")};
} // namespace

class TestDestinationsCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner m_runner{m_dir};
    using Run = CtlRunner::Run;
    Run ctl(const QStringList &args, const QByteArray &in = {}) { return m_runner.run(args, in); }
    QJsonObject shown(const QStringList &selector)
    {
        const Run r = ctl(QStringList{s("destinations"), s("show"), s("--json")} + selector);
        return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject{{s("error"), r.err}};
    }
    QJsonObject trunk() { return shown({s("--trunk"), s("Kantoor")}); }
    Run set(const QStringList &args, const QByteArray &in = {}) { return ctl(QStringList{s("destinations"), s("set")} + args, in); }
    static QByteArray text(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(ctl({s("number"), s("add"), s("+31502053031")}).code, 0);
        const Run t = ctl({s("trunk"), s("add"), s("--name"), s("Kantoor"), s("--channels"), s("2"), s("--brand"), s("asterisk"), s("--format"), s("plus"), s("--ip"),
                           s("192.0.2.10"), s("--number"), s("+31502053031"), s("--password-stdin")},
                          "Primary-pass-1\nSecondary-pass-1\n");
        QVERIFY2(t.code == 0, CtlRunner::shown(t));
        const Run p = ctl({s("phone"), s("add"), s("--number"), s("+31501234567"), s("--password-stdin")}, "Phone-pass-1\n");
        QVERIFY2(p.code == 0, CtlRunner::shown(p));
    }

    void showsTheDefault()
    {
        const QJsonObject o = trunk();
        QCOMPARE(o[s("trunk")].toString(), s("Kantoor"));
        QCOMPARE(o[s("preset")].toString(), s("default"));
        QVERIFY(o[s("countries")].toArray().contains(country("NL", {s("fixed"), s("fixed_or_mobile"), s("freephone"), s("mobile")})));
        QCOMPARE(o[s("always_blocked")].toArray().first().toString(), s("31906"));
        QCOMPARE(shown({s("--phone"), s("050 123 4567")})[s("phone")].toString(), s("+31501234567"));
        const Run human = ctl({s("destinations"), s("show"), s("--trunk"), s("kantoor")});
        QCOMPARE(human.code, 0);
        QVERIFY2(human.out.startsWith(s("Destinations of trunk \"Kantoor\" (started from preset: default)\n")), qPrintable(human.out));
        QVERIFY(human.out.contains(s("\n  NL  fixed,freephone,mobile\n")));
        QVERIFY(human.out.contains(s("Always blocked unless an allowed prefix covers them: +31906, +31909")));
    }

    void setsEachOption()
    {
        QJsonObject expected = trunk();
        const struct {
            QStringList args;
            QJsonArray countries;
            QStringList allow, block;
        } steps[] = {
            {{s("--preset"), s("nl-fixed-mobile")}, {country("NL", kFixedMobile)}, {}, {}},
            {{s("--allow"), s("be:fixed")}, {country("NL", kFixedMobile), country("BE", {s("fixed")})}, {}, {}},
            {{s("--allow"), s("NL:mobile")}, {country("NL", {s("mobile")}), country("BE", {s("fixed")})}, {}, {}},
            {{s("--allow"), s("DE"), s("--disallow"), s("BE")},
             {country("NL", {s("mobile")}), country("DE", {s("fixed"), s("fixed_or_mobile"), s("freephone"), s("mobile")})}, {}, {}},
            {{s("--allow-prefix"), s("+3190612"), s("--block-prefix"), s("3197")}, {}, {s("3190612")}, {s("3197")}},
            {{s("--allow-prefix"), s("3197")}, {}, {s("3190612"), s("3197")}, {}},
            {{s("--remove-prefix"), s("+3190612")}, {}, {s("3197")}, {}},
        };
        expected[s("preset")] = s("nl-fixed-mobile");
        for (const auto &step : steps) {
            const Run r = set(QStringList{s("--trunk"), s("Kantoor")} + step.args);
            QVERIFY2(r.code == 0, CtlRunner::shown(r));
            QCOMPARE(r.out.trimmed(), s("Saved the destinations of trunk \"Kantoor\"; a running engine applies them within a second."));
            if (!step.countries.isEmpty())
                expected[s("countries")] = step.countries;
            if (step.args.first() == QLatin1String("--preset")) {
                expected[s("allow_prefixes")] = QJsonArray();
                expected[s("block_prefixes")] = QJsonArray();
            }
            if (step.args.first().endsWith(QLatin1String("prefix"))) {
                expected[s("allow_prefixes")] = QJsonArray::fromStringList(step.allow);
                expected[s("block_prefixes")] = QJsonArray::fromStringList(step.block);
            }
            QVERIFY2(trunk() == expected, text(trunk()) + "\n!= " + text(expected));
        }
        // The trunk's own view agrees: it is the same whitelist.
        QCOMPARE(QJsonDocument::fromJson(ctl({s("trunk"), s("show"), s("Kantoor"), s("--json")}).out.toUtf8()).object()[s("destinations")].toObject()[s("countries")],
                 expected[s("countries")]);

        // A phone account, by number, with --json echoing what was saved.
        const Run phone = set({s("--phone"), s("0501234567"), s("--preset"), s("benelux"), s("--json")});
        QVERIFY2(phone.code == 0, CtlRunner::shown(phone));
        const QJsonObject saved = QJsonDocument::fromJson(phone.out.toUtf8()).object();
        QCOMPARE(saved[s("preset")].toString(), s("benelux"));
        QCOMPARE(saved, shown({s("--phone"), s("+31501234567")}));
    }

    void jsonRoundTrips()
    {
        const QJsonObject before = trunk();
        const Run same = set({s("--from-json"), s("-")}, QJsonDocument(before).toJson());
        QVERIFY2(same.code == 0, CtlRunner::shown(same));
        QCOMPARE(trunk(), before);

        QJsonObject edited = before;
        edited[s("countries")] = QJsonArray{country("NL", kFixedMobile), country("FR", {s("fixed")})};
        edited[s("block_prefixes")] = QJsonArray{s("3388")};
        const Run r = set({s("--trunk"), s("kantoor"), s("--from-json"), s("-"), s("--allow-prefix"), s("33")}, QJsonDocument(edited).toJson());
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        edited[s("allow_prefixes")] = QJsonArray{s("3197"), s("33")};
        QVERIFY2(trunk() == edited, text(trunk()) + "\n!= " + text(edited));

        const QJsonObject phone = shown({s("--phone"), s("+31501234567")});
        QCOMPARE(set({s("--from-json"), s("-")}, QJsonDocument(phone).toJson()).code, 0);
        QCOMPARE(shown({s("--phone"), s("+31501234567")}), phone);
    }

    // The failover plan's forwards are calls of the trunk: a whitelist that forbids them
    // is refused, as the Security page refuses it.
    void keepsTheFailoverPlanCallable()
    {
        QCOMPARE(ctl({s("callplan"), s("add"), s("--name"), s("Buiten")}).code, 0);
        QCOMPARE(ctl({s("callplan"), s("step"), s("add"), s("--callplan"), s("Buiten"), s("--forward"), s("+3222345678")}).code, 0);
        QCOMPARE(set({s("--trunk"), s("Kantoor"), s("--allow"), s("BE:fixed")}).code, 0);
        QCOMPARE(ctl({s("trunk"), s("set"), s("Kantoor"), s("--failover"), s("Buiten")}).code, 0);
        const QJsonObject before = trunk();
        const Run r = set({s("--trunk"), s("Kantoor"), s("--disallow"), s("BE")});
        QVERIFY2(CtlRunner::refused(r, 1, s("Failover call plan Buiten: Step 1: +3222345678 would be refused")), CtlRunner::shown(r));
        QCOMPARE(trunk(), before);
        QCOMPARE(ctl({s("trunk"), s("set"), s("Kantoor"), s("--no-failover")}).code, 0);
    }

    void refusesBadValuesAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QStringList t{s("--trunk"), s("Kantoor")};
        auto row = [](const char *name, const QStringList &args, int code, const QString &message, const QByteArray &input = {}) {
            QTest::newRow(name) << args << input << code << message;
        };
        row("unknown country", t + QStringList{s("--allow"), s("XX:fixed")}, 2, s("--allow: \"XX\" is not a known country code."));
        row("unknown type", t + QStringList{s("--allow"), s("NL:landline")}, 2, s("--allow: \"landline\" is not a number type; use fixed, mobile, freephone"));
        row("no types", t + QStringList{s("--allow"), s("NL:")}, 2, s("--allow: Country NL has no number types allowed"));
        row("good and bad", t + QStringList{s("--allow"), s("BE"), s("--block-prefix"), s("12a")}, 2, s("--block-prefix: Prefix must be 1 to 15 digits."));
        row("long prefix", t + QStringList{s("--allow-prefix"), s("1234567890123456")}, 2, s("--allow-prefix: Prefix must be 1 to 15 digits."));
        row("unknown preset", t + QStringList{s("--preset"), s("mars")}, 2, s("--preset: \"mars\" is not a destination preset. Use one of: default,"));
        row("two presets", t + QStringList{s("--preset"), s("benelux"), s("--preset"), s("europe")}, 2, s("--preset may be given only once."));
        row("disallow absent", t + QStringList{s("--disallow"), s("JP")}, 2, s("--disallow: JP is not on the list."));
        row("remove absent prefix", t + QStringList{s("--remove-prefix"), s("44")}, 2, s("--remove-prefix: +44 is neither an allowed nor a blocked prefix."));
        row("nothing to change", t, 2, s("Nothing to change: give --preset"));
        row("no account", QStringList{s("--preset"), s("benelux")}, 2, s("Give the account: --trunk NAME or --phone E164"));
        row("both accounts", t + QStringList{s("--phone"), s("+31501234567"), s("--preset"), s("benelux")}, 2, s("either --trunk or --phone, not both"));
        row("unknown trunk", QStringList{s("--trunk"), s("Spook"), s("--preset"), s("benelux")}, 1, s("There is no trunk named \"Spook\""));
        row("unknown phone", QStringList{s("--phone"), s("+31509999999"), s("--preset"), s("benelux")}, 1, s("There is no phone account for +31509999999"));
        row("json unknown key", QStringList{s("--from-json"), s("-")}, 2, s("--from-json: unknown key \"allow\""), R"({"trunk": "Kantoor", "allow": ["NL"]})");
        row("json bad country", QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"countries\": \"ZZ\" is not a known country code."),
            R"({"trunk": "Kantoor", "countries": [{"region": "ZZ", "types": ["fixed"]}]})");
        row("json bad type", QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"countries\": \"vast\" is not a number type."),
            R"({"trunk": "Kantoor", "countries": [{"region": "NL", "types": ["vast"]}]})");
        row("json prefix number", QStringList{s("--from-json"), s("-")}, 2, s("--from-json \"block_prefixes\": 3197 is not a prefix in quotes"),
            R"({"trunk": "Kantoor", "block_prefixes": [3197]})");
        row("json no account", QStringList{s("--from-json"), s("-")}, 2, s("exactly one of \"trunk\" or \"phone\""), R"({"preset": "x"})");
        row("json other account", t + QStringList{s("--from-json"), s("-")}, 2, s("--from-json names phone account +31501234567, the command line trunk \"Kantoor\"."),
            R"({"phone": "+31501234567"})");
        row("not json", t + QStringList{s("--from-json"), s("-")}, 2, s("--from-json: not JSON"), "NL");
    }

    void refusesBadValuesAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QJsonObject trunkBefore = trunk(), phoneBefore = shown({s("--phone"), s("+31501234567")});
        const Run r = set(args, input);
        QVERIFY2(CtlRunner::refused(r, code, message), CtlRunner::shown(r));
        QCOMPARE(trunk(), trunkBefore);
        QCOMPARE(shown({s("--phone"), s("+31501234567")}), phoneBefore);
    }

    void everyActionHasHelp()
    {
        const Run set = ctl({s("destinations"), s("set"), s("--help")});
        QCOMPARE(set.code, 0);
        QVERIFY2(set.out.startsWith(s("Usage: centralectl destinations set")), qPrintable(set.out));
        for (const char *option : {"--trunk", "--phone", "--preset", "--allow", "--disallow", "--allow-prefix", "--block-prefix", "--remove-prefix", "--from-json"})
            QVERIFY2(set.out.contains(s(option)), option);
        QVERIFY(set.out.contains(s("nl-fixed-mobile")));
        QCOMPARE(ctl({s("destinations"), s("show"), s("--help")}).code, 0);
        QVERIFY(ctl({s("destinations"), s("--help")}).out.contains(s("show|set")));
        QVERIFY2(CtlRunner::refused(ctl({s("destinations"), s("list")}), 2, s("use show or set")), "unknown action");
    }
};

QTEST_GUILESS_MAIN(TestDestinationsCli)
#include "tst_destinationscli.moc"
