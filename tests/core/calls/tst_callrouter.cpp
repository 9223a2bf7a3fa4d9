// Routing without SIP: configuration and registrations in, the targets a call rings out, in
// order and in ring groups, with the user part, labels and payer the engine needs.
#include "calls/CallRouter.h"

#include <QTest>

using namespace centrale;
using namespace centrale::calls;

namespace {

const QString kDid = QStringLiteral("31502053031");

struct World {
    CallConfig calls;
    QHash<qint64, QList<RegisteredContact>> contacts; // by account id

    World()
    {
        CallPolicy trunk;
        trunk.key = QStringLiteral("trunk:1");
        trunk.name = QStringLiteral("pbx");
        trunk.isTrunk = true;
        trunk.format = NumberFormat::NoPlus;
        trunk.primaryAccountId = 11;
        trunk.secondaryAccountId = 12;
        calls.policies.insert(trunk.key, trunk);
        CallPolicy phone;
        phone.key = QStringLiteral("phone:2");
        phone.name = QStringLiteral("31502053040");
        phone.primaryAccountId = 21;
        calls.policies.insert(phone.key, phone);
        calls.phoneByNumber.insert(phone.name, phone.key);
        calls.upstream.host = QStringLiteral("127.0.0.3");
        calls.upstream.port = 5070;
        calls.noAnswerSecs = 7;
    }
    RouteInputs inputs(QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(10, 0)), bool voicemail = true) const // a Wednesday morning
    {
        return RouteInputs{calls, [this](qint64 id) { return contacts.value(id); }, {"127.0.0.1:5060", "127.0.0.1:5062"}, voicemail, now, voicemail, {}};
    }
    void addPlan(qint64 id, const QString &name, QList<CallPlanStep> steps)
    {
        CallPlan p;
        p.id = id;
        p.name = name;
        p.steps = std::move(steps);
        calls.plans.insert(id, p);
    }
};

DidRoute trunkRoute(bool inbound = true) { return DidRoute{DidKind::Trunk, QStringLiteral("trunk:1"), 0, inbound}; }

} // namespace

class TestCallRouter : public QObject {
    Q_OBJECT
private slots:
    void aTrunksPrimaryRingsTogetherThenTheSecondaryInItsFormat()
    {
        World w;
        w.contacts[11] = {{QStringLiteral("sip:pbx@10.0.0.5:5080;line=1"), QStringLiteral("192.0.2.7:40001"), false, true},
                          {QStringLiteral("sip:10.0.0.6"), QStringLiteral("192.0.2.8:40002"), false, true},
                          {QStringLiteral("sip:gone@10.0.0.9"), QStringLiteral("192.0.2.9:40003"), false, false}}; // fails its OPTIONS: not rung
        w.contacts[12] = {{QStringLiteral("sip:pbx2@10.0.0.5:5082"), QStringLiteral("192.0.2.7:40004"), true, true}};
        CallRouter router;
        const auto targets = router.inbound(w.inputs(), trunkRoute(), kDid);
        QCOMPARE(targets.size(), 3);
        // The DID replaces the contact's user part, without + as this trunk wants it.
        QCOMPARE(targets[0].requestUri, QByteArray("sip:31502053031@10.0.0.5:5080;line=1"));
        QCOMPARE(targets[1].requestUri, QByteArray("sip:31502053031@10.0.0.6"));
        QCOMPARE(targets[0].hop, QByteArray("sip:192.0.2.7:40001;transport=udp"));
        QCOMPARE(targets[0].toUri, QByteArray("sip:31502053031@127.0.0.1:5060"));
        QCOMPARE(targets[0].label, QStringLiteral("pbx primary"));
        QCOMPARE(targets[0].timeoutSecs, 7);
        QCOMPARE(targets[0].policyKey, QStringLiteral("trunk:1"));
        QVERIFY(targets[0].group != 0);
        QCOMPARE(targets[1].group, targets[0].group); // one ring group
        // The secondary rings after, from the secondary's socket.
        QCOMPARE(targets[2].label, QStringLiteral("pbx secondary"));
        QCOMPARE(targets[2].server, 1);
        QCOMPARE(targets[2].toUri, QByteArray("sip:31502053031@127.0.0.1:5062"));
        QVERIFY(targets[2].group != targets[0].group);
        QCOMPARE(targets[0].server, 0);
        // The next call gets groups of its own.
        const auto again = router.inbound(w.inputs(), trunkRoute(), kDid);
        QVERIFY(again[0].group != targets[0].group && again[0].group != targets[2].group);
    }

    void aTrunkNobodyCanTakeIsAnsweredWithTheReason()
    {
        World w;
        CallRouter router;
        auto t = router.inbound(w.inputs(), trunkRoute(), kDid);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t[0].kind, Target::Kind::Final);
        QCOMPARE(t[0].finalStatus, 480);
        QCOMPARE(t[0].finalReason, QStringLiteral("no account of trunk pbx is registered"));
        t = router.inbound(w.inputs(), trunkRoute(false), kDid);
        QCOMPARE(t[0].finalStatus, 404);
        QCOMPARE(t[0].finalReason, QStringLiteral("inbound calls are off for +31502053031 on trunk pbx"));
    }

    void aTrunkDownFailsOverToItsPlansForwardsPaidByTheTrunk()
    {
        World w;
        w.addPlan(5, QStringLiteral("Failover"), {CallPlanStep{StepKind::Email, {QStringLiteral("noc@example.nl")}, 20, {}, -1},
                                                  CallPlanStep{StepKind::Forward, {QStringLiteral("+31612345678")}, 10, {}, -1}});
        w.calls.policies[QStringLiteral("trunk:1")].failoverPlanId = 5;
        CallRouter router;
        const auto t = router.inbound(w.inputs(), trunkRoute(), kDid);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0].kind, Target::Kind::Notify); // mailed when the call gets this far
        QCOMPARE(t[0].mailTo, QStringList{QStringLiteral("noc@example.nl")});
        QCOMPARE(t[1].kind, Target::Kind::Carrier);
        QCOMPARE(t[1].requestUri, QByteArray("sip:+31612345678@127.0.0.3:5070"));
        QCOMPARE(t[1].hop, QByteArray("sip:127.0.0.3:5070;transport=udp"));
        QCOMPARE(t[1].payerKey, QStringLiteral("trunk:1")); // the trunk's whitelist, limits and channels
        QCOMPARE(t[1].forwardDigits, QStringLiteral("31612345678"));
        QCOMPARE(t[1].didDigits, kDid);
        QCOMPARE(t[1].diversionReason, QByteArray("unavailable"));
        QCOMPARE(t[1].label, QStringLiteral("Failover: forward to +31612345678"));
        QCOMPARE(t[1].timeoutSecs, 10);
    }

    void aPhoneIsRungAtItsContactAsItIs()
    {
        World w;
        w.calls.dids.insert(QStringLiteral("31502053040"), DidRoute{DidKind::Phone, QStringLiteral("phone:2"), 0, true});
        CallRouter router;
        const DidRoute route = w.calls.dids.value(QStringLiteral("31502053040"));
        QCOMPARE(router.inbound(w.inputs(), route, QStringLiteral("31502053040"))[0].finalReason, QStringLiteral("phone 31502053040 is not registered"));
        w.contacts[21] = {{QStringLiteral("sip:31502053040@192.168.1.20:5060"), QStringLiteral("198.51.100.4:6000"), false, true}};
        const auto t = router.inbound(w.inputs(), route, QStringLiteral("31502053040"));
        QCOMPARE(t.size(), 1);
        QCOMPARE(t[0].requestUri, QByteArray("sip:31502053040@192.168.1.20:5060"));
        QCOMPARE(t[0].timeoutSecs, 0); // rings until the caller gives up
        QCOMPARE(t[0].label, QStringLiteral("31502053040"));
    }

    void anApplicationServerRingsAnAccountThroughTheClusterNode()
    {
        // In a cluster the phone registers at a node, not here: one INVITE for its account goes
        // to the node (the upstream), which finds the registrations in location.
        World w;
        w.contacts[21] = {{QStringLiteral("sip:31502053040@192.168.1.20:5060"), QStringLiteral("198.51.100.4:6000"), false, true}};
        RouteInputs in = w.inputs();
        in.accountAtProxy = [](qint64 id) { return id == 21 ? QByteArray("phone2040") : QByteArray(); };
        CallRouter router;
        const auto t = router.inbound(in, DidRoute{DidKind::Phone, QStringLiteral("phone:2"), 0, true}, QStringLiteral("31502053040"));
        QCOMPARE(t.size(), 1);
        QCOMPARE(t[0].kind, Target::Kind::Contact);
        QCOMPARE(t[0].requestUri, QByteArray("sip:phone2040@127.0.0.3:5070"));
        QCOMPARE(t[0].hop, w.calls.upstream.uri());
        QCOMPARE(t[0].policyKey, QStringLiteral("phone:2"));
        // An account the node does not know is not rung at all.
        w.calls.policies[QStringLiteral("phone:2")].primaryAccountId = 99;
        RouteInputs unknown = w.inputs();
        unknown.accountAtProxy = in.accountAtProxy;
        QCOMPARE(router.inbound(unknown, DidRoute{DidKind::Phone, QStringLiteral("phone:2"), 0, true}, QStringLiteral("31502053040"))[0].kind, Target::Kind::Final);
    }

    void voicemailWithoutItsRelayNamesWhatIsMissing()
    {
        World w;
        w.addPlan(4, QStringLiteral("Box"), {CallPlanStep{StepKind::Voicemail, {QStringLiteral("box@example.nl")}, 20, QStringLiteral("box"), -1}});
        CallRouter router;
        RouteInputs in = w.inputs(QDateTime(QDate(2026, 12, 2), QTime(10, 0)), false);
        QVERIFY(router.inbound(in, DidRoute{DidKind::CallPlan, {}, 4, true}, kDid)[0].finalReason.contains(QLatin1String("which is not running")));
        in.relayRuns = true; // an external relay whose recording folder is not set
        const QString reason = router.inbound(in, DidRoute{DidKind::CallPlan, {}, 4, true}, kDid)[0].finalReason;
        QVERIFY2(reason.contains(QLatin1String("media.recording_spool")), qPrintable(reason));
    }

    void aPlansRingStepRingsOurPhonesAndForwardsTheRestTogether()
    {
        World w;
        w.contacts[21] = {{QStringLiteral("sip:31502053040@192.168.1.20:5060"), QStringLiteral("198.51.100.4:6000"), false, true}};
        w.addPlan(9, QStringLiteral("Office"), {CallPlanStep{StepKind::RingPhones, {QStringLiteral("+31502053040"), QStringLiteral("+31201234567"), QStringLiteral("junk")}, 15, {}, -1}});
        CallRouter router;
        const auto t = router.inbound(w.inputs(), DidRoute{DidKind::CallPlan, {}, 9, true}, kDid);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0].kind, Target::Kind::Contact);
        QCOMPARE(t[0].label, QStringLiteral("Office: phone 31502053040"));
        QCOMPARE(t[0].policyKey, QStringLiteral("phone:2"));
        QCOMPARE(t[1].kind, Target::Kind::Carrier);
        QCOMPARE(t[1].payerKey, callPlanPolicyKey(9)); // a plan on its own DID pays for itself
        QCOMPARE(t[1].diversionReason, QByteArray("unconditional"));
        QCOMPARE(t[1].group, t[0].group);
        QVERIFY(t[0].group != 0);
        // Without a carrier an external number is left out.
        w.calls.upstream.host.clear();
        QCOMPARE(router.inbound(w.inputs(), DidRoute{DidKind::CallPlan, {}, 9, true}, kDid).size(), 1);
    }

    void openingHoursBranchOrCloseThePlan()
    {
        World w;
        w.addPlan(3, QStringLiteral("Desk"), {CallPlanStep{StepKind::OpeningHours, {}, 20, QStringLiteral("mon-fri 08:00-17:00"), 2},
                                              CallPlanStep{StepKind::Forward, {QStringLiteral("+31201234567")}, 10, {}, -1},
                                              CallPlanStep{StepKind::Voicemail, {QStringLiteral("desk@example.nl")}, 20, QStringLiteral("desk"), -1}});
        CallRouter router;
        const DidRoute route{DidKind::CallPlan, {}, 3, true};
        // Open: the forward, then the voicemail.
        auto t = router.inbound(w.inputs(), route, kDid);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0].kind, Target::Kind::Carrier);
        QCOMPARE(t[1].kind, Target::Kind::Voicemail);
        QCOMPARE(t[1].box, QStringLiteral("desk"));
        QCOMPARE(t[1].planId, qint64(3));
        // Closed (Sunday): straight to the voicemail; without the media relay it says why not.
        const QDateTime sunday(QDate(2026, 12, 6), QTime(10, 0));
        t = router.inbound(w.inputs(sunday), route, kDid);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t[0].kind, Target::Kind::Voicemail);
        t = router.inbound(w.inputs(sunday, false), route, kDid);
        QCOMPARE(t[0].kind, Target::Kind::Final);
        QVERIFY2(t[0].finalReason.contains(QLatin1String("voicemail box desk is unavailable")), qPrintable(t[0].finalReason));
        // Closed with nowhere else to go.
        w.calls.plans[3].steps[0].elseStep = -1;
        t = router.inbound(w.inputs(sunday), route, kDid);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t[0].finalStatus, 480);
        QCOMPARE(t[0].finalReason, QStringLiteral("Desk is closed (mon-fri 08:00-17:00)"));
    }

    void aCallOutGoesToTheCarrierInE164()
    {
        Upstream u;
        u.host = QStringLiteral("carrier.example");
        u.port = 5080;
        const Target t = carrierTarget(u, QStringLiteral("31201234567"), 0, QStringLiteral("carrier +31201234567"));
        QCOMPARE(t.requestUri, QByteArray("sip:+31201234567@carrier.example:5080"));
        QCOMPARE(t.toUri, QByteArray("sip:+31201234567@carrier.example"));
        QCOMPARE(t.hop, QByteArray("sip:carrier.example:5080;transport=udp"));
        QVERIFY(t.payerKey.isEmpty()); // admitted already as the caller's own call
    }
};

QTEST_GUILESS_MAIN(TestCallRouter)
#include "tst_callrouter.moc"
