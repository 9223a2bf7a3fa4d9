// Our rtpengine, for real: the supervisor starts it in user space, the ng client drives a
// call through it (offer, answer, RTP both ways, query, delete), its pcap recording becomes
// audio that carries the tones sent, a killed relay is restarted, and stopping leaves
// nothing running. Loopback only: 127.0.21.x, control 42100, relay ports 42200-42299.
#include "media/CallAudio.h"
#include "media/G711.h"
#include "media/NgClient.h"
#include "media/RtpengineSupervisor.h"
#include "MediaSignals.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtEndian>

#include <csignal>

using namespace centrale;
using namespace centrale::media;
using namespace centrale::test;

namespace {

const QString kNg = QStringLiteral("127.0.21.1:42100");

QString sdp(const QString &ip, int port)
{
    return QStringLiteral("v=0\r\no=- 1 1 IN IP4 %1\r\ns=-\r\nc=IN IP4 %1\r\nt=0 0\r\nm=audio %2 RTP/AVP 8 0 101\r\n"
                          "a=rtpmap:8 PCMA/8000\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n")
        .arg(ip)
        .arg(port);
}

std::pair<QString, int> mediaOf(const QByteArray &sdpText)
{
    const auto c = QRegularExpression(QStringLiteral("c=IN IP4 (\\S+)")).match(QString::fromUtf8(sdpText));
    const auto m = QRegularExpression(QStringLiteral("m=audio (\\d+)")).match(QString::fromUtf8(sdpText));
    return {c.captured(1), m.captured(1).toInt()};
}

QByteArray rtp(int pt, quint16 seq, quint32 ts, quint32 ssrc, const QByteArray &payload)
{
    QByteArray r(12, 0);
    r[0] = char(0x80);
    r[1] = char(pt);
    qToBigEndian(seq, r.data() + 2);
    qToBigEndian(ts, r.data() + 4);
    qToBigEndian(ssrc, r.data() + 8);
    return r + payload;
}

bool alive(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) == 0; }

} // namespace

class TestRtpengine : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<RtpengineSupervisor> m_relay;

    RtpengineSettings settings() const
    {
        RtpengineSettings s;
        s.ngAddress = kNg;
        s.mediaAddress = QStringLiteral("127.0.21.1");
        s.portMin = 42200;
        s.portMax = 42299;
        s.folder = m_dir.path();
        return s;
    }

private slots:
    void initTestCase()
    {
        if (RtpengineSupervisor::program().isEmpty())
            QFAIL("rtpengine is not installed (scripts/setup.sh installs rtpengine-daemon)");
        m_relay = std::make_unique<RtpengineSupervisor>(settings());
        const Status s = m_relay->start();
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(m_relay->state(), RtpengineSupervisor::State::Running);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("rtpengine.conf"))));
    }

    void relaysAndRecordsACall()
    {
        auto ng = NgClient::open(kNg);
        QVERIFY2(ng.ok(), qPrintable(ng.message()));
        NgClient &c = **ng;
        QCOMPARE(bstringOf(c.call({{QStringLiteral("command"), QStringLiteral("ping")}}), "result"), QStringLiteral("pong"));

        QUdpSocket caller, callee;
        QVERIFY(caller.bind(QHostAddress(QStringLiteral("127.0.21.2")), 42300));
        QVERIFY(callee.bind(QHostAddress(QStringLiteral("127.0.21.3")), 42302));
        const QString callId = QStringLiteral("rec-test-1");
        auto offer = c.call({{QStringLiteral("command"), QStringLiteral("offer")}, {QStringLiteral("call-id"), callId},
                             {QStringLiteral("from-tag"), QStringLiteral("a1")}, {QStringLiteral("sdp"), sdp(QStringLiteral("127.0.21.2"), 42300)},
                             {QStringLiteral("record call"), QStringLiteral("yes")}});
        QVERIFY2(offer.ok(), qPrintable(offer.message()));
        const auto toCallee = mediaOf(offer->value(QStringLiteral("sdp")).toByteArray()); // where the callee sends
        auto answer = c.call({{QStringLiteral("command"), QStringLiteral("answer")}, {QStringLiteral("call-id"), callId},
                              {QStringLiteral("from-tag"), QStringLiteral("a1")}, {QStringLiteral("to-tag"), QStringLiteral("b1")},
                              {QStringLiteral("sdp"), sdp(QStringLiteral("127.0.21.3"), 42302)}});
        QVERIFY2(answer.ok(), qPrintable(answer.message()));
        const auto toCaller = mediaOf(answer->value(QStringLiteral("sdp")).toByteArray()); // where the caller sends
        QCOMPARE(toCaller.first, QStringLiteral("127.0.21.1"));
        QVERIFY(toCaller.second >= 42200 && toCaller.second <= 42299);

        // One second each way in 20 ms packets: 1 kHz A-law up, 500 Hz µ-law down.
        const QList<int16_t> up = sine(1000, 8000, 1.0), down = sine(500, 8000, 1.0);
        int received = 0;
        for (int i = 0; i < 50; ++i) {
            caller.writeDatagram(rtp(8, quint16(i), quint32(i * 160), 0xa, encodeG711(up.mid(i * 160, 160), G711::Alaw)), QHostAddress(toCaller.first),
                                 quint16(toCaller.second));
            callee.writeDatagram(rtp(0, quint16(i), quint32(i * 160), 0xb, encodeG711(down.mid(i * 160, 160), G711::Ulaw)), QHostAddress(toCallee.first),
                                 quint16(toCallee.second));
            QTest::qWait(20);
            while (callee.hasPendingDatagrams()) {
                callee.receiveDatagram();
                ++received;
            }
            while (caller.hasPendingDatagrams())
                caller.receiveDatagram();
        }
        QVERIFY2(received >= 45, qPrintable(QString::number(received))); // the relay forwards, not just accepts

        auto query = c.call({{QStringLiteral("command"), QStringLiteral("query")}, {QStringLiteral("call-id"), callId}});
        QVERIFY2(query.ok(), qPrintable(query.message()));
        QVERIFY(query->contains(QStringLiteral("tags")));
        QVERIFY(c.call({{QStringLiteral("command"), QStringLiteral("delete")}, {QStringLiteral("call-id"), callId}}).ok());
        const auto gone = c.call({{QStringLiteral("command"), QStringLiteral("query")}, {QStringLiteral("call-id"), callId}});
        QVERIFY(!gone.ok());
        QVERIFY2(gone.message().contains(QLatin1String("query")), qPrintable(gone.message()));

        // The recording: one pcap for the call, both directions in it.
        QStringList pcaps;
        QElapsedTimer t;
        t.start();
        while (pcaps.isEmpty() && t.elapsed() < 5000) {
            pcaps = QDir(m_relay->recordingFolder() + QStringLiteral("/pcaps")).entryList({callId + QStringLiteral("*.pcap")}, QDir::Files);
            QTest::qWait(50);
        }
        QCOMPARE(pcaps.size(), 1);
        const auto streams = readPcapRtpFile(m_relay->recordingFolder() + QStringLiteral("/pcaps/") + pcaps.first());
        QVERIFY2(streams.ok(), qPrintable(streams.message()));
        const auto audio = callAudio(*streams);
        QVERIFY2(audio.ok(), qPrintable(audio.message()));
        QVERIFY2(std::abs(audio->mixed.seconds() - 1.0) <= 0.5, qPrintable(QString::number(audio->mixed.seconds())));
        const QList<int16_t> middle = audio->mixed.samples.mid(2000, 4000);
        QVERIFY(goertzel(middle, 1000) > 20 * goertzel(middle, 1500));
        QVERIFY(goertzel(middle, 500) > 20 * goertzel(middle, 1500));
    }

    void aTimeoutNamesTheRelay()
    {
        auto ng = NgClient::open(QStringLiteral("127.0.21.1:42199"), NgClient::Options{std::chrono::milliseconds(50), 2});
        QVERIFY(ng.ok());
        const auto r = (*ng)->call({{QStringLiteral("command"), QStringLiteral("ping")}});
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("127.0.21.1:42199")) && r.message().contains(QLatin1String("ping")), qPrintable(r.message()));
        QVERIFY(!NgClient::open(QStringLiteral("localhost")).ok());
    }

    void aKilledRelayIsRestarted()
    {
        const qint64 before = m_relay->pid();
        QVERIFY(alive(before));
        ::kill(pid_t(before), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(m_relay->restarts() == 1 && m_relay->state() == RtpengineSupervisor::State::Running, 10000);
        QVERIFY(m_relay->pid() != before);
        auto ng = NgClient::open(kNg);
        QVERIFY((*ng)->call({{QStringLiteral("command"), QStringLiteral("ping")}}).ok());
    }

    void stoppingLeavesNothingRunning()
    {
        const qint64 pid = m_relay->pid();
        m_relay->stop();
        QCOMPARE(m_relay->state(), RtpengineSupervisor::State::Stopped);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(pid), 3000);
        QTest::qWait(700); // longer than the first restart pause: nothing comes back
        QVERIFY(!alive(m_relay->pid()));
    }

private:
    static QString bstringOf(const Result<QVariantMap> &r, const char *key) { return r.ok() ? QString::fromUtf8(r->value(QLatin1String(key)).toByteArray()) : r.message(); }
};

QTEST_GUILESS_MAIN(TestRtpengine)
#include "tst_rtpengine.moc"
