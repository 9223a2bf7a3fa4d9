#include "media/WavFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

namespace centrale::media {
namespace {


void put32(QByteArray &b, quint32 v)
{
    char s[4];
    qToLittleEndian(v, s);
    b.append(s, 4);
}
void put16(QByteArray &b, quint16 v)
{
    char s[2];
    qToLittleEndian(v, s);
    b.append(s, 2);
}

} // namespace

QByteArray wavBytes(const WavAudio &audio)
{
    const quint32 dataBytes = quint32(audio.samples.size() * 2);
    QByteArray b;
    b.reserve(int(44 + dataBytes));
    b.append("RIFF", 4);
    put32(b, 36 + dataBytes);
    b.append("WAVEfmt ", 8);
    put32(b, 16);
    put16(b, 1); // PCM
    put16(b, quint16(audio.channels));
    put32(b, quint32(audio.sampleRate));
    put32(b, quint32(audio.sampleRate * audio.channels * 2));
    put16(b, quint16(audio.channels * 2));
    put16(b, 16);
    b.append("data", 4);
    put32(b, dataBytes);
    for (int16_t s : audio.samples)
        put16(b, quint16(s));
    return b;
}

Status writeWav(const QString &path, const WavAudio &audio)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Status::fail(QCoreApplication::translate("WavFile", "Cannot write %1: %2").arg(path, f.errorString()));
    f.write(wavBytes(audio));
    if (!f.commit())
        return Status::fail(QCoreApplication::translate("WavFile", "Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<WavAudio> readWav(const QByteArray &b)
{
    auto bad = [](const QString &why) { return Result<WavAudio>::fail(QCoreApplication::translate("WavFile", "Not a usable WAV file: %1.").arg(why)); };
    if (b.size() < 12 || !b.startsWith("RIFF") || b.mid(8, 4) != "WAVE")
        return bad(QCoreApplication::translate("WavFile", "no RIFF/WAVE header"));
    WavAudio a;
    bool haveFormat = false;
    qsizetype pos = 12;
    while (pos + 8 <= b.size()) {
        const QByteArray id = b.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(b.constData() + pos + 4);
        const qsizetype body = pos + 8;
        if (size > quint32(b.size() - body))
            return bad(QCoreApplication::translate("WavFile", "chunk \"%1\" is longer than the file").arg(QString::fromLatin1(id)));
        if (id == "fmt ") {
            if (size < 16)
                return bad(QCoreApplication::translate("WavFile", "format chunk too short"));
            const quint16 format = qFromLittleEndian<quint16>(b.constData() + body);
            a.channels = qFromLittleEndian<quint16>(b.constData() + body + 2);
            a.sampleRate = int(qFromLittleEndian<quint32>(b.constData() + body + 4));
            const quint16 bits = qFromLittleEndian<quint16>(b.constData() + body + 14);
            if (format != 1 || bits != 16)
                return bad(QCoreApplication::translate("WavFile", "only 16-bit PCM is supported (format %1, %2 bits)").arg(format).arg(bits));
            if (a.channels < 1 || a.channels > 2 || a.sampleRate < 8000 || a.sampleRate > 48000)
                return bad(QCoreApplication::translate("WavFile", "%1 channels at %2 Hz").arg(a.channels).arg(a.sampleRate));
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return bad(QCoreApplication::translate("WavFile", "data before format"));
            const qsizetype n = size / 2;
            a.samples.resize(n);
            for (qsizetype i = 0; i < n; ++i)
                a.samples[i] = qFromLittleEndian<qint16>(b.constData() + body + 2 * i);
            return a;
        }
        pos = body + size + (size & 1);
    }
    return bad(QCoreApplication::translate("WavFile", "no data chunk"));
}

Result<WavAudio> readWavFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<WavAudio>::fail(QCoreApplication::translate("WavFile", "Cannot read %1: %2").arg(path, f.errorString()));
    return readWav(f.readAll());
}

} // namespace centrale::media
