// Voicemail for real: a carrier (sipp) calls a number whose call plan ends in a voicemail
// step and plays g711a.pcap as RTP; the engine answers, its own rtpengine plays the greeting
// and records, and the message arrives in an SMTP sink (started here) as a WAV that decodes,
// lasts as long as the call and carries the audio the caller played. voicemail.max_seconds
// makes the engine hang up; a deleted message loses its file; without the relay the step
// answers 480 and says why.
// Loopback only: engine 127.0.32.1:43560/43562, carrier 127.0.32.3:43570 (media 43700),
// relay control 127.0.32.1:43510 with media ports 43600-43699, SMTP sink 127.0.0.1:43525.
#include "EngineFixture.h"
#include "SippRun.h"
#include "media/PcapRtp.h"
#include "media/G711.h"
#include "media/RtpengineSupervisor.h"
#include "media/WavFile.h"
#include "sip/SipEngine.h"
#include "store/CallPlanRepository.h"
#include "store/VoicemailRepository.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace centrale;

namespace {
const QString kEngine = QStringLiteral("127.0.32.1:43560");
const QString kCarrierIp = QStringLiteral("127.0.32.3");
constexpr int kCarrierPort = 43570;
const QString kDid = QStringLiteral("31502053070");
const QString kCaller = QStringLiteral("31612345678");
const QString kSinkPort = QStringLiteral("43525");

struct Mail {
    QString text;    // the whole message as received
    QByteArray wav;  // the attachment, decoded
};

Mail parseMail(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    Mail m;
    m.text = QString::fromUtf8(f.readAll());
    const qsizetype part = m.text.indexOf(QLatin1String("Content-Disposition: attachment"));
    if (part < 0)
        return m;
    const qsizetype start = m.text.indexOf(QLatin1String("\r\n\r\n"), part);
    const qsizetype end = m.text.indexOf(QLatin1String("\r\n--"), start);
    if (start > 0 && end > start)
        m.wav = QByteArray::fromBase64(m.text.mid(start + 4, end - start - 4).toLatin1());
    return m;
}

// The packets the caller played (30 ms, 240 samples each), decoded from the pcap sipp plays.
QList<QList<int16_t>> playedBlocks(int count)
{
    QList<QList<int16_t>> out;
    auto streams = media::readPcapRtpFile(QStringLiteral("/usr/share/sip-tester/g711a.pcap"));
    if (!streams || streams->isEmpty())
        return out;
    for (const auto &p : streams->first().packets) {
        const auto pcm = media::decodeG711(p.payload, media::G711::Alaw);
        // Near-silent packets prove nothing: every recording has some.
        qint64 energy = 0;
        for (int16_t s : pcm)
            energy += qAbs(s);
        if (pcm.size() >= 80 && energy > pcm.size() * 500)
            out << pcm;
        if (out.size() == count)
            break;
    }
    return out;
}

// How many of the blocks appear, sample for sample, in the recording.
int blocksFound(const QList<int16_t> &recording, const QList<QList<int16_t>> &blocks)
{
    int found = 0;
    for (const auto &b : blocks) {
        for (qsizetype at = 0; at + b.size() <= recording.size(); ++at) {
            qsizetype i = 0;
            while (i < b.size() && recording[at + i] == b[i])
                ++i;
            if (i == b.size()) {
                ++found;
                break;
            }
        }
    }
    return found;
}
} // namespace

class TestVoicemail : public QObject {
    Q_OBJECT
    EngineFixture m_fx;
    std::unique_ptr<sip::SipEngine> m_engine;
    QTemporaryDir m_mails;
    QProcess m_sink;
    QList<CallRecord> m_records;
    QStringList m_log;
    qint64 m_planId = 0;

    void startEngine()
    {
        m_engine = std::make_unique<sip::SipEngine>(m_fx.dbPath);
        m_engine->setSecretStore(m_fx.secrets.get());
        connect(m_engine.get(), &sip::SipEngine::logLine, this, [this](const QString &l) { m_log << l; });
        connect(m_engine.get(), &sip::SipEngine::callEnded, this, [this](const CallRecord &r) { m_records << r; });
        const Status s = m_engine->start();
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }

    QStringList mails() const { return QDir(m_mails.path()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name); }

    // Waits (at most 15 s) for mail number n (1-based) and returns it; empty when none came.
    Mail waitForMail(int n)
    {
        for (int waited = 0; mails().size() < n && waited < 15000; waited += 100)
            QTest::qWait(100);
        return mails().size() >= n ? parseMail(QDir(m_mails.path()).filePath(mails().at(n - 1))) : Mail{};
    }

    void setSetting(const QString &key, const QString &value)
    {
        QVERIFY(SettingsRepository(*m_fx.db).set(key, value).ok());
        m_engine->reload();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty() || media::RtpengineSupervisor::program().isEmpty())
            QFAIL("sipp and rtpengine are needed (scripts/setup.sh installs them)");
        m_sink.start(QStringLiteral("python3"), {QStringLiteral(CENTRALE_TEST_TOOLS "/smtp-sink.py"), QStringLiteral("--port"), kSinkPort, QStringLiteral("--out"), m_mails.path()});
        QVERIFY(m_sink.waitForStarted());
        QByteArray said;
        for (int waited = 0; !said.contains("listening") && m_sink.state() == QProcess::Running && waited < 15000; waited += 50) {
            m_sink.waitForReadyRead(50);
            said += m_sink.readAllStandardOutput() + m_sink.readAllStandardError();
        }
        QVERIFY2(said.contains("listening"), said.constData());
        auto opened = m_fx.open({{"sip.primary", kEngine},
                                 {"sip.secondary", QStringLiteral("127.0.32.1:43562")},
                                 {"sip.qualify.interval", QStringLiteral("0")},
                                 {"upstream.address", kCarrierIp + QStringLiteral(":%1").arg(kCarrierPort)},
                                 {"media.ng", QStringLiteral("127.0.32.1:43510")},
                                 {"media.ports", QStringLiteral("43600-43699")},
                                 {"smtp.server", QStringLiteral("127.0.0.1:") + kSinkPort},
                                 {"smtp.from", QStringLiteral("centrale@example.nl")}});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QVERIFY(NumberRepository(*m_fx.db).add({kDid}).ok());
        CallPlan plan;
        plan.name = QStringLiteral("Reception");
        plan.steps << CallPlanStep{StepKind::Voicemail, {QStringLiteral("voicemail@example.nl")}, 20, QStringLiteral("Front desk"), -1};
        auto id = CallPlanRepository(*m_fx.db).add(plan);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        m_planId = *id;
        QVERIFY(NumberLinks(*m_fx.db).link(kDid, NumberOwner{NumberOwner::Kind::CallPlan, m_planId, plan.name}).ok());
        startEngine();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
        {
            qWarning().noquote() << "engine log:\n" << m_log.join(QLatin1Char('\n')).right(4000);
            QFile relayLog(QFileInfo(m_fx.dbPath).absolutePath() + QStringLiteral("/media/rtpengine.log"));
            if (relayLog.open(QIODevice::ReadOnly))
                qWarning().noquote() << "rtpengine log:\n" << QString::fromUtf8(relayLog.readAll()).right(3000);
        }
        m_log.clear();
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_sink.kill();
        m_sink.waitForFinished();
    }

    void aMessageIsMailedAsAWavOfTheCall()
    {
        BackgroundSipp carrier(kEngine);
        carrier.start(QStringLiteral("carrier_call_media"), kCarrierIp, kCarrierPort, {kCaller + QLatin1Char(';') + kDid}, 1, 3000,
                      {QStringLiteral("-mp"), QStringLiteral("43700")});
        QCOMPARE(carrier.finish(), 0);
        QVERIFY2(carrier.trace().contains(QLatin1String("SIP/2.0 200 OK")), qPrintable(carrier.trace().right(2000)));

        const Mail mail = waitForMail(1);
        QVERIFY2(mail.text.contains(QLatin1String("voicemail@example.nl")), qPrintable(mail.text.left(800)));
        QVERIFY(mail.text.contains(QLatin1String("Caller: +") + kCaller));
        QVERIFY(mail.text.contains(QLatin1String("Called number: +") + kDid));
        QVERIFY(mail.text.contains(QLatin1String("Duration: ")));
        auto wav = media::readWav(mail.wav);
        QVERIFY2(wav.ok(), qPrintable(wav.message() + mail.text.left(1500)));
        // The call lasted 3 s from the answer to the BYE; the message is what the caller sent.
        QVERIFY2(wav->seconds() >= 2.5 && wav->seconds() <= 3.6, qPrintable(QString::number(wav->seconds())));
        QCOMPARE(wav->sampleRate, 8000);
        const auto blocks = playedBlocks(20);
        QCOMPARE(blocks.size(), 20);
        const int found = blocksFound(wav->samples, blocks);
        QVERIFY2(found >= 18, qPrintable(QString::number(found)));

        // Stored: one row, its file 0600 in <data dir>/voicemail/.
        auto list = VoicemailRepository(*m_fx.db).list(m_planId);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().caller, QLatin1String("+") + kCaller);
        QCOMPARE(list->first().called, QLatin1String("+") + kDid);
        const QString file = QDir(VoicemailRepository::folderFor(m_fx.dbPath)).filePath(list->first().file);
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // rtpengine's pcap of the call is gone: the WAV is the one copy.
        QTRY_VERIFY_WITH_TIMEOUT(QDir(QFileInfo(m_fx.dbPath).absolutePath() + QStringLiteral("/media/recordings/pcaps")).entryList(QDir::Files).isEmpty(), 3000);
    }

    void theEngineHangsUpAtMaxSeconds()
    {
        setSetting(QStringLiteral("voicemail.max_seconds"), QStringLiteral("2"));
        m_records.clear();
        BackgroundSipp carrier(kEngine);
        carrier.start(QStringLiteral("carrier_call_media_until_bye"), kCarrierIp, kCarrierPort, {kCaller + QLatin1Char(';') + kDid}, 1, 0,
                      {QStringLiteral("-mp"), QStringLiteral("43702")});
        QCOMPARE(carrier.finish(15000), 0); // it got the engine's BYE
        QTRY_COMPARE_WITH_TIMEOUT(m_records.size(), 1, 5000);
        QVERIFY2(m_records.first().reason.contains(QLatin1String("voicemail.max_seconds")), qPrintable(m_records.first().reason));
        const Mail mail = waitForMail(2);
        auto wav = media::readWav(mail.wav);
        QVERIFY2(wav.ok(), qPrintable(wav.message()));
        QVERIFY2(wav->seconds() >= 1.5 && wav->seconds() <= 2.6, qPrintable(QString::number(wav->seconds())));
        setSetting(QStringLiteral("voicemail.max_seconds"), QStringLiteral("120"));
    }

    void deletingAMessageRemovesItsFile()
    {
        auto list = VoicemailRepository(*m_fx.db).list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        const QString file = QDir(VoicemailRepository::folderFor(m_fx.dbPath)).filePath(list->first().file);
        QVERIFY(QFile::exists(file));
        QVERIFY(VoicemailRepository(*m_fx.db).remove(list->first().id).ok());
        QVERIFY(!QFile::exists(file));
        QCOMPARE(VoicemailRepository(*m_fx.db).list()->size(), 1);
        const Status again = VoicemailRepository(*m_fx.db).remove(list->first().id);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("id"));
    }

    void withoutTheRelayTheStepAnswers480AndSaysWhy()
    {
        m_engine->stop();
        QVERIFY(SettingsRepository(*m_fx.db).set(QStringLiteral("media.relay"), QStringLiteral("never")).ok());
        startEngine();
        QString trace;
        const auto r = runSipp(QStringLiteral("calls/carrier_refused"), kEngine, kCarrierIp, kCarrierPort, {kCaller + QLatin1Char(';') + kDid}, 10000,
                               {QStringLiteral("-trace_msg"), QStringLiteral("-message_file"), m_mails.filePath(QStringLiteral("refused.log"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output.right(1500)));
        QFile log(m_mails.filePath(QStringLiteral("refused.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString sip = QString::fromUtf8(log.readAll());
        QVERIFY2(sip.contains(QLatin1String("SIP/2.0 480 ")) && sip.contains(QLatin1String("voicemail box Front desk is unavailable")), qPrintable(sip.right(1500)));
        QVERIFY(SettingsRepository(*m_fx.db).set(QStringLiteral("media.relay"), QStringLiteral("auto")).ok());
    }
};

QTEST_GUILESS_MAIN(TestVoicemail)
#include "tst_voicemail.moc"
