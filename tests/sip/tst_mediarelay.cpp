// Media through the relay, for real: the engine starts its own rtpengine, a PBX behind NAT
// (its SDP names a private address) calls out, both sides get the relay's address in their
// SDP, RTP played by the PBX crosses the relay to the carrier and back, the session is gone
// after the BYE; a PBX that is not behind NAT keeps its media end to end, "never" leaves
// every SDP alone, and stopping the engine stops the relay.
// Loopback only: engine 127.0.22.1:42060/42062, PBX 127.0.22.2, carrier 127.0.22.3:42090,
// relay control 127.0.22.1:42110 with media ports 42400-42499.
#include "EngineFixture.h"
#include "SippRun.h"
#include "media/NgClient.h"
#include "sip/SipEngine.h"
#include "store/RateRepository.h"

#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace centrale;

namespace {
const QString kEngine = QStringLiteral("127.0.22.1:42060");
const QString kPbxIp = QStringLiteral("127.0.22.2");
const QString kCarrierIp = QStringLiteral("127.0.22.3");
constexpr int kCarrierPort = 42090;
const QString kNg = QStringLiteral("127.0.22.1:42110");
const QString kNumber = QStringLiteral("31502053061");
const QString kPassword = QStringLiteral("mediaPass1");

QStringList sdpAddresses(const QString &trace, const QString &firstLine)
{
    // The c= lines of the messages in a sipp trace that start with firstLine.
    QStringList out;
    for (const QString &msg : trace.split(QStringLiteral("----------------------------------------------- "))) {
        if (!msg.contains(firstLine))
            continue;
        const auto m = QRegularExpression(QStringLiteral("c=IN IP4 ([0-9.]+)")).match(msg);
        if (m.hasMatch())
            out << m.captured(1);
    }
    return out;
}

// RTP packets rtpengine relayed for every call it has now.
qint64 relayedPackets(media::NgClient &ng)
{
    auto list = ng.call({{QStringLiteral("command"), QStringLiteral("list")}});
    qint64 packets = 0;
    for (const QVariant &id : list ? list->value(QStringLiteral("calls")).toList() : QVariantList{}) {
        auto q = ng.call({{QStringLiteral("command"), QStringLiteral("query")}, {QStringLiteral("call-id"), id}});
        if (q)
            packets += q->value(QStringLiteral("totals")).toMap().value(QStringLiteral("RTP")).toMap().value(QStringLiteral("packets")).toLongLong();
    }
    return packets;
}

int activeRelayCalls(media::NgClient &ng)
{
    auto list = ng.call({{QStringLiteral("command"), QStringLiteral("list")}});
    return list ? int(list->value(QStringLiteral("calls")).toList().size()) : -1;
}
} // namespace

class TestMediaRelay : public QObject {
    Q_OBJECT
    EngineFixture m_fx;
    std::unique_ptr<sip::SipEngine> m_engine;
    QStringList m_log;

    void startEngine()
    {
        m_engine = std::make_unique<sip::SipEngine>(m_fx.dbPath);
        m_engine->setSecretStore(m_fx.secrets.get());
        connect(m_engine.get(), &sip::SipEngine::logLine, this, [this](const QString &l) { m_log << l; });
        const Status s = m_engine->start();
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }

    // One call from the PBX whose SDP names sdpAddress; returns the traces of both sides.
    std::pair<QString, QString> call(const QString &sdpAddress, qint64 *packetsDuringCall = nullptr)
    {
        BackgroundSipp carrier(QString{});
        carrier.start(QStringLiteral("carrier_answer_media"), kCarrierIp, kCarrierPort, {}, 1, 0, {QStringLiteral("-rtp_echo"), QStringLiteral("-mp"), QStringLiteral("42600")});
        BackgroundSipp pbx(kEngine);
        pbx.start(QStringLiteral("pbx_call_media"), kPbxIp, 42070,
                  {kNumber + QLatin1Char(';') + QStringLiteral("0201234567") + QLatin1Char(';') + authField(kNumber, kPassword) + QLatin1Char(';') + sdpAddress},
                  1, 2500, {QStringLiteral("-mp"), QStringLiteral("42650")});
        if (packetsDuringCall) {
            auto ng = media::NgClient::open(kNg);
            QTest::qWait(1800); // answered, and RTP has been flowing a while
            *packetsDuringCall = ng ? relayedPackets(**ng) : -1;
        }
        const int pbxExit = pbx.finish();
        const int carrierExit = carrier.finish(10000);
        if (pbxExit != 0 || carrierExit != 0)
            qWarning().noquote() << "pbx" << pbxExit << pbx.trace().right(1500) << "carrier" << carrierExit << carrier.trace().right(1500);
        return {pbx.trace(), carrier.trace()};
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty() || media::RtpengineSupervisor::program().isEmpty())
            QFAIL("sipp and rtpengine are needed (scripts/setup.sh installs them)");
        auto opened = m_fx.open({{"sip.primary", kEngine},
                                 {"sip.secondary", QStringLiteral("127.0.22.1:42062")},
                                 {"sip.qualify.interval", QStringLiteral("0")},
                                 {"upstream.address", kCarrierIp + QStringLiteral(":%1").arg(kCarrierPort)},
                                 {"media.ng", kNg},
                                 {"media.ports", QStringLiteral("42400-42499")}});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Trunk t = EngineFixture::trunk(QStringLiteral("media"), kNumber);
        t.ipWhitelist = {IpNetwork::parse(kPbxIp).value()};
        t.destinations.countries = {DestinationRule{QStringLiteral("NL"), {NumberType::Fixed}}};
        QVERIFY(m_fx.addTrunk(t, kPassword, QStringLiteral("mediaPass2")).ok());
        startEngine();
    }

    void cleanup()
    {
        // Every test leaves the relay without sessions: the BYE (or the failure) removed them.
        if (auto ng = media::NgClient::open(kNg); ng && m_engine && m_engine->isRunning())
            QTRY_COMPARE_WITH_TIMEOUT(activeRelayCalls(**ng), 0, 3000);
    }

    void aNatedPbxGetsItsMediaThroughTheRelay()
    {
        qint64 packets = 0;
        const auto [pbx, carrier] = call(QStringLiteral("192.168.1.20"), &packets);
        // The carrier is offered the relay, not the unreachable private address; the PBX is
        // answered with the relay, not the carrier's address.
        QCOMPARE(sdpAddresses(carrier, QStringLiteral("INVITE sip:")), QStringList{QStringLiteral("127.0.22.1")});
        QVERIFY2(sdpAddresses(pbx, QStringLiteral("SIP/2.0 200 OK")).contains(QStringLiteral("127.0.22.1")), qPrintable(pbx.right(2000)));
        // RTP from the PBX crossed the relay to the carrier and came back (the carrier echoes).
        QVERIFY2(packets > 50, qPrintable(QString::number(packets)));
    }

    void holdGoesThroughTheRelayToo()
    {
        BackgroundSipp carrier(QString{});
        carrier.start(QStringLiteral("carrier_answer_reinvite"), kCarrierIp, kCarrierPort, {});
        BackgroundSipp pbx(kEngine);
        pbx.start(QStringLiteral("pbx_call_reinvite_media"), kPbxIp, 42071,
                  {kNumber + QStringLiteral(";0201234567;") + authField(kNumber, kPassword) + QStringLiteral(";192.168.1.20")}, 1, 500);
        QCOMPARE(pbx.finish(), 0);
        QCOMPARE(carrier.finish(10000), 0);
        // Both INVITEs reach the carrier with the relay's address, the hold (sendonly) kept;
        // the PBX's answer to its hold comes from the relay too, as recvonly.
        const QString c = carrier.trace();
        QCOMPARE(sdpAddresses(c, QStringLiteral("INVITE sip:")), (QStringList{QStringLiteral("127.0.22.1"), QStringLiteral("127.0.22.1")}));
        QVERIFY(c.contains(QLatin1String("a=sendonly")));
        const QStringList answers = sdpAddresses(pbx.trace(), QStringLiteral("SIP/2.0 200 OK"));
        QVERIFY2(answers.size() >= 2 && answers.last() == QStringLiteral("127.0.22.1"), qPrintable(answers.join(QLatin1Char(' '))));
        QVERIFY(pbx.trace().contains(QLatin1String("a=recvonly")));
    }

    void aPbxWithoutNatKeepsMediaEndToEnd()
    {
        const auto [pbx, carrier] = call(kPbxIp);
        QCOMPARE(sdpAddresses(carrier, QStringLiteral("INVITE sip:")), QStringList{kPbxIp});
        QVERIFY(sdpAddresses(pbx, QStringLiteral("SIP/2.0 200 OK")).contains(kCarrierIp));
    }

    void neverLeavesEverySdpAlone()
    {
        QVERIFY(SettingsRepository(*m_fx.db).set(QStringLiteral("media.relay"), QStringLiteral("never")).ok());
        m_engine->reload();
        const auto [pbx, carrier] = call(QStringLiteral("192.168.1.20"));
        QCOMPARE(sdpAddresses(carrier, QStringLiteral("INVITE sip:")), QStringList{QStringLiteral("192.168.1.20")});
        QVERIFY(SettingsRepository(*m_fx.db).set(QStringLiteral("media.relay"), QStringLiteral("auto")).ok());
        m_engine->reload();
    }

    void stoppingTheEngineStopsItsRelay()
    {
        auto ng = media::NgClient::open(kNg, media::NgClient::Options{std::chrono::milliseconds(100), 1});
        QVERIFY((*ng)->call({{QStringLiteral("command"), QStringLiteral("ping")}}).ok());
        m_engine->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!(*ng)->call({{QStringLiteral("command"), QStringLiteral("ping")}}).ok(), 3000);
    }
};

QTEST_GUILESS_MAIN(TestMediaRelay)
#include "tst_mediarelay.moc"
