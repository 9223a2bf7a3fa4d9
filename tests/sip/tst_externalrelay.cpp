// Recording, the recording announcement and voicemail with an EXTERNAL rtpengine: the test
// starts rtpengine itself (the engine does not supervise it) with its recording-dir in a
// folder both share, and names it in media.rtpengine and media.recording_spool. A recorded
// call from a PBX (sipp) to the carrier (sipp) becomes a WAV and a row, the caller hears the
// announcement, which the engine copied into the shared folder for the relay to open; a
// carrier's call to a voicemail step becomes a message; the relay's pcaps are gone afterwards.
// (A call where nobody sends audio leaves an empty pcap, so the recorded call's PBX sends some.)
// Without media.recording_spool the engine, the CLI's reason and the voicemail step say what
// is missing.
// Loopback only: engine 127.0.41.11:46064/46066, PBX 127.0.41.12:46074 (RTP 46154, sipp's 46174), carrier
// 127.0.41.13:46094 (RTP 46164, sipp's 46184), the external relay's control 127.0.41.11:46120 and media
// 46250-46299.
#include "EngineFixture.h"
#include "RtpListener.h"
#include "SippRun.h"
#include "media/MediaAvailability.h"
#include "media/NgClient.h"
#include "media/RtpengineSupervisor.h"
#include "service/RecordingService.h"
#include "sip/SipEngine.h"
#include "store/CallPlanRepository.h"
#include "store/NumberLinks.h"
#include "store/RecordingRepository.h"
#include "store/VoicemailRepository.h"

#include <QProcess>
#include <QTest>

using namespace centrale;

namespace {
const QString kEngine = QStringLiteral("127.0.41.11:46064");
const QString kPbxIp = QStringLiteral("127.0.41.12");
const QString kCarrierIp = QStringLiteral("127.0.41.13");
constexpr int kCarrierPort = 46094;
constexpr quint16 kPbxRtp = 46154;
constexpr quint16 kCarrierRtp = 46164;
const QString kNg = QStringLiteral("127.0.41.11:46120");
const QString kNumber = QStringLiteral("31502053082");
const QString kDid = QStringLiteral("31502053083");
const QString kPassword = QStringLiteral("externalPass1");
} // namespace

class TestExternalRelay : public QObject {
    Q_OBJECT
    EngineFixture m_fx;
    QTemporaryDir m_relayDir; // the external relay's own folder; its recording-dir is the shared one
    QProcess m_relay;
    std::unique_ptr<sip::SipEngine> m_engine;
    QStringList m_log;
    RtpListener m_pbx;

    QString spool() const { return m_relayDir.filePath(QStringLiteral("recordings")); }

    void startEngine()
    {
        m_engine = std::make_unique<sip::SipEngine>(m_fx.dbPath);
        m_engine->setSecretStore(m_fx.secrets.get());
        connect(m_engine.get(), &sip::SipEngine::logLine, this, [this](const QString &l) { m_log << l; });
        const Status s = m_engine->start();
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }

    QList<VoicemailMessage> messages()
    {
        auto list = VoicemailRepository(*m_fx.db).list();
        return list ? *list : QList<VoicemailMessage>{};
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty() || media::RtpengineSupervisor::program().isEmpty())
            QFAIL("sipp and rtpengine are needed (scripts/setup.sh installs them)");
        // The "external" rtpengine: started here, as an administrator would run their own.
        media::RtpengineSettings rs;
        rs.ngAddress = kNg;
        rs.mediaAddress = QStringLiteral("127.0.41.11");
        rs.portMin = 46250;
        rs.portMax = 46299;
        rs.folder = m_relayDir.path();
        QVERIFY(QDir().mkpath(spool()));
        QFile conf(m_relayDir.filePath(QStringLiteral("external.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(media::RtpengineSupervisor::configText(rs).toUtf8());
        conf.close();
        m_relay.setProcessChannelMode(QProcess::MergedChannels);
        m_relay.setStandardOutputFile(m_relayDir.filePath(QStringLiteral("external.log")));
        m_relay.start(media::RtpengineSupervisor::program(),
                      {QStringLiteral("--config-file=") + conf.fileName(), QStringLiteral("--config-section=rtpengine"), QStringLiteral("--foreground")});
        QVERIFY(m_relay.waitForStarted());
        auto ng = media::NgClient::open(kNg, media::NgClient::Options{std::chrono::milliseconds(100), 1});
        QVERIFY(ng.ok());
        bool up = false;
        for (int i = 0; i < 50 && !up; ++i)
            up = (*ng)->call({{QStringLiteral("command"), QStringLiteral("ping")}}).ok();
        QVERIFY2(up, "the external rtpengine does not answer");

        QVERIFY(m_pbx.bind(kPbxIp, kPbxRtp));
        auto opened = m_fx.open({{"sip.primary", kEngine},
                                 {"sip.secondary", QStringLiteral("127.0.41.11:46066")},
                                 {"sip.qualify.interval", QStringLiteral("0")},
                                 {"upstream.address", kCarrierIp + QStringLiteral(":%1").arg(kCarrierPort)},
                                 {"media.rtpengine", kNg},
                                 {"media.recording_spool", spool()},
                                 {"voicemail.language", QStringLiteral("en")},
                                 {"voicemail.max_seconds", QStringLiteral("30")}});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Trunk t = EngineFixture::trunk(QStringLiteral("extern"), kNumber);
        t.ipWhitelist = {IpNetwork::parse(kPbxIp).value()};
        t.destinations.countries = {DestinationRule{QStringLiteral("NL"), {NumberType::Fixed}}};
        QVERIFY(m_fx.addTrunk(t, kPassword, QStringLiteral("externalPass2")).ok());
        QVERIFY(RecordingRepository(*m_fx.db).setTrunk(QStringLiteral("extern"), RecordingPolicy{QStringLiteral("30"), true}).ok());
        QVERIFY(NumberRepository(*m_fx.db).add({kDid}).ok());
        CallPlan plan;
        plan.name = QStringLiteral("Receptie");
        plan.steps << CallPlanStep{StepKind::Voicemail, {}, 20, QStringLiteral("Balie"), -1};
        auto id = CallPlanRepository(*m_fx.db).add(plan);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QVERIFY(NumberLinks(*m_fx.db).link(kDid, NumberOwner{NumberOwner::Kind::CallPlan, *id, plan.name}).ok());
        QVERIFY(media::recordingUnavailableReason(media::mediaSettings(*m_fx.db)).isEmpty());
        startEngine();
        // The engine started no relay of its own.
        QVERIFY(!QFile::exists(QFileInfo(m_fx.dbPath).absoluteDir().filePath(QStringLiteral("media/rtpengine.conf"))));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << "engine log:\n" << m_log.join(QLatin1Char('\n')).right(4000);
            QFile log(m_relayDir.filePath(QStringLiteral("external.log")));
            if (log.open(QIODevice::ReadOnly))
                qWarning().noquote() << "external rtpengine log:\n" << QString::fromUtf8(log.readAll()).right(3000);
        }
        m_pbx.alawPayloads();
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_relay.terminate();
        if (!m_relay.waitForFinished(3000)) {
            m_relay.kill();
            m_relay.waitForFinished();
        }
    }

    void theCallerHearsTheAnnouncementFromTheSharedFolder()
    {
        BackgroundSipp carrier(QString{});
        carrier.start(QStringLiteral("carrier_answer_port"), kCarrierIp, kCarrierPort, {kCarrierIp + QStringLiteral(";%1").arg(kCarrierRtp)}, 1, 0);
        BackgroundSipp pbx(kEngine);
        pbx.start(QStringLiteral("pbx_call_port"), kPbxIp, 46074,
                  {kNumber + QStringLiteral(";0201234567;") + authField(kNumber, kPassword) + QLatin1Char(';') + kPbxIp + QStringLiteral(";%1").arg(kPbxRtp)}, 1,
                  3000);
        QCOMPARE(pbx.finish(), 0);
        QCOMPARE(carrier.finish(10000), 0);
        // The English announcement (voicemail.language), from the copy in the shared folder.
        const QString copy = QDir(spool()).filePath(QStringLiteral("prompts/announce-recording-en.wav"));
        QVERIFY(QFile::exists(copy));
        auto prompt = media::readWavFile(copy);
        QVERIFY(prompt.ok());
        const double heard = similarity(m_pbx.alawPayloads(), *prompt);
        QVERIFY2(heard > 0.9, qPrintable(QString::number(heard)));
    }

    void aRecordedCallBecomesAWav()
    {
        QVERIFY(RecordingRepository(*m_fx.db).setTrunk(QStringLiteral("extern"), RecordingPolicy{QStringLiteral("30"), false}).ok());
        m_engine->reload();
        const int before = int(RecordingRepository(*m_fx.db).list().value().size());
        BackgroundSipp carrier(QString{});
        carrier.start(QStringLiteral("carrier_answer_port"), kCarrierIp, kCarrierPort, {kCarrierIp + QStringLiteral(";%1").arg(kCarrierRtp)}, 1, 0);
        BackgroundSipp pbx(kEngine);
        pbx.start(QStringLiteral("pbx_call_media"), kPbxIp, 46074,
                  {kNumber + QStringLiteral(";0201234567;") + authField(kNumber, kPassword) + QLatin1Char(';') + kPbxIp}, 1, 3000,
                  {QStringLiteral("-mp"), QStringLiteral("46174")});
        QCOMPARE(pbx.finish(), 0);
        QCOMPARE(carrier.finish(10000), 0);
        QList<Recording> list;
        QTRY_VERIFY_WITH_TIMEOUT((list = RecordingRepository(*m_fx.db).list().value()).size() == before + 1, 10000);
        const QString wav = QDir(RecordingService::folderFor(m_fx.dbPath)).filePath(list.first().file);
        auto audio = media::readWavFile(wav);
        QVERIFY2(audio.ok(), qPrintable(audio.message()));
        QVERIFY2(std::abs(audio->seconds() - 3.0) <= 0.6, qPrintable(QString::number(audio->seconds())));
        // The external relay's pcap was collected: the WAV is the only copy.
        QTRY_VERIFY_WITH_TIMEOUT(QDir(spool() + QStringLiteral("/pcaps")).entryList(QDir::Files).isEmpty(), 5000);
    }

    void aVoicemailStepRecordsThroughTheExternalRelay()
    {
        BackgroundSipp carrier(kEngine);
        carrier.start(QStringLiteral("carrier_call_media"), kCarrierIp, kCarrierPort, {QStringLiteral("31612345679;") + kDid}, 1, 2500,
                      {QStringLiteral("-mp"), QStringLiteral("46184")});
        const int exit = carrier.finish();
        QTest::qWait(300); // the engine's log lines of the call
        QVERIFY2(exit == 0 && carrier.trace().contains(QLatin1String("SIP/2.0 200 OK")), qPrintable(m_log.join(QLatin1Char(10)).right(900)));
        QTRY_VERIFY_WITH_TIMEOUT(messages().size() == 1, 15000);
        const VoicemailMessage m = messages().first();
        auto audio = media::readWavFile(QDir(VoicemailRepository::folderFor(m_fx.dbPath)).filePath(m.file));
        QVERIFY2(audio.ok(), qPrintable(audio.message()));
        QVERIFY2(std::abs(audio->seconds() - 2.5) <= 0.6, qPrintable(QString::number(audio->seconds())));
        QVERIFY(QFile::exists(QDir(spool()).filePath(QStringLiteral("prompts/default-en.wav")))); // the greeting it played
        QTRY_VERIFY_WITH_TIMEOUT(QDir(spool() + QStringLiteral("/pcaps")).entryList(QDir::Files).isEmpty(), 5000);
    }

    void withoutTheSharedFolderEveryoneSaysWhatIsMissing()
    {
        m_engine.reset();
        QVERIFY(SettingsRepository(*m_fx.db).set(QStringLiteral("media.recording_spool"), QString()).ok());
        const QString why = media::recordingUnavailableReason(media::mediaSettings(*m_fx.db));
        QVERIFY2(why.contains(QLatin1String("media.recording_spool")) && why.contains(kNg), qPrintable(why));
        m_log.clear();
        startEngine();
        QVERIFY2(!m_log.filter(QStringLiteral("media.recording_spool")).isEmpty(), qPrintable(m_log.join(QLatin1Char('\n'))));
        BackgroundSipp carrier(kEngine);
        carrier.start(QStringLiteral("carrier_call_media"), kCarrierIp, kCarrierPort, {QStringLiteral("31612345679;") + kDid}, 1, 500,
                      {QStringLiteral("-mp"), QStringLiteral("46184")});
        carrier.finish();
        QVERIFY2(carrier.trace().contains(QLatin1String("480 Temporarily Unavailable")), qPrintable(carrier.trace().right(2000)));
        QVERIFY2(carrier.trace().contains(QLatin1String("media.recording_spool")), qPrintable(carrier.trace().right(2000)));
    }
};

QTEST_GUILESS_MAIN(TestExternalRelay)
#include "tst_externalrelay.moc"
