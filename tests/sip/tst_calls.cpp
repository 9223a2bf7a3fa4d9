// Calls through the engine with real peers: sipp as the PBX (127.0.0.1), as the
// registered PBX accounts, and as the upstream carrier (127.0.0.3).
#include "EngineFixture.h"
#include "SippRun.h"
#include "sip/SipEngine.h"
#include "store/CallPlanRepository.h"
#include "store/Database.h"
#include "store/NumberRepository.h"
#include "store/SettingsRepository.h"

#include <QRegularExpression>

#include <QJsonDocument>
#include <QTest>

using namespace centrale;

namespace {
const QString kPbxIp = QStringLiteral("127.0.0.1");
const QString kCarrierIp = QStringLiteral("127.0.0.3");
const QString kEngine = QStringLiteral("127.0.0.1:40060");
const QString kEngine2 = QStringLiteral("127.0.0.1:40062");
constexpr int kCarrierUas = 40090;  // where the engine sends calls out
constexpr int kCarrierUac = 40091;  // where inbound calls come from
const QString kTrunkNumber = QStringLiteral("31502053031");
const QString kTrunk2Number = QStringLiteral("31502053032");
const QString kFree = QStringLiteral("31502053050");

// sipp peers in the background talk to the engine.
struct EngineSipp : BackgroundSipp {
    EngineSipp() : BackgroundSipp(kEngine) {}
};

SippResult runCall(const QString &scenario, const QString &ip, int port, const QStringList &lines, QString *trace, int holdMs = 500)
{
    return runCallSipp(scenario, kEngine, ip, port, lines, trace, holdMs);
}
// The Via branch of the first message in a sipp trace from `startLine` on: a CANCEL and the
// ACK of a failure must carry their INVITE's (RFC 3261 9.1, 17.1.1.3).
QString viaBranchOf(const QString &trace, const QString &startLine)
{
    const qsizetype at = trace.indexOf(startLine);
    if (at < 0)
        return {};
    static const QRegularExpression re(QStringLiteral("Via:[^\\r\\n]*branch=([^;\\s]+)"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(trace, at);
    return m.hasMatch() ? m.captured(1) : QString();
}
} // namespace

class TestCalls : public QObject {
    Q_OBJECT
    EngineFixture m_fx;
    std::unique_ptr<Database> &m_db = m_fx.db;
    bool m_pbxRegistered = false; // cleanup() unregisters what a test registered

    QString auth(const QString &user, const QString &password) { return authField(user, password); }
    QString trunkAuth() { return auth(kTrunkNumber, QStringLiteral("primaryPass1")); }
    CallRecord nextRecord() { return m_fx.nextRecord(); }
    bool registered(const QString &account)
    {
        for (const auto &s : m_fx.engine->snapshot())
            if (s.account == account && s.state == RegistrationState::Registered)
                return true;
        return false;
    }
    // A PBX account registers from ip:port (then a UAS scenario takes that port), or unregisters.
    bool registerPbx(int port, const QString &user, const QString &password, int expires = 120)
    {
        const QString server = user.endsWith(QLatin1String("-2")) ? kEngine2 : kEngine;
        auto r = runSipp(QStringLiteral("reg_ok"), server, kPbxIp, port, {user + QLatin1Char(';') + authField(user, password) + QLatin1Char(';') + QString::number(expires)});
        m_pbxRegistered = m_pbxRegistered || expires > 0;
        return r.exitCode == 0;
    }
    void unregisterAll()
    {
        for (int port : {40072, 40073, 40075})
            registerPbx(port, kTrunkNumber, QStringLiteral("primaryPass1"), 0);
        registerPbx(40074, kTrunkNumber + QStringLiteral("-2"), QStringLiteral("secondaryPass1"), 0);
    }
    void setSetting(const char *key, const QString &value) { QVERIFY(m_fx.setSetting(key, value).ok()); }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QSKIP("sipp is not installed");
        auto opened = m_fx.open(EngineFixture::callSettings(kEngine, kEngine2, kCarrierIp + QStringLiteral(":%1").arg(kCarrierUas))
                                << std::pair{"calls.noanswer.timeout", QStringLiteral("3")});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QVERIFY(NumberRepository(*m_db).add({kTrunkNumber, kTrunk2Number, QStringLiteral("31502053033"), kFree}).ok());

        // A forward to 0906 is refused when the plan is saved, naming the rule.
        CallPlan premium;
        premium.name = QStringLiteral("Premium");
        premium.steps << CallPlanStep{StepKind::Forward, {QStringLiteral("+31906123456")}, 10, {}, -1};
        auto refusedPlan = CallPlanRepository(*m_db).add(premium);
        QVERIFY(!refusedPlan.ok());
        QVERIFY2(refusedPlan.message().contains(QLatin1String("+31906123456")) && refusedPlan.message().contains(QLatin1String("fraud-prone")),
                 qPrintable(refusedPlan.message()));

        // The e-mail step comes first: it must be sent only when a call gets this far.
        CallPlan plan;
        plan.name = QStringLiteral("Failover");
        plan.steps << CallPlanStep{StepKind::Email, {QStringLiteral("noc@example.nl")}, 20, {}, -1};
        plan.steps << CallPlanStep{StepKind::Forward, {QStringLiteral("+31612345678")}, 10, {}, -1};
        QVERIFY2(CallPlanRepository(*m_db).add(plan).ok(), "call plan");

        Trunk t = EngineFixture::trunk(QStringLiteral("pbx"), kTrunkNumber);
        t.failoverCallPlan = plan.name;
        // Ireland is allowed but has no price in the default rate table.
        t.destinations.countries = {DestinationRule{QStringLiteral("NL"), {NumberType::Fixed, NumberType::Mobile}},
                                    DestinationRule{QStringLiteral("BE"), {NumberType::Fixed}}, DestinationRule{QStringLiteral("IE"), {NumberType::Fixed}}};
        auto created = m_fx.addTrunk(t, QStringLiteral("primaryPass1"), QStringLiteral("secondaryPass1"));
        QVERIFY2(created.ok(), qPrintable(created.message()));

        // A second trunk whose accounts never register: its calls go to the failover plan.
        Trunk t2 = EngineFixture::trunk(QStringLiteral("pbx2"), kTrunk2Number);
        t2.failoverCallPlan = plan.name;
        t2.destinations = t.destinations;
        created = m_fx.addTrunk(t2, QStringLiteral("primaryPass1"), QStringLiteral("secondaryPass1"));
        QVERIFY2(created.ok(), qPrintable(created.message()));

        auto s = m_fx.startEngine([](sip::SipEngine &e) {
            QObject::connect(&e, &sip::SipEngine::logLine, &e, [](const QString &l) { if (l.contains(QLatin1String("mail"))) qInfo("%s", qPrintable(l)); });
        });
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
    void cleanup()
    {
        if (std::exchange(m_pbxRegistered, false))
            unregisterAll();
        m_fx.records.clear();
    }

    void outboundCallReachesTheCarrierInE164WithPai()
    {
        EngineSipp carrier;
        carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, kCarrierUas, {});
        QString trace;
        const QString line = kTrunkNumber + QLatin1Char(';') + QStringLiteral("0201234567;") + trunkAuth() + QStringLiteral(";;");
        auto pbx = runCall(QStringLiteral("pbx_call"), kPbxIp, 40070, {line}, &trace, 1000);
        QVERIFY2(pbx.exitCode == 0, qPrintable(pbx.output.right(1500) + trace.right(2000)));
        QCOMPARE(carrier.finish(), 0);
        const QString seen = carrier.trace();
        QVERIFY2(seen.contains(QLatin1String("INVITE sip:+31201234567@127.0.0.3:40090 SIP/2.0")), qPrintable(seen.left(1500)));
        QVERIFY2(seen.contains(QLatin1String("P-Asserted-Identity: <sip:+31502053031@")), qPrintable(seen.left(1500)));
        QVERIFY2(seen.contains(QLatin1String("m=audio 40000 RTP/AVP 8 0 101")), qPrintable(seen.left(1500))); // A-law first, DTMF kept
        QVERIFY(!seen.contains(QLatin1String("primaryPass1")));
        const CallRecord r = nextRecord();
        QCOMPARE(r.direction, QStringLiteral("outbound"));
        QCOMPARE(r.sipStatus, 200);
        QCOMPARE(r.caller, QStringLiteral("+31502053031"));
        QCOMPARE(r.callee, QStringLiteral("+31201234567"));
        QCOMPARE(r.owner, QStringLiteral("pbx"));
        QVERIFY(r.answeredMs > 0 && r.endedMs >= r.answeredMs + 900);
        QCOMPARE(r.reason, QStringLiteral("the caller hung up"));
        // A fresh database prices calls from the default rate table: € 0.012 a minute to Dutch fixed numbers.
        QVERIFY2(r.costMicros >= 200 && r.costMicros <= 600, qPrintable(QString::number(r.costMicros)));
    }

    void privacyKeepsFromAndPaiRealAndAsksTheCarrierToHide()
    {
        EngineSipp carrier;
        carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, kCarrierUas, {});
        // The PBX puts the caller ID in P-Asserted-Identity only; From says nothing useful.
        const QString line = QStringLiteral("anonymous;+31201234567;") + trunkAuth()
                             + QStringLiteral(";Privacy: id;P-Asserted-Identity: <sip:+31502053031@127.0.0.1>");
        auto pbx = runCall(QStringLiteral("pbx_call"), kPbxIp, 40070, {line}, nullptr);
        QVERIFY2(pbx.exitCode == 0, qPrintable(pbx.output.right(1500)));
        QCOMPARE(carrier.finish(), 0);
        const QString seen = carrier.trace();
        // The carrier hides the number onward; towards it From and PAI carry the real one.
        QVERIFY2(seen.contains(QLatin1String("From: <sip:+31502053031@")), qPrintable(seen.left(1500)));
        QVERIFY(!seen.contains(QLatin1String("anonymous.invalid")));
        QVERIFY(seen.contains(QLatin1String("Privacy: id")));
        QVERIFY(seen.contains(QLatin1String("P-Asserted-Identity: <sip:+31502053031@")));
        QCOMPARE(nextRecord().sipStatus, 200);
    }

    void aLost200IsRetransmittedUntilTheAck()
    {
        EngineSipp carrier;
        carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, kCarrierUas, {});
        QString trace;
        const QString line = kTrunkNumber + QStringLiteral(";0201234567;") + trunkAuth() + QStringLiteral(";;");
        // The PBX waits 1.2 s with its ACK, as if the first 200 OK were lost.
        auto pbx = runCall(QStringLiteral("pbx_call_lost_200"), kPbxIp, 40070, {line}, &trace, 500);
        QVERIFY2(pbx.exitCode == 0, qPrintable(pbx.output.left(3000) + trace.right(3500)));
        QCOMPARE(carrier.finish(), 0);
        QVERIFY2(trace.count(QLatin1String("SIP/2.0 200 OK")) >= 3, qPrintable(trace.right(2500))); // two to the INVITE, one to the BYE
        const CallRecord r = nextRecord();
        QCOMPARE(r.sipStatus, 200);
        QCOMPARE(r.reason, QStringLiteral("the caller hung up"));
    }

    void theCarriersRepeated200GetsItsAckAgain()
    {
        // The B leg's INVITE transaction is let go at the 180, so the repeated 2xx arrives as
        // a stray response: the engine itself must acknowledge it again.
        EngineSipp carrier;
        carrier.start(QStringLiteral("carrier_answer_200_again"), kCarrierIp, kCarrierUas, {});
        const QString line = kTrunkNumber + QStringLiteral(";0201234567;") + trunkAuth() + QStringLiteral(";;");
        auto pbx = runCall(QStringLiteral("pbx_call"), kPbxIp, 40070, {line}, nullptr, 1000);
        QVERIFY2(pbx.exitCode == 0, qPrintable(pbx.output.right(1500)));
        QCOMPARE(carrier.finish(), 0); // both ACKs and the BYE arrived
        QVERIFY2(carrier.trace().count(QLatin1String("ACK sip:")) >= 2, qPrintable(carrier.trace().right(2000)));
        const CallRecord r = nextRecord();
        QCOMPARE(r.sipStatus, 200);
        QCOMPARE(r.reason, QStringLiteral("the caller hung up"));
    }

    void reInviteIsRelayedAndIts200RetransmittedUntilTheAck()
    {
        EngineSipp carrier;
        carrier.start(QStringLiteral("carrier_answer_reinvite"), kCarrierIp, kCarrierUas, {});
        QString trace;
        const QString line = kTrunkNumber + QStringLiteral(";0201234567;") + trunkAuth() + QStringLiteral(";;");
        auto pbx = runCall(QStringLiteral("pbx_call_reinvite"), kPbxIp, 40070, {line}, &trace, 500);
        QVERIFY2(pbx.exitCode == 0, qPrintable(pbx.output.left(3000) + trace.right(3500)));
        QCOMPARE(carrier.finish(), 0); // got the hold re-INVITE and the ACK for its 200
        const QString seen = carrier.trace();
        QVERIFY2(seen.contains(QLatin1String("a=sendonly")), qPrintable(seen.right(2500)));
        // The carrier's answer to the re-INVITE reaches the PBX, and again until its late ACK.
        QVERIFY2(trace.count(QLatin1String("a=recvonly")) >= 2, qPrintable(trace.right(3500)));
        const CallRecord r = nextRecord();
        QCOMPARE(r.sipStatus, 200);
        QCOMPARE(r.reason, QStringLiteral("the caller hung up"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const QString a = authField(kTrunkNumber, QStringLiteral("primaryPass1"));
        QTest::newRow("caller ID not the trunk's") << kPbxIp << (QStringLiteral("31509999999;0201234567;") + a) << 403 << QStringLiteral("not one of trunk pbx's caller-ID numbers");
        QTest::newRow("wrong password") << kPbxIp << (kTrunkNumber + QStringLiteral(";0201234567;") + authField(kTrunkNumber, QStringLiteral("wrong"))) << 403 << QStringLiteral("authentication failed");
        QTest::newRow("foreign address") << QStringLiteral("127.0.0.2") << (kTrunkNumber + QStringLiteral(";0201234567;") + a) << 403 << QStringLiteral("no account's IP whitelist");
        QTest::newRow("not a number") << kPbxIp << (kTrunkNumber + QStringLiteral(";12;") + a) << 484 << QStringLiteral("too short");
        QTest::newRow("no such number") << kPbxIp << (kTrunkNumber + QStringLiteral(";+3112345678901;") + a) << 404 << QStringLiteral("not a valid phone number");
        QTest::newRow("0906 premium rate") << kPbxIp << (kTrunkNumber + QStringLiteral(";0906123456;") + a) << 403 << QStringLiteral("fraud-prone");
        QTest::newRow("country not whitelisted") << kPbxIp << (kTrunkNumber + QStringLiteral(";+493012345678;") + a) << 403 << QStringLiteral("country DE is not in the destination whitelist");
        QTest::newRow("destination without a price") << kPbxIp << (kTrunkNumber + QStringLiteral(";+35312345678;") + a) << 403 << QStringLiteral("has no price for +35312345678");
        QTest::newRow("number type not whitelisted") << kPbxIp << (kTrunkNumber + QStringLiteral(";+32470123456;") + a) << 403 << QStringLiteral("mobile numbers in BE");
    }
    void refusals()
    {
        QFETCH(QString, ip);
        QFETCH(QString, line);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QString trace;
        auto pbx = runCall(QStringLiteral("pbx_refused"), ip, 40070, {line}, &trace);
        QVERIFY2(pbx.exitCode == 0, qPrintable(trace.mid(1400, 3000) + pbx.output.left(800)));
        QVERIFY2(trace.contains(QStringLiteral("SIP/2.0 %1 ").arg(status)), qPrintable(trace.right(1500)));
        QVERIFY2(trace.contains(QLatin1String("Warning: 399 centrale")), qPrintable(trace.right(1500)));
        const CallRecord r = nextRecord();
        QCOMPARE(r.sipStatus, status);
        QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
        QCOMPARE(r.direction, QStringLiteral("outbound"));
    }

    void channelsFullGives503()
    {
        EngineSipp carrier;
        carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, kCarrierUas, {}, 2);
        EngineSipp twoCalls;
        const QString line = kTrunkNumber + QStringLiteral(";0201234567;") + trunkAuth() + QStringLiteral(";;");
        twoCalls.start(QStringLiteral("pbx_call"), kPbxIp, 40071, {line, line}, 2, 3000);
        QTest::qWait(1200); // both calls are up: the trunk's 2 channels are taken
        QString trace;
        auto third = runCall(QStringLiteral("pbx_refused"), kPbxIp, 40070, {kTrunkNumber + QStringLiteral(";0201234567;") + trunkAuth()}, &trace);
        QVERIFY2(third.exitCode == 0, qPrintable(third.output.right(1500)));
        QVERIFY2(trace.contains(QLatin1String("SIP/2.0 503 ")), qPrintable(trace.right(1500)));
        QCOMPARE(twoCalls.finish(), 0);
        QCOMPARE(carrier.finish(), 0);
        auto saw503 = [this] {
            for (const auto &r : m_fx.records)
                if (r.sipStatus == 503 && r.reason.contains(QLatin1String("all 2 channels of pbx are busy")))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(saw503(), 8000);
        QTest::qWait(300); // the two long calls' records, before cleanup() forgets them
    }

    void inboundCallRingsThePrimaryInTheTrunksFormat()
    {
        QVERIFY(registerPbx(40072, kTrunkNumber, QStringLiteral("primaryPass1")));
        QTRY_VERIFY_WITH_TIMEOUT(registered(kTrunkNumber), 5000);
        EngineSipp primary;
        primary.start(QStringLiteral("pbx_answer"), kPbxIp, 40072, {kTrunkNumber});
        QString trace;
        auto carrier = runCall(QStringLiteral("carrier_call"), kCarrierIp, kCarrierUac, {QStringLiteral("+31201234567;+31502053031;500")}, &trace);
        QVERIFY2(carrier.exitCode == 0, qPrintable(carrier.output.right(1500) + trace.right(1500)));
        QCOMPARE(primary.finish(), 0);
        QVERIFY2(primary.trace().contains(QLatin1String("INVITE sip:+31502053031@127.0.0.1:40072")), qPrintable(primary.trace().right(2000)));
        const CallRecord r = nextRecord();
        QCOMPARE(r.direction, QStringLiteral("inbound"));
        QCOMPARE(r.sipStatus, 200);
        QCOMPARE(r.bLeg, QStringLiteral("pbx primary"));
        QTest::qWait(200);
        QVERIFY2(m_fx.mails.filter(QLatin1String("Call for Failover")).isEmpty(), qPrintable(m_fx.mails.join(QLatin1Char('|')))); // the PBX answered: the plan was never reached
    }

    void registrationsOfOneAccountRingTogether_data()
    {
        QTest::addColumn<QString>("other");    // the second device's scenario
        QTest::addColumn<QString>("otherSees"); // what must reach it
        QTest::newRow("the other is cancelled") << QStringLiteral("pbx_noanswer") << QStringLiteral("CANCEL sip:+31502053031@127.0.0.1:40073");
        // The classic race of ringing together: it answers as the CANCEL arrives; its 200 OK
        // must get an ACK and a BYE, or it would think it is in a call.
        QTest::newRow("the other answers too late") << QStringLiteral("pbx_answer_late") << QStringLiteral("BYE sip:31502053031@127.0.0.1:40073");
    }

    void registrationsOfOneAccountRingTogether()
    {
        // Two devices registered for the primary ring at once: the one that answers takes
        // the call at once (no waiting for the no-answer time).
        QFETCH(QString, other);
        QFETCH(QString, otherSees);
        QVERIFY(registerPbx(40072, kTrunkNumber, QStringLiteral("primaryPass1")));
        QVERIFY(registerPbx(40073, kTrunkNumber, QStringLiteral("primaryPass1")));
        QTest::qWait(300);
        EngineSipp second, answering;
        second.start(other, kPbxIp, 40073, {kTrunkNumber});
        answering.start(QStringLiteral("pbx_answer"), kPbxIp, 40072, {kTrunkNumber});
        auto carrier = runCall(QStringLiteral("carrier_call"), kCarrierIp, kCarrierUac, {QStringLiteral("+31201234567;+31502053031;300")}, nullptr);
        QVERIFY2(carrier.exitCode == 0, qPrintable(carrier.output.right(1500)));
        QCOMPARE(answering.finish(), 0);
        QVERIFY2(second.finish() == 0, qPrintable(second.trace().right(2500)));
        QVERIFY2(second.trace().contains(otherSees), qPrintable(second.trace().right(2500)));
        if (other == QLatin1String("pbx_noanswer")) { // our own CANCEL: the INVITE's transaction was let go at its 180
            const QString invite = viaBranchOf(second.trace(), QStringLiteral("INVITE sip:"));
            QVERIFY(!invite.isEmpty());
            QCOMPARE(viaBranchOf(second.trace(), QStringLiteral("CANCEL sip:")), invite);
            QCOMPARE(viaBranchOf(second.trace(), QStringLiteral("ACK sip:")), invite);
        }
        const CallRecord r = nextRecord();
        QCOMPARE(r.sipStatus, 200);
        QCOMPARE(r.bLeg, QStringLiteral("pbx primary"));
        QVERIFY2(r.answeredMs - r.startedMs < 2000, qPrintable(QString::number(r.answeredMs - r.startedMs))); // the no-answer time is 3 s
        QTRY_COMPARE(m_fx.engine->activeCalls(), 0);
    }

    void primaryNotAnsweringFailsOverToTheSecondary()
    {
        QVERIFY(registerPbx(40073, kTrunkNumber, QStringLiteral("primaryPass1")));
        QVERIFY(registerPbx(40074, kTrunkNumber + QStringLiteral("-2"), QStringLiteral("secondaryPass1")));
        QTRY_VERIFY_WITH_TIMEOUT(registered(kTrunkNumber) && registered(kTrunkNumber + QStringLiteral("-2")), 5000);
        EngineSipp primary, secondary;
        primary.start(QStringLiteral("pbx_noanswer"), kPbxIp, 40073, {kTrunkNumber});
        secondary.start(QStringLiteral("pbx_answer"), kPbxIp, 40074, {kTrunkNumber + QStringLiteral("-2")});
        auto carrier = runCall(QStringLiteral("carrier_call"), kCarrierIp, kCarrierUac, {QStringLiteral("+31201234567;+31502053031;300")}, nullptr);
        QVERIFY2(carrier.exitCode == 0, qPrintable(carrier.output.right(1500)));
        QCOMPARE(primary.finish(), 0);   // rang, then got a CANCEL after the no-answer time
        QCOMPARE(secondary.finish(), 0); // answered
        const CallRecord r = nextRecord();
        QCOMPARE(r.sipStatus, 200);
        QCOMPARE(r.bLeg, QStringLiteral("pbx secondary"));
    }

    void calleesAnswerIsFinal_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("scenario");
        QTest::newRow("486 busy") << 486 << QStringLiteral("pbx_busy");
        QTest::newRow("486 busy after ringing") << 486 << QStringLiteral("pbx_ring_busy"); // the ACK is ours, not nta's
        QTest::newRow("600 busy everywhere") << 600 << QStringLiteral("pbx_busy_everywhere");
        QTest::newRow("603 decline") << 603 << QStringLiteral("pbx_decline");
    }
    void calleesAnswerIsFinal()
    {
        // The secondary is registered too, but a busy or declining primary is the callee's answer.
        QFETCH(int, status);
        QFETCH(QString, scenario);
        QVERIFY(registerPbx(40075, kTrunkNumber, QStringLiteral("primaryPass1")));
        QVERIFY(registerPbx(40074, kTrunkNumber + QStringLiteral("-2"), QStringLiteral("secondaryPass1")));
        EngineSipp primary, secondary;
        primary.start(scenario, kPbxIp, 40075, {kTrunkNumber});
        secondary.start(QStringLiteral("pbx_answer"), kPbxIp, 40074, {kTrunkNumber + QStringLiteral("-2")});
        QTest::qWait(300);
        QString trace;
        auto carrier = runCall(QStringLiteral("carrier_refused"), kCarrierIp, kCarrierUac, {QStringLiteral("+31201234567;+31502053031")}, &trace);
        QVERIFY2(carrier.exitCode == 0, qPrintable(carrier.output.right(1500)));
        QCOMPARE(primary.finish(), 0); // it got its ACK
        QVERIFY2(trace.contains(QStringLiteral("SIP/2.0 %1 ").arg(status)), qPrintable(trace.right(1500)));
        QCOMPARE(viaBranchOf(primary.trace(), QStringLiteral("ACK sip:")), viaBranchOf(primary.trace(), QStringLiteral("INVITE sip:")));
        const CallRecord r = nextRecord();
        QCOMPARE(r.sipStatus, status);
        QVERIFY2(r.reason.contains(QStringLiteral("pbx primary answered %1").arg(status)), qPrintable(r.reason));
        QVERIFY2(secondary.trace().isEmpty() || !secondary.trace().contains(QLatin1String("INVITE sip:")), qPrintable(secondary.trace().left(800)));
        secondary.proc.kill();
        secondary.proc.waitForFinished();
    }

    void trunkDownForwardsThroughTheGateWithPaiPricedAndMailed()
    {
        m_fx.mails.clear();
        EngineSipp external; // the carrier takes the forwarded leg
        external.start(QStringLiteral("carrier_answer"), kCarrierIp, kCarrierUas, {});
        auto carrier = runCall(QStringLiteral("carrier_call"), kCarrierIp, kCarrierUac, {QStringLiteral("+31201234567;+31502053032;1200")}, nullptr);
        QVERIFY2(carrier.exitCode == 0, qPrintable(carrier.output.right(1500)));
        QCOMPARE(external.finish(), 0);
        const QString seen = external.trace();
        QVERIFY2(seen.contains(QLatin1String("INVITE sip:+31612345678@127.0.0.3:40090")), qPrintable(seen.left(1500)));
        // The carrier sees the number that was called as the asserted identity, and why it left us.
        QVERIFY2(seen.contains(QLatin1String("P-Asserted-Identity: <sip:+31502053032@")), qPrintable(seen.left(1500)));
        QVERIFY2(seen.contains(QLatin1String("Diversion: <sip:+31502053032@")), qPrintable(seen.left(1500)));
        const CallRecord r = nextRecord();
        QCOMPARE(r.sipStatus, 200);
        QCOMPARE(r.bLeg, QStringLiteral("Failover: forward to +31612345678"));
        // Priced as a call to a Dutch mobile (€ 0.035 a minute) and charged to the trunk.
        QVERIFY2(r.costMicros >= 583 && r.costMicros <= 1500, qPrintable(QString::number(r.costMicros)));
        QTRY_VERIFY_WITH_TIMEOUT(!m_fx.mails.filter(QLatin1String("Call for Failover")).isEmpty(), 3000); // the plan was reached
    }

    void aForwardTheGateRefusesNeverReachesTheCarrier_data()
    {
        QTest::addColumn<QString>("sql");    // how the plan or whitelist changed after the plan was saved
        QTest::addColumn<QString>("callee"); // the forward the gate refuses
        QTest::addColumn<QString>("rule");
        DestinationWhitelist fixedOnly;
        fixedOnly.countries = {DestinationRule{QStringLiteral("NL"), {NumberType::Fixed}}};
        QTest::newRow("whitelist narrowed since") << QStringLiteral("UPDATE trunks SET destinations = '%1' WHERE name = 'pbx2'")
                                                         .arg(QString::fromUtf8(QJsonDocument(fixedOnly.toJson()).toJson(QJsonDocument::Compact)))
                                                  << QStringLiteral("+31612345678") << QStringLiteral("mobile numbers in NL");
        // A database written before forwards were checked on save may hold a forward to 0906.
        QTest::newRow("0906 in an old plan") << QStringLiteral("UPDATE call_plans SET steps = '[{\"kind\":\"forward\",\"targets\":[\"31906123456\"],"
                                                               "\"timeout\":10,\"text\":\"\",\"else\":-1}]' WHERE name = 'Failover'")
                                             << QStringLiteral("+31906123456") << QStringLiteral("fraud-prone");
    }
    void aForwardTheGateRefusesNeverReachesTheCarrier()
    {
        QFETCH(QString, sql);
        QFETCH(QString, callee);
        QFETCH(QString, rule);
        // The engine checks every forward again when it is made: whitelists and plans change.
        auto saved = [this](const QString &q) {
            auto r = (*m_db).exec(q);
            return r && r->next() ? r->value(0).toString() : QString();
        };
        const QString destinations = saved(QStringLiteral("SELECT destinations FROM trunks WHERE name = 'pbx2'"));
        const QString steps = saved(QStringLiteral("SELECT steps FROM call_plans WHERE name = 'Failover'"));
        QVERIFY((*m_db).exec(sql).ok());
        m_fx.engine->reload();
        EngineSipp external;
        external.start(QStringLiteral("carrier_answer"), kCarrierIp, kCarrierUas, {});
        QString trace;
        auto carrier = runCall(QStringLiteral("carrier_refused"), kCarrierIp, kCarrierUac, {QStringLiteral("+31201234567;+31502053032")}, &trace);
        QVERIFY2(carrier.exitCode == 0, qPrintable(carrier.output.right(1500)));
        QVERIFY2(trace.contains(QLatin1String("SIP/2.0 403 ")), qPrintable(trace.right(1500)));
        QCOMPARE(external.finish(2000), -1); // nothing arrived: it was still waiting when stopped
        QVERIFY(!external.trace().contains(QLatin1String("INVITE")));
        auto refusedForward = [&] {
            for (const auto &r : m_fx.records)
                if (r.accountRole == QLatin1String("forward") && r.callee == callee && r.sipStatus == 403 && r.reason.contains(rule) && r.owner == QLatin1String("pbx2"))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(refusedForward(), 3000);
        QVERIFY((*m_db).exec(QStringLiteral("UPDATE trunks SET destinations = ? WHERE name = 'pbx2'"), {destinations}).ok());
        QVERIFY((*m_db).exec(QStringLiteral("UPDATE call_plans SET steps = ? WHERE name = 'Failover'"), {steps}).ok());
        m_fx.engine->reload();
        QTest::qWait(300);
    }

    void theCarrierIsNeverShedByTheFloodGuard()
    {
        setSetting("security.flood.rate", QStringLiteral("1")); // one request a second from any other source
        const QString line = QStringLiteral("+31201234567;+") + kFree;
        auto carrier = runSipp(QStringLiteral("calls/carrier_refused"), kEngine, kCarrierIp, kCarrierUac, {line, line, line, line, line, line}, 20000,
                               {QStringLiteral("-r"), QStringLiteral("30")});
        setSetting("security.flood.rate", QStringLiteral("100"));
        QVERIFY2(carrier.exitCode == 0, qPrintable(carrier.output.right(1500))); // every call got its 404
        QTRY_VERIFY(m_fx.records.size() >= 6);
    }

    void freeNumberIs404()
    {
        QString trace;
        auto carrier = runCall(QStringLiteral("carrier_refused"), kCarrierIp, kCarrierUac, {QStringLiteral("+31201234567;+") + kFree}, &trace);
        QVERIFY2(carrier.exitCode == 0, qPrintable(carrier.output.right(1500)));
        QVERIFY(trace.contains(QLatin1String("SIP/2.0 404 ")));
        const CallRecord r = nextRecord();
        QCOMPARE(r.sipStatus, 404);
        QVERIFY2(r.reason.contains(QLatin1String("not in service")), qPrintable(r.reason));
    }

    void cleanupTestCase() { m_fx.engine.reset(); }
};

QTEST_GUILESS_MAIN(TestCalls)
#include "tst_calls.moc"
