// The recording announcement, for real: a trunk whose calls are recorded with the
// announcement on; the PBX (sipp) calls the carrier (sipp), and both SDPs name RTP ports the
// test holds itself, so it hears what the engine's own rtpengine plays to each party after the
// answer: the shipped Dutch announcement (correlated sample by sample), as many packets as it
// lasts. With the announcement off nothing is played. Then the relay is killed with -9 in the
// middle of a call: the engine restarts it and a later call (the PBX sends audio) is recorded;
// and once the engine stops, no rtpengine of it is left running.
// Loopback only: engine 127.0.41.1:46060/46062, PBX 127.0.41.2:46070 (RTP 46150), carrier
// 127.0.41.3:46090 (RTP 46160), sipp's own media 46170, relay control 127.0.41.1:46110, relay
// media 46200-46299.
#include "EngineFixture.h"
#include "RelayProcesses.h"
#include "RtpListener.h"
#include "SippRun.h"
#include "media/RtpengineSupervisor.h"
#include "sip/SipEngine.h"
#include "store/RecordingRepository.h"
#include "store/VoicemailRepository.h"

#include <QTest>
#include <csignal>

using namespace centrale;

namespace {
const QString kEngine = QStringLiteral("127.0.41.1:46060");
const QString kPbxIp = QStringLiteral("127.0.41.2");
const QString kCarrierIp = QStringLiteral("127.0.41.3");
constexpr int kCarrierPort = 46090;
constexpr quint16 kPbxRtp = 46150;
constexpr quint16 kCarrierRtp = 46160;
const QString kNg = QStringLiteral("127.0.41.1:46110");
const QString kNumber = QStringLiteral("31502053081");
const QString kPassword = QStringLiteral("announcePass1");
const QString kTrunk = QStringLiteral("aankondiging");
} // namespace

class TestRecordingAnnounce : public QObject {
    Q_OBJECT
    EngineFixture m_fx;
    std::unique_ptr<sip::SipEngine> m_engine;
    QStringList m_log;
    RtpListener m_pbx, m_carrier;

    // One call of holdMs from the PBX to the carrier; the sipp exit codes.
    std::pair<int, int> call(int holdMs)
    {
        BackgroundSipp carrier(QString{});
        carrier.start(QStringLiteral("carrier_answer_port"), kCarrierIp, kCarrierPort, {kCarrierIp + QStringLiteral(";%1").arg(kCarrierRtp)}, 1, 0);
        BackgroundSipp pbx(kEngine);
        pbx.start(QStringLiteral("pbx_call_port"), kPbxIp, 46070,
                  {kNumber + QStringLiteral(";0201234567;") + authField(kNumber, kPassword) + QLatin1Char(';') + kPbxIp + QStringLiteral(";%1").arg(kPbxRtp)}, 1,
                  holdMs);
        const int pbxExit = pbx.finish();
        const int carrierExit = carrier.finish(10000);
        if (pbxExit != 0 || carrierExit != 0)
            qWarning().noquote() << "pbx" << pbxExit << pbx.trace().right(1500) << "carrier" << carrierExit << carrier.trace().right(1500);
        return {pbxExit, carrierExit};
    }

    int recordingCount()
    {
        auto list = RecordingRepository(*m_fx.db).list();
        return list ? int(list->size()) : -1;
    }

    QString relayConfig() const { return QFileInfo(m_fx.dbPath).absoluteDir().filePath(QStringLiteral("media/rtpengine.conf")); }

    static media::WavAudio announcement(const QString &dbPath, const QString &language)
    {
        auto wav = media::readWavFile(QDir(VoicemailRepository::greetingFolderFor(dbPath)).filePath(QStringLiteral("announce-recording-%1.wav").arg(language)));
        return wav ? *wav : media::WavAudio{};
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty() || media::RtpengineSupervisor::program().isEmpty())
            QFAIL("sipp and rtpengine are needed (scripts/setup.sh installs them)");
        QVERIFY(m_pbx.bind(kPbxIp, kPbxRtp));
        QVERIFY(m_carrier.bind(kCarrierIp, kCarrierRtp));
        auto opened = m_fx.open({{"sip.primary", kEngine},
                                 {"sip.secondary", QStringLiteral("127.0.41.1:46062")},
                                 {"sip.qualify.interval", QStringLiteral("0")},
                                 {"upstream.address", kCarrierIp + QStringLiteral(":%1").arg(kCarrierPort)},
                                 {"media.ng", kNg},
                                 {"media.ports", QStringLiteral("46200-46299")},
                                 {"voicemail.language", QStringLiteral("nl")}});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Trunk t = EngineFixture::trunk(kTrunk, kNumber);
        t.ipWhitelist = {IpNetwork::parse(kPbxIp).value()};
        t.destinations.countries = {DestinationRule{QStringLiteral("NL"), {NumberType::Fixed}}};
        QVERIFY(m_fx.addTrunk(t, kPassword, QStringLiteral("announcePass2")).ok());
        QVERIFY(RecordingRepository(*m_fx.db).setTrunk(kTrunk, RecordingPolicy{QStringLiteral("30"), true}).ok());
        m_engine = std::make_unique<sip::SipEngine>(m_fx.dbPath);
        m_engine->setSecretStore(m_fx.secrets.get());
        connect(m_engine.get(), &sip::SipEngine::logLine, this, [this](const QString &l) { m_log << l; });
        const Status s = m_engine->start();
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning().noquote() << "engine log:\n" << m_log.join(QLatin1Char('\n')).right(4000);
        m_pbx.alawPayloads(); // nothing left over for the next call
        m_carrier.alawPayloads();
    }

    void cleanupTestCase() { m_engine.reset(); }

    void bothPartiesHearTheAnnouncementWhenAnswered()
    {
        QCOMPARE(call(3500), std::make_pair(0, 0));
        const media::WavAudio prompt = announcement(m_fx.dbPath, QStringLiteral("nl"));
        QVERIFY(prompt.samples.size() > 8000);
        const QList<QByteArray> toPbx = m_pbx.alawPayloads();
        const QList<QByteArray> toCarrier = m_carrier.alawPayloads();
        const double atPbx = similarity(toPbx, prompt);
        const double atCarrier = similarity(toCarrier, prompt);
        const double english = similarity(toPbx, announcement(m_fx.dbPath, QStringLiteral("en")));
        // The prompt lasts ~2.5 s: 126 packets of 20 ms, and nothing else was sent.
        const int expected = int(prompt.samples.size() / 160);
        qInfo() << "announcement: caller" << toPbx.size() << "packets, similarity" << atPbx << "callee" << toCarrier.size() << atCarrier << "English" << english;
        QVERIFY2(std::abs(toPbx.size() - expected) <= 5, qPrintable(QString::number(toPbx.size())));
        QVERIFY2(std::abs(toCarrier.size() - expected) <= 5, qPrintable(QString::number(toCarrier.size())));
        QVERIFY2(atPbx > 0.9, qPrintable(QString::number(atPbx)));
        QVERIFY2(atCarrier > 0.9, qPrintable(QString::number(atCarrier)));
        QVERIFY2(english < 0.5, qPrintable(QString::number(english))); // the Dutch one, as voicemail.language says
    }

    void withTheAnnouncementOffNothingIsPlayed()
    {
        QVERIFY(RecordingRepository(*m_fx.db).setTrunk(kTrunk, RecordingPolicy{QStringLiteral("30"), false}).ok());
        m_engine->reload();
        QCOMPARE(call(2000), std::make_pair(0, 0));
        QCOMPARE(m_pbx.alawPayloads().size(), 0);
        QCOMPARE(m_carrier.alawPayloads().size(), 0);
    }

    void aRelayKilledMidCallIsRestartedAndLaterCallsRecord()
    {
        const QList<qint64> before = relayProcesses(relayConfig());
        QCOMPARE(before.size(), 1);
        {
            BackgroundSipp carrier(QString{});
            carrier.start(QStringLiteral("carrier_answer_port"), kCarrierIp, kCarrierPort, {kCarrierIp + QStringLiteral(";%1").arg(kCarrierRtp)}, 1, 0);
            BackgroundSipp pbx(kEngine);
            pbx.start(QStringLiteral("pbx_call_port"), kPbxIp, 46070,
                      {kNumber + QStringLiteral(";0201234567;") + authField(kNumber, kPassword) + QLatin1Char(';') + kPbxIp + QStringLiteral(";%1").arg(kPbxRtp)},
                      1, 2500);
            QTest::qWait(1000);
            QCOMPARE(::kill(pid_t(before.first()), SIGKILL), 0);
            QCOMPARE(pbx.finish(), 0); // the call itself ends normally; its recording is lost with the relay
            carrier.finish(10000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(relayProcesses(relayConfig()).size() == 1 && relayProcesses(relayConfig()) != before, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_log.filter(QStringLiteral("rtpengine is running")).size() >= 2, 10000);
        // A later call whose PBX sends audio (a call without any has nothing to record).
        const int recorded = recordingCount();
        BackgroundSipp carrier(QString{});
        carrier.start(QStringLiteral("carrier_answer_port"), kCarrierIp, kCarrierPort, {kCarrierIp + QStringLiteral(";%1").arg(kCarrierRtp)}, 1, 0);
        BackgroundSipp pbx(kEngine);
        pbx.start(QStringLiteral("pbx_call_media"), kPbxIp, 46070,
                  {kNumber + QStringLiteral(";0201234567;") + authField(kNumber, kPassword) + QLatin1Char(';') + kPbxIp}, 1, 2000,
                  {QStringLiteral("-mp"), QStringLiteral("46170")});
        QCOMPARE(pbx.finish(), 0);
        QCOMPARE(carrier.finish(10000), 0);
        QTRY_COMPARE_WITH_TIMEOUT(recordingCount(), recorded + 1, 10000);
    }

    void aStoppedEngineLeavesNoRelayRunning()
    {
        const QList<qint64> running = relayProcesses(relayConfig());
        QCOMPARE(running.size(), 1);
        m_engine->stop();
        QVERIFY(relayProcesses(relayConfig()).isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(running.first())));
    }
};

QTEST_GUILESS_MAIN(TestRecordingAnnounce)
#include "tst_recordingannounce.moc"
