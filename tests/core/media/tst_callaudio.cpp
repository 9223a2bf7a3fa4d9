// G.711, WAV and pcap → audio without a relay: codec tables against known values, a tone
// that survives encode/decode at its frequency, WAV round trips and refusals, and a pcap
// of a two-way call turned into one mixed track and one per direction.
#include "media/CallAudio.h"
#include "media/G711.h"
#include "media/PcapRtp.h"
#include "media/WavFile.h"
#include "MediaSignals.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace centrale::media;
using namespace centrale::test;

class TestCallAudio : public QObject {
    Q_OBJECT
private slots:
    void g711KnownValues()
    {
        // Silence codes of both laws, and the extremes.
        QCOMPARE(alawToLinear(0xd5), int16_t(8));
        QCOMPARE(alawToLinear(0x55), int16_t(-8));
        QCOMPARE(ulawToLinear(0xff), int16_t(0));
        QCOMPARE(ulawToLinear(0x80), int16_t(32124));
        QCOMPARE(alawToLinear(0xaa), int16_t(32256));
        QCOMPARE(linearToAlaw(0), uint8_t(0xd5));
        QCOMPARE(linearToUlaw(0), uint8_t(0xff));
        // Every code decodes and encodes back to itself (ulaw has two zeros: 0x7f and 0xff).
        for (int c = 0; c < 256; ++c) {
            QCOMPARE(int(linearToAlaw(alawToLinear(uint8_t(c)))), c);
            if (c != 0x7f)
                QCOMPARE(int(linearToUlaw(ulawToLinear(uint8_t(c)))), c);
        }
    }

    void toneSurvivesTheCodecs()
    {
        const QList<int16_t> tone = sine(1000, 8000, 0.5);
        for (G711 law : {G711::Alaw, G711::Ulaw}) {
            const QList<int16_t> back = decodeG711(encodeG711(tone, law), law);
            QCOMPARE(back.size(), tone.size());
            QVERIFY(goertzel(back, 1000) > 50 * goertzel(back, 1400));
        }
    }

    void wavRoundTripAndRefusals()
    {
        QTemporaryDir dir;
        WavAudio a;
        a.samples = sine(440, 8000, 0.25);
        const QString path = dir.filePath(QStringLiteral("t.wav"));
        QVERIFY(writeWav(path, a).ok());
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const auto back = readWavFile(path);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(back->samples, a.samples);
        QCOMPARE(back->seconds(), 0.25);

        QVERIFY(!readWav("RIFF").ok());
        QByteArray eightBit = wavBytes(a);
        eightBit[34] = 8; // bits per sample
        QVERIFY(readWav(eightBit).message().contains(QLatin1String("16-bit")));
        QByteArray cut = wavBytes(a);
        cut.truncate(100); // the data chunk claims more than is there
        QVERIFY(readWav(cut).message().contains(QLatin1String("longer than the file")));
    }

    void pcapOfATwoWayCallMixes()
    {
        // 2 s of 1 kHz from the caller (A-law) and, starting 0.5 s later, 1 s of 500 Hz back
        // (µ-law), in 20 ms packets, with a timestamp wrap-around in the caller's stream.
        PcapWriter w;
        const QList<int16_t> up = sine(1000, 8000, 2.0), down = sine(500, 8000, 1.0);
        for (int i = 0; i < 100; ++i)
            w.rtp(QStringLiteral("127.0.0.1"), 4000, QStringLiteral("127.0.0.2"), 5000, 8, quint16(65500 + i), quint32(0xffffff00u + i * 160), 0x1111,
                  encodeG711(up.mid(i * 160, 160), G711::Alaw), qint64(i) * 20000);
        for (int i = 0; i < 50; ++i)
            w.rtp(QStringLiteral("127.0.0.2"), 5000, QStringLiteral("127.0.0.1"), 4000, 0, quint16(i), quint32(9000 + i * 160), 0x2222,
                  encodeG711(down.mid(i * 160, 160), G711::Ulaw), 500000 + qint64(i) * 20000);
        w.junk(); // a non-RTP datagram and a truncated last record must not get in the way
        const auto streams = readPcapRtp(w.bytes(/*truncateLast=*/true));
        QVERIFY2(streams.ok(), qPrintable(streams.message()));
        QCOMPARE(streams->size(), 2);
        QCOMPARE(streams->at(0).source, QStringLiteral("127.0.0.1:4000"));
        QCOMPARE(streams->at(0).packets.size(), 100);

        const auto audio = callAudio(*streams);
        QVERIFY2(audio.ok(), qPrintable(audio.message()));
        QCOMPARE(audio->directions.size(), 2);
        QCOMPARE(audio->mixed.seconds(), 2.0);
        const QList<int16_t> &mix = audio->mixed.samples;
        // First half second: only the caller's tone; then both.
        QVERIFY(goertzel(mix.mid(0, 4000), 1000) > 50 * goertzel(mix.mid(0, 4000), 500));
        QVERIFY(goertzel(mix.mid(6000, 4000), 500) > 0.2 * goertzel(mix.mid(6000, 4000), 1000));
        QVERIFY(goertzel(audio->directions.at(1).samples.mid(0, 4000), 500) < 1.0);
    }

    void refusesWhatIsNotAPcap()
    {
        QVERIFY(readPcapRtp(QByteArray(40, 'x')).message().contains(QLatin1String("magic")));
        QVERIFY(!callAudio({}).ok());
    }
};

QTEST_GUILESS_MAIN(TestCallAudio)
#include "tst_callaudio.moc"
