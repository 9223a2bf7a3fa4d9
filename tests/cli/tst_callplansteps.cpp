// `centralectl callplan step add|list|remove`, run as a script would: each test works on
// a call plan of its own in one shared database.
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

class TestCallPlanSteps : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner m_runner{m_dir, QStringLiteral("c.sqlite"), QStringLiteral("secrets.json")};
    using Run = CtlRunner::Run;
    Run ctl(const QStringList &args, const QByteArray &stdinData = {}) { return m_runner.run(args, stdinData); }
    Run step(const char *action, const QString &plan, const QStringList &more = {})
    {
        return ctl(QStringList{s("callplan"), s("step"), s(action), s("--callplan"), plan} + more);
    }
    void addPlan(const QString &name)
    {
        const Run r = ctl({s("callplan"), s("add"), s("--name"), name});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    // Adds a step that must succeed.
    void addOk(const QString &plan, const QStringList &args)
    {
        const Run r = step("add", plan, args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
    }
    QStringList listed(const QString &plan)
    {
        const Run r = step("list", plan);
        if (r.code != 0)
            return {QLatin1String("error: ") + r.err};
        return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    // A refusal: non-zero, one line on stderr, nothing on stdout.
    static bool refused(const Run &r, int code, const char *part)
    {
        const QString err = r.err.trimmed();
        return r.code == code && err.startsWith(QLatin1String("centralectl: ")) && !err.contains(QLatin1Char('\n')) && err.contains(QLatin1String(part))
            && r.out.isEmpty();
    }
    static QByteArray show(const Run &r) { return (QString::number(r.code) + QLatin1Char(' ') + r.err + r.out).toUtf8(); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void addsEveryKindAndListsThem()
    {
        const QString plan = s("Receptie");
        addPlan(plan);
        const Run first = step("add", plan, {s("--ring"), s("050 123 4567,+31501234568")});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QCOMPARE(first.out.trimmed(), s("Added step 1 to call plan \"Receptie\": ring 31501234567, 31501234568 (20 s)"));
        addOk(plan, {s("--forward"), s("0612345678"), s("--timeout"), s("30")});
        addOk(plan, {s("--hours"), s("mon-fri 08:00-17:00")});
        addOk(plan, {s("--voicemail"), s("Reception")});
        addOk(plan, {s("--mail"), s("desk@example.com"), s("--mail"), s("boss@example.com")});

        QCOMPARE(listed(plan), (QStringList{s("1. ring 31501234567, 31501234568 (20 s)"), s("2. forward +31612345678 (30 s)"),
                                            s("3. hours mon-fri 08:00-17:00, else end"), s("4. voicemail Reception"),
                                            s("5. email desk@example.com, boss@example.com")}));

        const Run json = step("list", plan, {s("--json")});
        QCOMPARE(json.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(a.size(), 5);
        for (int i = 0; i < a.size(); ++i)
            QCOMPARE(a.at(i)[s("position")].toInt(), i + 1);
        QCOMPARE(a.at(0)[s("kind")].toString(), s("ring"));
        QCOMPARE(a.at(0)[s("targets")].toArray().at(1).toString(), s("31501234568"));
        QCOMPARE(a.at(1)[s("kind")].toString(), s("forward"));
        QCOMPARE(a.at(1)[s("timeout")].toInt(), 30);
        QCOMPARE(a.at(2)[s("kind")].toString(), s("hours"));
        QCOMPARE(a.at(2)[s("text")].toString(), s("mon-fri 08:00-17:00"));
        QCOMPARE(a.at(2)[s("else")].toInt(), -1);
        QCOMPARE(a.at(3)[s("text")].toString(), s("Reception"));
        QCOMPARE(a.at(4)[s("kind")].toString(), s("email"));

        // `callplan show --json` sees the same steps.
        const auto shown = QJsonDocument::fromJson(ctl({s("callplan"), s("show"), plan, s("--json")}).out.toUtf8()).object();
        QCOMPARE(shown[s("steps")].toArray().size(), 5);
    }

    void emptyPlanListsNoSteps()
    {
        addPlan(s("Leeg"));
        QCOMPARE(listed(s("Leeg")), QStringList{s("Call plan \"Leeg\" has no steps.")});
        QCOMPARE(QJsonDocument::fromJson(step("list", s("Leeg"), {s("--json")}).out.toUtf8()).array().size(), 0);
    }

    void atInsertsAndJumpsFollowTheirStep()
    {
        const QString plan = s("Garage");
        addPlan(plan);
        addOk(plan, {s("--ring"), s("31501234567")});
        addOk(plan, {s("--forward"), s("+31612345678")});
        addOk(plan, {s("--voicemail"), s("Garage")});
        // --else names the step in the plan as it will be: the voicemail becomes step 4.
        addOk(plan, {s("--hours"), s("mon-fri 08:00-17:00; sat 10:00-12:00"), s("--else"), s("4"), s("--at"), s("1")});
        QCOMPARE(listed(plan), (QStringList{s("1. hours mon-fri 08:00-17:00; sat 10:00-12:00, else step 4"), s("2. ring 31501234567 (20 s)"),
                                            s("3. forward +31612345678 (20 s)"), s("4. voicemail Garage")}));

        // Inserting before the jump's target moves the target along.
        addOk(plan, {s("--mail"), s("garage@example.com"), s("--at"), s("3")});
        QCOMPARE(listed(plan).first(), s("1. hours mon-fri 08:00-17:00; sat 10:00-12:00, else step 5"));
        QCOMPARE(listed(plan).at(2), s("3. email garage@example.com"));
        QCOMPARE(listed(plan).at(4), s("5. voicemail Garage"));

        // Removing a step before the target renumbers the jump.
        const Run removed = step("remove", plan, {s("2")});
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QCOMPARE(removed.out.trimmed(), s("Removed step 2 from call plan \"Garage\": ring 31501234567 (20 s)"));
        QCOMPARE(listed(plan), (QStringList{s("1. hours mon-fri 08:00-17:00; sat 10:00-12:00, else step 4"), s("2. email garage@example.com"),
                                            s("3. forward +31612345678 (20 s)"), s("4. voicemail Garage")}));

        // The target itself is not removed behind the jump's back.
        const Run target = step("remove", plan, {s("4")});
        QVERIFY2(refused(target, 2, "Step 1 jumps to step 4"), show(target));
        QCOMPARE(listed(plan).size(), 4);

        // JSON keeps the stored 0-based "else" of CallPlan::stepsToJson.
        const QJsonArray a = QJsonDocument::fromJson(step("list", plan, {s("--json")}).out.toUtf8()).array();
        QCOMPARE(a.at(0)[s("else")].toInt(), 3);

        // Removing the hours step itself is fine, and so is a step after the target.
        QCOMPARE(step("remove", plan, {s("1")}).code, 0);
        QCOMPARE(step("remove", plan, {s("3")}).code, 0);
        QCOMPARE(listed(plan), (QStringList{s("1. email garage@example.com"), s("2. forward +31612345678 (20 s)")}));

        // Appending with --at one past the end.
        addOk(plan, {s("--voicemail"), s("Garage"), s("--at"), s("3")});
        QCOMPARE(listed(plan).last(), s("3. voicemail Garage"));
    }

    void jsonOutputOfAddAndRemove()
    {
        const QString plan = s("Json");
        addPlan(plan);
        const Run add = step("add", plan, {s("--forward"), s("+31612345678"), s("--json")});
        QCOMPARE(add.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(add.out.toUtf8()).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.at(0)[s("targets")].toArray().at(0).toString(), s("31612345678"));
        const Run rm = step("remove", plan, {s("1"), s("--json")});
        QCOMPARE(rm.code, 0);
        QCOMPARE(QJsonDocument::fromJson(rm.out.toUtf8()).array().size(), 0);
    }

    void badInputIsRefusedAndNothingSaved()
    {
        const QString plan = s("Streng");
        addPlan(plan);
        addOk(plan, {s("--ring"), s("31501234567")});
        addOk(plan, {s("--voicemail"), s("Streng")});

        Run r = step("add", s("Bestaat niet"), {s("--voicemail"), s("X")});
        QVERIFY2(refused(r, 1, "There is no call plan named \"Bestaat niet\""), show(r));
        r = step("list", s("Bestaat niet"));
        QVERIFY2(refused(r, 1, "There is no call plan named"), show(r));
        r = step("remove", s("Bestaat niet"), {s("1")});
        QVERIFY2(refused(r, 1, "There is no call plan named"), show(r));

        r = step("add", plan);
        QVERIFY2(refused(r, 2, "Give the kind of step"), show(r));
        r = step("add", plan, {s("--ring"), s("31501234567"), s("--forward"), s("+31612345678")});
        QVERIFY2(refused(r, 2, "--ring, --forward"), show(r));
        r = ctl({s("callplan"), s("step"), s("add"), s("--voicemail"), s("X")});
        QVERIFY2(refused(r, 2, "--callplan is required"), show(r));

        // validate() names the step and the rule.
        r = step("add", plan, {s("--forward"), s("12ab")});
        QVERIFY2(refused(r, 2, "Step 3: \"12ab\" is not a phone number"), show(r));
        r = step("add", plan, {s("--forward"), s("+3161234")});
        QVERIFY2(refused(r, 2, "Step 3:"), show(r));
        r = step("add", plan, {s("--hours"), s("weekdays 9-5")});
        QVERIFY2(refused(r, 2, "\"weekdays 9-5\" is not an opening-hours range"), show(r));
        r = step("add", plan, {s("--hours"), s("mon-fri 08:00-17:00"), s("--else"), s("1")});
        QVERIFY2(refused(r, 2, "Step 3: outside opening hours it must jump forward to an existing step."), show(r));
        r = step("add", plan, {s("--hours"), s("mon-fri 08:00-17:00"), s("--else"), s("4")});
        QVERIFY2(refused(r, 2, "must jump forward to an existing step"), show(r));
        r = step("add", plan, {s("--mail"), s("not-an-address")});
        QVERIFY2(refused(r, 2, "Step 3"), show(r));

        // Options the kind does not take, and numbers out of range.
        r = step("add", plan, {s("--voicemail"), s("X"), s("--timeout"), s("30")});
        QVERIFY2(refused(r, 2, "--timeout goes with --ring or --forward"), show(r));
        r = step("add", plan, {s("--ring"), s("31501234567"), s("--timeout"), s("2")});
        QVERIFY2(refused(r, 2, "--timeout must be a whole number from 5 to 300"), show(r));
        r = step("add", plan, {s("--ring"), s("31501234567"), s("--else"), s("2")});
        QVERIFY2(refused(r, 2, "--else goes with --hours"), show(r));
        r = step("add", plan, {s("--voicemail"), s("X"), s("--at"), s("4")});
        QVERIFY2(refused(r, 2, "--at must be a whole number from 1 to 3"), show(r));
        r = step("add", plan, {s("--voicemail"), s("X"), s("--voicemail"), s("Y")});
        QVERIFY2(refused(r, 2, "--voicemail may be given only once"), show(r));

        r = step("remove", plan, {s("3")});
        QVERIFY2(refused(r, 2, "Step number must be from 1 to 2, not \"3\""), show(r));
        r = step("remove", plan, {s("0")});
        QVERIFY2(refused(r, 2, "Step number must be from 1 to 2"), show(r));
        r = step("remove", plan, {s("two")});
        QVERIFY2(refused(r, 2, "Step number must be from 1 to 2"), show(r));
        r = step("remove", plan);
        QVERIFY2(refused(r, 2, "exactly one step number"), show(r));
        r = ctl({s("callplan"), s("step"), s("remove"), s("--callplan"), s("Leeg2"), s("1")});
        QVERIFY2(refused(r, 1, "There is no call plan named"), show(r));
        addPlan(s("Leeg2"));
        r = ctl({s("callplan"), s("step"), s("remove"), s("--callplan"), s("Leeg2"), s("1")});
        QVERIFY2(refused(r, 2, "no steps to remove"), show(r));

        r = ctl({s("callplan"), s("step"), s("rename")});
        QVERIFY2(refused(r, 2, "Unknown action \"callplan step rename\""), show(r));
        r = ctl({s("callplan"), s("step")});
        QCOMPARE(r.code, 2);

        QCOMPARE(listed(plan), (QStringList{s("1. ring 31501234567 (20 s)"), s("2. voicemail Streng")}));
    }

    void everySubcommandHasHelp()
    {
        for (const char *action : {"add", "list", "remove"}) {
            const Run r = ctl({s("callplan"), s("step"), s(action), s("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(QLatin1String("Usage: centralectl callplan step ") + s(action)), qPrintable(r.out));
        }
        const Run add = ctl({s("callplan"), s("step"), s("add"), s("--help")});
        for (const char *opt : {"--ring", "--forward", "--voicemail", "--mail", "--hours", "--else", "--timeout", "--at"})
            QVERIFY2(add.out.contains(s(opt)), opt);
        const Run group = ctl({s("callplan"), s("step"), s("--help")});
        QCOMPARE(group.code, 0);
        QVERIFY(group.out.contains(QLatin1String("add|list|remove")));
    }
};

QTEST_GUILESS_MAIN(TestCallPlanSteps)
#include "tst_callplansteps.moc"
