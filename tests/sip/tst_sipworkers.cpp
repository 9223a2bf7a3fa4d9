// The engine with two SIP workers (sip.workers 2) and real peers: registrations from many
// sources spread over both workers and all land in the registrar and the store; calls go
// through whichever worker the caller reaches, the callee's answers and BYE come back to the
// worker's own port, and a trunk's channel limit holds across workers.
// Addresses: engine 127.0.51.1, PBXs 127.0.51.10, registering sources 127.0.51.20, carrier
// 127.0.51.3; ports 48000-48499 only.
#include "EngineFixture.h"
#include "SippRun.h"
#include "UdpPeer.h"
#include "sip/SipEngine.h"
#include "store/NumberRepository.h"

#include <QProcess>
#include <QTest>

using namespace centrale;

namespace {
const QString kEngineIp = QStringLiteral("127.0.51.1");
constexpr int kEnginePort = 48060;
const QString kEngine = QStringLiteral("127.0.51.1:48060");
const QString kEngine2 = QStringLiteral("127.0.51.1:48062");
constexpr int kWorkerPort = 48100; // worker i's own ports: 48100 + 2i (primary), + 1 (secondary)
const QString kPbxIp = QStringLiteral("127.0.51.10");
const QString kRegIp = QStringLiteral("127.0.51.20");
const QString kCarrierIp = QStringLiteral("127.0.51.3");
constexpr int kCarrierUas = 48090;
const QString kMulti = QStringLiteral("31502054001");  // 4 channels
const QString kSingle = QStringLiteral("31502054002"); // 1 channel
constexpr int kSources = 32;

QString regNumber(int i) { return QStringLiteral("3150205410%1").arg(i, 2, 10, QLatin1Char('0')); }
} // namespace

class TestSipWorkers : public QObject {
    Q_OBJECT
    EngineFixture m_fx;

    quint64 served(int worker) const { return m_fx.engine->stats()->workerRequests[worker].load(); }

    // The worker the kernel hands ip:port's datagrams to: an OPTIONS from there, and whose
    // counter moved. A free port in [from, to) reaching `worker`, or 0.
    int portOnWorker(const QString &ip, int worker, int from, int to)
    {
        for (int port = from; port < to; ++port) {
            UdpPeer peer;
            if (!peer.bind(ip, quint16(port)))
                continue;
            const quint64 before[2] = {served(0), served(1)};
            const QByteArray options = "OPTIONS sip:" + kEngine.toUtf8() + " SIP/2.0\r\nVia: SIP/2.0/UDP " + ip.toUtf8() + ':' + QByteArray::number(port) +
                                       ";branch=z9hG4bK-probe" + QByteArray::number(port) + "\r\nFrom: <sip:probe@" + ip.toUtf8() +
                                       ">;tag=p\r\nTo: <sip:" + kEngine.toUtf8() + ">\r\nCall-ID: probe-" + QByteArray::number(port) +
                                       "\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
            peer.send(options, kEngineIp, quint16(kEnginePort));
            if (peer.waitFor("SIP/2.0 200").data().isEmpty())
                continue;
            if (served(worker) > before[worker] && served(1 - worker) == before[1 - worker])
                return port;
        }
        return 0;
    }
    bool registered(const QString &account)
    {
        for (const auto &s : m_fx.engine->snapshot())
            if (s.account == account && s.state == RegistrationState::Registered)
                return true;
        return false;
    }
    QString auth(const QString &number) { return authField(number, QStringLiteral("primaryPass1")); }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QSKIP("sipp is not installed");
        auto opened = m_fx.open(EngineFixture::callSettings(kEngine, kEngine2, kCarrierIp + QStringLiteral(":%1").arg(kCarrierUas))
                                << std::pair{"sip.workers", QStringLiteral("2")} << std::pair{"sip.workers.port", QString::number(kWorkerPort)});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QStringList numbers{kMulti, kSingle};
        for (int i = 0; i < kSources; ++i)
            numbers << regNumber(i);
        QVERIFY(NumberRepository(*m_fx.db).add(numbers).ok());
        Trunk multi = EngineFixture::trunk(QStringLiteral("multi"), kMulti, kPbxIp);
        multi.channels = 4;
        multi.destinations.countries = {DestinationRule{QStringLiteral("NL"), {NumberType::Fixed}}};
        QVERIFY(m_fx.addTrunk(multi, QStringLiteral("primaryPass1"), QStringLiteral("secondaryPass1")).ok());
        Trunk single = EngineFixture::trunk(QStringLiteral("single"), kSingle, kPbxIp);
        single.channels = 1;
        single.destinations = multi.destinations;
        QVERIFY(m_fx.addTrunk(single, QStringLiteral("primaryPass1"), QStringLiteral("secondaryPass1")).ok());
        for (int i = 0; i < kSources; ++i)
            QVERIFY(m_fx.addTrunk(EngineFixture::trunk(QStringLiteral("reg%1").arg(i), regNumber(i), kRegIp), QStringLiteral("primaryPass1"),
                                  QStringLiteral("secondaryPass1"))
                        .ok());
        auto s = m_fx.startEngine();
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(m_fx.engine->workerCount(), 2);
    }
    void cleanup() { m_fx.records.clear(); }
    void cleanupTestCase() { m_fx.engine.reset(); }

    void registrationsFromManySourcesAllLandAndBothWorkersServe()
    {
        const quint64 before[2] = {served(0), served(1)};
        // All at once, each from its own port: the workers take REGISTERs side by side.
        std::vector<std::unique_ptr<QProcess>> sipps;
        QTemporaryDir dir;
        for (int i = 0; i < kSources; ++i) {
            const QString csv = dir.filePath(QStringLiteral("u%1.csv").arg(i));
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QString(QStringLiteral("SEQUENTIAL\n") + regNumber(i) + QLatin1Char(';') + auth(regNumber(i)) + QStringLiteral(";300\n")).toUtf8());
            f.close();
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(QStringLiteral("sipp"), {QStringLiteral("-sf"), QStringLiteral(CENTRALE_TEST_DATA "/sipp/reg_ok.xml"), QStringLiteral("-inf"), csv, kEngine,
                                              QStringLiteral("-i"), kRegIp, QStringLiteral("-p"), QString::number(48200 + i), QStringLiteral("-m"),
                                              QStringLiteral("1"), QStringLiteral("-timeout"), QStringLiteral("20s"), QStringLiteral("-nostdin"),
                                              QStringLiteral("-timeout_error")});
            sipps.push_back(std::move(p));
        }
        for (int i = 0; i < kSources; ++i) {
            QVERIFY(sipps[i]->waitForFinished(30000));
            QVERIFY2(sipps[i]->exitCode() == 0, qPrintable(QStringLiteral("source %1: ").arg(i) + QString::fromUtf8(sipps[i]->readAll().right(1500))));
        }
        // Every 200 OK went out after its binding was committed: the store has them all now.
        auto q = m_fx.db->exec(QStringLiteral("SELECT COUNT(DISTINCT account_id) FROM bindings WHERE source LIKE ?"), {QVariant(kRegIp + QStringLiteral(":%"))});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), kSources);
        for (int i = 0; i < kSources; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(registered(regNumber(i)), 5000);
        QVERIFY2(served(0) > before[0] && served(1) > before[1], qPrintable(QStringLiteral("worker 0: %1, worker 1: %2").arg(served(0) - before[0]).arg(served(1) - before[1])));
    }

    void callsOnBothWorkersEndWithByeFromEitherSide()
    {
        const int ports[2] = {portOnWorker(kPbxIp, 0, 48300, 48340), portOnWorker(kPbxIp, 1, 48340, 48380)};
        QVERIFY2(ports[0] && ports[1], "no source port found for each worker");
        const QString line = kMulti + QStringLiteral(";0201234567;") + auth(kMulti) + QStringLiteral(";;");
        for (int worker = 0; worker < 2; ++worker) {
            // The caller hangs up.
            BackgroundSipp carrier(kEngine);
            carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, kCarrierUas, {});
            QString trace;
            auto call = runCallSipp(QStringLiteral("pbx_call"), kEngine, kPbxIp, ports[worker], {line}, &trace, 500);
            QVERIFY2(call.exitCode == 0, qPrintable(call.output.left(1500) + trace.right(1500)));
            QCOMPARE(carrier.finish(), 0);
            // The worker sent the carrier's INVITE from its own port.
            QVERIFY2(carrier.trace().contains(QStringLiteral("Via: SIP/2.0/UDP 127.0.51.1:%1").arg(kWorkerPort + 2 * worker)), qPrintable(carrier.trace().left(1500)));
            CallRecord r = m_fx.nextRecord();
            QCOMPARE(r.sipStatus, 200);
            QCOMPARE(r.reason, QStringLiteral("the caller hung up"));

            // The callee hangs up: its BYE reaches the worker through the worker's own port.
            BackgroundSipp hangup(kEngine);
            hangup.start(QStringLiteral("carrier_answer_hangup"), kCarrierIp, kCarrierUas, {});
            auto cut = runCallSipp(QStringLiteral("pbx_call_cut"), kEngine, kPbxIp, ports[worker], {line}, &trace, 500);
            QVERIFY2(cut.exitCode == 0, qPrintable(cut.output.right(1500) + trace.right(1500)));
            QVERIFY2(hangup.finish() == 0, qPrintable(hangup.trace().right(2000)));
            r = m_fx.nextRecord();
            QCOMPARE(r.sipStatus, 200);
            QCOMPARE(r.reason, QStringLiteral("the callee hung up"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.engine->activeCalls(), 0, 3000);
    }

    void theChannelLimitHoldsAcrossWorkers()
    {
        const int ports[2] = {portOnWorker(kPbxIp, 0, 48380, 48420), portOnWorker(kPbxIp, 1, 48420, 48460)};
        QVERIFY2(ports[0] && ports[1], "no source port found for each worker");
        BackgroundSipp carrier(kEngine);
        carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, kCarrierUas, {});
        BackgroundSipp first(kEngine);
        const QString line = kSingle + QStringLiteral(";0201234567;") + auth(kSingle) + QStringLiteral(";;");
        first.start(QStringLiteral("pbx_call"), kPbxIp, ports[0], {line}, 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.engine->activeCalls(), 1, 3000);
        QTest::qWait(500); // answered: worker 0 holds the trunk's one channel
        QString trace;
        auto second = runCallSipp(QStringLiteral("pbx_refused"), kEngine, kPbxIp, ports[1], {kSingle + QStringLiteral(";0201234567;") + auth(kSingle)}, &trace);
        QVERIFY2(second.exitCode == 0, qPrintable(second.output.right(1500)));
        QVERIFY2(trace.contains(QLatin1String("SIP/2.0 503 ")), qPrintable(trace.right(1500)));
        QCOMPARE(first.finish(), 0);
        QCOMPARE(carrier.finish(), 0);
        auto saw = [this](int status, const QString &reason) {
            for (const auto &r : m_fx.records)
                if (r.sipStatus == status && r.reason.contains(reason))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(saw(503, QStringLiteral("all 1 channels of single are busy")), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(saw(200, QStringLiteral("the caller hung up")), 8000);
    }

    void anInboundCallReachesAPbxRegisteredOnTheOtherWorker()
    {
        const int pbxPort = portOnWorker(kPbxIp, 0, 48460, 48480);
        const int carrierPort = portOnWorker(kCarrierIp, 1, 48480, 48500);
        QVERIFY2(pbxPort && carrierPort, "no source port found for each worker");
        auto reg = runSipp(QStringLiteral("reg_ok"), kEngine, kPbxIp, pbxPort, {kMulti + QLatin1Char(';') + auth(kMulti) + QStringLiteral(";120")});
        QVERIFY2(reg.exitCode == 0, qPrintable(reg.output.right(1500)));
        QTRY_VERIFY_WITH_TIMEOUT(registered(kMulti), 5000);
        BackgroundSipp pbx(kEngine);
        pbx.start(QStringLiteral("pbx_answer"), kPbxIp, pbxPort, {kMulti});
        QString trace;
        auto carrier = runCallSipp(QStringLiteral("carrier_call"), kEngine, kCarrierIp, carrierPort, {QStringLiteral("+31201234567;+31502054001;500")}, &trace);
        QVERIFY2(carrier.exitCode == 0, qPrintable(carrier.output.right(1500) + trace.right(1500)));
        QCOMPARE(pbx.finish(), 0);
        // Worker 1 took the carrier's call and rang the PBX from its own port.
        QVERIFY2(pbx.trace().contains(QStringLiteral("Via: SIP/2.0/UDP 127.0.51.1:%1").arg(kWorkerPort + 2)), qPrintable(pbx.trace().left(1500)));
        const CallRecord r = m_fx.nextRecord();
        QCOMPARE(r.direction, QStringLiteral("inbound"));
        QCOMPARE(r.sipStatus, 200);
        auto unreg = runSipp(QStringLiteral("reg_ok"), kEngine, kPbxIp, pbxPort, {kMulti + QLatin1Char(';') + auth(kMulti) + QStringLiteral(";0")});
        QCOMPARE(unreg.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSipWorkers)
#include "tst_sipworkers.moc"
