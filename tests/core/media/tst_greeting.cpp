// Voicemail greetings and the voicemail mail: an uploaded WAV in any accepted form becomes
// 8 kHz mono PCM, a bad one is refused naming why; the defaults that ship are installed;
// a mail with a WAV attachment is multipart/mixed and the attachment decodes back.
#include "mail/MailMessage.h"
#include "media/G711.h"
#include "media/Greeting.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <cmath>

using namespace centrale;
using namespace centrale::media;

namespace {

QList<int16_t> sine(double hz, int rate, double seconds, int channels = 1)
{
    QList<int16_t> out;
    for (int i = 0; i < int(rate * seconds); ++i)
        for (int c = 0; c < channels; ++c)
            out << int16_t(8000 * std::sin(2 * M_PI * hz * i / rate));
    return out;
}

double goertzel(const QList<int16_t> &s, double hz, int rate = 8000)
{
    const double k = 2 * std::cos(2 * M_PI * hz / rate);
    double a = 0, b = 0;
    for (int16_t x : s) {
        const double y = x + k * a - b;
        b = a;
        a = y;
    }
    return a * a + b * b - k * a * b;
}

// A G.711 WAV (format 6 = A-law) as some recorders write it.
QByteArray alawWav(const QList<int16_t> &pcm)
{
    const QByteArray data = encodeG711(pcm, G711::Alaw);
    QByteArray b("RIFF");
    auto put32 = [&](quint32 v) { char s[4]; qToLittleEndian(v, s); b.append(s, 4); };
    auto put16 = [&](quint16 v) { char s[2]; qToLittleEndian(v, s); b.append(s, 2); };
    put32(quint32(36 + data.size()));
    b.append("WAVEfmt ");
    put32(16);
    put16(6);
    put16(1);
    put32(8000);
    put32(8000);
    put16(1);
    put16(8);
    b.append("data");
    put32(quint32(data.size()));
    return b + data;
}

} // namespace

class TestGreeting : public QObject {
    Q_OBJECT
private slots:
    void stereo44kBecomes8kMono()
    {
        WavAudio in;
        in.sampleRate = 44100;
        in.channels = 2;
        in.samples = sine(440, 44100, 1.0, 2);
        auto out = greetingAudio(wavBytes(in));
        QVERIFY2(out.ok(), qPrintable(out.message()));
        QCOMPARE(out->sampleRate, 8000);
        QCOMPARE(out->channels, 1);
        QVERIFY(std::abs(out->seconds() - 1.0) < 0.01);
        QVERIFY(goertzel(out->samples, 440) > 50 * goertzel(out->samples, 1000));
    }

    void alawWavIsDecoded()
    {
        auto out = greetingAudio(alawWav(sine(1000, 8000, 0.5)));
        QVERIFY2(out.ok(), qPrintable(out.message()));
        QCOMPARE(out->samples.size(), 4000);
        QVERIFY(goertzel(out->samples, 1000) > 50 * goertzel(out->samples, 440));
    }

    void badFilesAreRefusedWithTheReason()
    {
        auto notWav = greetingAudio(QByteArray("ID3 this is an mp3"));
        QVERIFY(!notWav.ok());
        QVERIFY2(notWav.message().contains(QLatin1String("RIFF")), qPrintable(notWav.message()));
        WavAudio tooLong;
        tooLong.samples = QList<int16_t>(8000 * 61, 0);
        auto longOne = greetingAudio(wavBytes(tooLong));
        QVERIFY(!longOne.ok());
        QVERIFY2(longOne.message().contains(QLatin1String("60 s")), qPrintable(longOne.message()));
    }

    void planGreetingsAreStoredPrivateAndRemoved()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("greetings"));
        QVERIFY(installDefaultGreetings(folder).ok());
        for (const char *lang : {"nl", "en"}) {
            auto d = readWavFile(folder + QStringLiteral("/default-%1.wav").arg(QLatin1String(lang)));
            QVERIFY2(d.ok(), qPrintable(d.message()));
            QCOMPARE(d->sampleRate, 8000);
            QVERIFY(d->seconds() > 2 && d->seconds() < 15);
        }
        QVERIFY(!savePlanGreeting(folder, 7, "nonsense").ok());
        QVERIFY(!QFile::exists(planGreetingPath(folder, 7)));
        QVERIFY(savePlanGreeting(folder, 7, alawWav(sine(500, 8000, 1))).ok());
        QCOMPARE(QFile::permissions(planGreetingPath(folder, 7)) & 0x0077, QFileDevice::Permissions()); // nobody else reads it
        QVERIFY(removePlanGreeting(folder, 7).ok());
        QVERIFY(!QFile::exists(planGreetingPath(folder, 7)));
        QVERIFY(removePlanGreeting(folder, 7).ok()); // none left: fine
    }

    void aMailCarriesTheWavAsAnAttachment()
    {
        WavAudio a;
        a.samples = sine(1000, 8000, 0.3);
        const QByteArray wav = wavBytes(a);
        MailMessage m{{QStringLiteral("box@example.nl")}, QStringLiteral("Voicemail"), QStringLiteral("Caller: +31612345678\n"), {}};
        m.attachments << MailAttachment{QStringLiteral("voicemail-1.wav"), "audio/wav", wav};
        const QByteArray text = mime::format(QStringLiteral("centrale@example.nl"), m, QDateTime::currentDateTime());
        QVERIFY(text.contains("Content-Type: multipart/mixed;\r\n boundary="));
        QVERIFY(text.contains("Caller: +31612345678"));
        QVERIFY(text.contains("Content-Disposition: attachment; filename=\"voicemail-1.wav\""));
        const qsizetype start = text.indexOf("\r\n\r\n", text.indexOf("Content-Disposition: attachment")) + 4;
        const qsizetype end = text.indexOf("\r\n--", start);
        QCOMPARE(QByteArray::fromBase64(text.mid(start, end - start)), wav);
        for (const QByteArray &line : text.split('\n'))
            QVERIFY2(line.size() <= 78, line.constData()); // RFC 5322's recommended line length
        QVERIFY(text.trimmed().endsWith("--"));
    }
};

QTEST_GUILESS_MAIN(TestGreeting)
#include "tst_greeting.moc"
