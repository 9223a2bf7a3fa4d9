#include "domain/CallPlan.h"
#include "domain/Trunk.h"

#include <QTest>

using namespace centrale;

class TestTrunk : public QObject {
    Q_OBJECT
    static Trunk valid()
    {
        Trunk t;
        t.name = QStringLiteral("PBX kantoor");
        t.channels = 4;
        t.ipWhitelist << IpNetwork::parse(QStringLiteral("192.0.2.10")).value();
        t.numbers << TrunkNumber{QStringLiteral("31502053031"), true, true};
        t.primary.username = Trunk::defaultPrimaryUsername(QStringLiteral("31502053031"));
        t.secondary.username = Trunk::defaultSecondaryUsername(QStringLiteral("31502053031"));
        return t;
    }
private slots:
    void validTrunkPasses() { QVERIFY2(valid().validate().ok(), qPrintable(valid().validate().message())); }
    void defaultUsernamesDiffer() { QVERIFY(valid().primary.username != valid().secondary.username); }
    void refuses()
    {
        auto check = [](auto mutate, const char *reason) {
            Trunk t = valid();
            mutate(t);
            auto s = t.validate();
            QVERIFY2(!s.ok() && s.message().contains(QLatin1String(reason)), qPrintable(s.message()));
        };
        check([](Trunk &t) { t.channels = 0; }, "between 1 and");
        check([](Trunk &t) { t.name = QStringLiteral("   "); }, "required");
        check([](Trunk &t) { t.name = QString(65, QLatin1Char('x')); }, "longer than 64");
        check([](Trunk &t) { t.name = QStringLiteral("evil\u202Egnp.exe"); }, "text-direction");
        check([](Trunk &t) { t.ipWhitelist.clear(); }, "at least one IP");
        check([](Trunk &t) { t.numbers << t.numbers.first(); }, "added twice");
        check([](Trunk &t) { t.secondary.username = t.primary.username; }, "different usernames");
        check([](Trunk &t) { t.primary.username = QStringLiteral("a b"); }, "Primary username");
        check([](Trunk &t) { t.limits.amountHourCents = 9999; }, "amount per hour");
    }
    void limitsDefaultsAreTheSeeds()
    {
        Limits l;
        QCOMPARE(l.amountHourCents, 1000);
        QCOMPARE(l.amountDayCents, 2500);
        QCOMPARE(l.amountWeekCents, 5000);
        QCOMPARE(l.warnPercentFirst, 80);
        QCOMPARE(l.warnPercentSecond, 95);
        QVERIFY(l.validate().ok());
    }
    void destinationWhitelistRoundTrips()
    {
        DestinationWhitelist w;
        w.countries << DestinationRule{QStringLiteral("NL"), {NumberType::Fixed, NumberType::Mobile}};
        w.allowedPrefixes << QStringLiteral("3190612");
        auto back = DestinationWhitelist::fromJson(w.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), w);
        w.countries << DestinationRule{QStringLiteral("XX"), {NumberType::Fixed}};
        QVERIFY(w.validate().message().contains(QLatin1String("XX")));
    }
    void callPlanSteps()
    {
        CallPlan p;
        p.name = QStringLiteral("Belroute vd garage");
        p.internalNumber = QStringLiteral("3031");
        p.steps << CallPlanStep{StepKind::OpeningHours, {}, 20, QStringLiteral("mon-fri 08:00-17:00"), 2}
                << CallPlanStep{StepKind::Forward, {QStringLiteral("0611111111")}, 20, {}, -1}
                << CallPlanStep{StepKind::Voicemail, {}, 20, QStringLiteral("Voicemail binnen werktijd"), -1};
        QVERIFY2(p.validate().ok(), qPrintable(p.validate().message()));
        auto back = CallPlan::stepsFromJson(CallPlan::stepsToJson(p.steps));
        QCOMPARE(back.value(), p.steps);
        p.steps[0].text = QStringLiteral("always");
        QVERIFY(p.validate().message().contains(QLatin1String("opening-hours")));
        p.steps[0].text = QStringLiteral("mon-fri 08:00-17:00");
        p.internalNumber = QStringLiteral("30a1");
        QVERIFY(!p.validate().ok());
    }
};

QTEST_GUILESS_MAIN(TestTrunk)
#include "tst_trunk.moc"
