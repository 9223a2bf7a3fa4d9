// Call recording, for real: the trunk's recording setting sends the call's media through the
// engine's own rtpengine (the PBX is not behind NAT, so only recording asks for the relay),
// a PBX plays a 1 kHz tone with sipp's play_pcap_audio to the carrier; after the BYE the
// engine turns rtpengine's pcap into a 0600 WAV named by the call ID (and, with
// recording.split, one per direction), with a row that lasts as long as the call (±0.5 s) and
// audio that carries the tone. With recording off the media stays end to end and nothing is
// recorded. (The carrier does not echo: an echo a few samples late could cancel the tone in
// the mix; mixing itself is checked with two tones in tst_recordings.)
// Loopback only: engine 127.0.31.1:43060/43062, PBX 127.0.31.2, carrier 127.0.31.3:43090,
// relay control 127.0.31.1:43110 with media ports 43400-43499, sipp media 43300/43350.
#include "../core/media/MediaSignals.h"
#include "EngineFixture.h"
#include "SippRun.h"
#include "media/G711.h"
#include "media/WavFile.h"
#include "service/RecordingService.h"
#include "sip/SipEngine.h"
#include "store/CallLogRepository.h"
#include "store/RecordingRepository.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace centrale;
using namespace centrale::test;

namespace {
const QString kEngine = QStringLiteral("127.0.31.1:43060");
const QString kPbxIp = QStringLiteral("127.0.31.2");
const QString kCarrierIp = QStringLiteral("127.0.31.3");
constexpr int kCarrierPort = 43090;
const QString kNg = QStringLiteral("127.0.31.1:43110");
const QString kNumber = QStringLiteral("31502053071");
const QString kPassword = QStringLiteral("recordPass1");
constexpr double kToneSeconds = 3.0;

// A pcap (Ethernet frames, as sipp's play_pcap_audio reads them) of kToneSeconds of a 1 kHz
// tone in A-law, 20 ms per packet.
QByteArray tonePcap()
{
    const QList<int16_t> tone = sine(1000, 8000, kToneSeconds);
    QByteArray out(24, 0);
    qToLittleEndian(quint32(0xa1b2c3d4), out.data());
    qToLittleEndian(quint16(2), out.data() + 4);
    qToLittleEndian(quint16(4), out.data() + 6);
    qToLittleEndian(quint32(65535), out.data() + 16);
    qToLittleEndian(quint32(1), out.data() + 20); // LINKTYPE_ETHERNET
    for (int i = 0; i * 160 < tone.size(); ++i) {
        QByteArray rtp(12, 0);
        rtp[0] = char(0x80);
        rtp[1] = char(8);
        qToBigEndian(quint16(i), rtp.data() + 2);
        qToBigEndian(quint32(i * 160), rtp.data() + 4);
        qToBigEndian(quint32(0x1234), rtp.data() + 8);
        rtp += media::encodeG711(tone.mid(i * 160, 160), media::G711::Alaw);
        QByteArray frame(14 + 28, 0);
        frame[12] = 0x08; // IPv4
        char *ip = frame.data() + 14;
        ip[0] = 0x45;
        qToBigEndian(quint16(28 + rtp.size()), ip + 2);
        ip[8] = 64;
        ip[9] = 17;
        qToBigEndian(quint32(0x7f000001), ip + 12);
        qToBigEndian(quint32(0x7f000001), ip + 16);
        qToBigEndian(quint16(6000), ip + 20);
        qToBigEndian(quint16(6002), ip + 22);
        qToBigEndian(quint16(8 + rtp.size()), ip + 24);
        frame += rtp;
        QByteArray rec(16, 0);
        const qint64 us = qint64(i) * 20000;
        qToLittleEndian(quint32(1796000000 + us / 1000000), rec.data());
        qToLittleEndian(quint32(us % 1000000), rec.data() + 4);
        qToLittleEndian(quint32(frame.size()), rec.data() + 8);
        qToLittleEndian(quint32(frame.size()), rec.data() + 12);
        out += rec + frame;
    }
    return out;
}
} // namespace

class TestCallRecording : public QObject {
    Q_OBJECT
    EngineFixture m_fx;
    std::unique_ptr<sip::SipEngine> m_engine;
    QStringList m_log;
    QTemporaryDir m_sippDir;

    // One call from the PBX that plays the tone while the call lasts (holdMs); the sipp exit codes.
    std::pair<int, int> call(int holdMs)
    {
        BackgroundSipp carrier(QString{});
        carrier.start(QStringLiteral("carrier_answer_media"), kCarrierIp, kCarrierPort, {}, 1, 0, {QStringLiteral("-mp"), QStringLiteral("43350")});
        BackgroundSipp pbx(kEngine);
        pbx.proc.setWorkingDirectory(m_sippDir.path()); // where tone.pcap is
        pbx.start(QStringLiteral("pbx_call_tone"), kPbxIp, 43070,
                  {kNumber + QStringLiteral(";0201234567;") + authField(kNumber, kPassword) + QLatin1Char(';') + kPbxIp}, 1, holdMs,
                  {QStringLiteral("-mp"), QStringLiteral("43300")});
        const int pbxExit = pbx.finish();
        const int carrierExit = carrier.finish(10000);
        if (pbxExit != 0 || carrierExit != 0)
            qWarning().noquote() << "pbx" << pbxExit << pbx.trace().right(1500) << "carrier" << carrierExit << carrier.trace().right(1500);
        return {pbxExit, carrierExit};
    }

    QList<Recording> recordings()
    {
        auto list = RecordingRepository(*m_fx.db).list();
        return list ? *list : QList<Recording>{};
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty() || media::RtpengineSupervisor::program().isEmpty())
            QFAIL("sipp and rtpengine are needed (scripts/setup.sh installs them)");
        QFile pcap(m_sippDir.filePath(QStringLiteral("tone.pcap")));
        QVERIFY(pcap.open(QIODevice::WriteOnly));
        pcap.write(tonePcap());
        pcap.close();
        auto opened = m_fx.open({{"sip.primary", kEngine},
                                 {"sip.secondary", QStringLiteral("127.0.31.1:43062")},
                                 {"sip.qualify.interval", QStringLiteral("0")},
                                 {"upstream.address", kCarrierIp + QStringLiteral(":%1").arg(kCarrierPort)},
                                 {"media.ng", kNg},
                                 {"media.ports", QStringLiteral("43400-43499")},
                                 {"recording.split", QStringLiteral("1")}});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Trunk t = EngineFixture::trunk(QStringLiteral("opname"), kNumber);
        t.ipWhitelist = {IpNetwork::parse(kPbxIp).value()};
        t.destinations.countries = {DestinationRule{QStringLiteral("NL"), {NumberType::Fixed}}};
        QVERIFY(m_fx.addTrunk(t, kPassword, QStringLiteral("recordPass2")).ok());
        m_engine = std::make_unique<sip::SipEngine>(m_fx.dbPath);
        m_engine->setSecretStore(m_fx.secrets.get());
        connect(m_engine.get(), &sip::SipEngine::logLine, this, [this](const QString &l) { m_log << l; });
        const Status s = m_engine->start();
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }

    void cleanupTestCase() { m_engine.reset(); }

    void withRecordingOffNothingIsRecorded()
    {
        QCOMPARE(call(500), std::make_pair(0, 0));
        QTest::qWait(1500); // time enough for a recording to appear, were there one
        QVERIFY(recordings().isEmpty());
        QVERIFY(!QDir(RecordingService::folderFor(m_fx.dbPath)).exists() || QDir(RecordingService::folderFor(m_fx.dbPath)).isEmpty());
    }

    void aRecordedCallBecomesAWavWithTheTone()
    {
        QVERIFY(RecordingRepository(*m_fx.db).setTrunk(QStringLiteral("opname"), RecordingPolicy{QStringLiteral("30"), std::nullopt}).ok());
        m_engine->reload();
        QCOMPARE(call(int(kToneSeconds * 1000)), std::make_pair(0, 0));
        QTRY_VERIFY2_WITH_TIMEOUT(recordings().size() == 1, qPrintable(m_log.join(QLatin1Char('\n')).right(3000)), 10000);
        const Recording r = recordings().first();
        std::optional<CallRecord> logged;
        const auto findLogged = [&] {
            const auto calls = CallLogRepository(*m_fx.db).list();
            for (const auto &c : calls ? *calls : QList<CallRecord>{})
                if (c.callId == r.callId)
                    logged = c;
            return logged.has_value();
        };
        QTRY_VERIFY_WITH_TIMEOUT(findLogged(), 5000);
        QCOMPARE(r.caller, logged->caller);
        QCOMPARE(r.callee, logged->callee);
        QCOMPARE(r.owner, QStringLiteral("opname"));
        // Kept 30 days from the end of the call.
        QVERIFY(std::abs(r.expiresMs - (logged->endedMs + 30LL * 24 * 3600 * 1000)) < 1000);

        const QString path = QDir(RecordingService::folderFor(m_fx.dbPath)).filePath(r.file);
        QVERIFY2(r.file.startsWith(r.callId.left(8)), qPrintable(r.file));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther), QFileDevice::Permissions());
        const auto wav = media::readWavFile(path);
        QVERIFY2(wav.ok(), qPrintable(wav.message()));
        const double callSeconds = double(logged->endedMs - logged->answeredMs) / 1000.0;
        QVERIFY2(std::abs(wav->seconds() - callSeconds) <= 0.5, qPrintable(QStringLiteral("recording %1 s, call %2 s").arg(wav->seconds()).arg(callSeconds)));
        QVERIFY(std::abs(double(r.durationMs) / 1000.0 - wav->seconds()) < 0.01);
        // The tone the PBX sent is what the recording holds, in the mix and in its direction's file.
        const QList<int16_t> middle = wav->samples.mid(8000, 8000);
        QVERIFY2(goertzel(middle, 1000) > 20 * goertzel(middle, 1500), qPrintable(QString::number(goertzel(middle, 1000))));
        QCOMPARE(r.directionFiles.size(), 1); // the carrier sent no audio
        const auto direction = media::readWavFile(QDir(RecordingService::folderFor(m_fx.dbPath)).filePath(r.directionFiles.first()));
        QVERIFY(direction.ok());
        QVERIFY(goertzel(direction->samples.mid(8000, 8000), 1000) > 20 * goertzel(direction->samples.mid(8000, 8000), 1500));
        // rtpengine's pcap is gone: the WAV is the only copy.
        QVERIFY(QDir(QFileInfo(m_fx.dbPath).absoluteDir().filePath(QStringLiteral("media/recordings/pcaps"))).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallRecording)
#include "tst_callrecording.moc"
