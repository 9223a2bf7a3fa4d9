#include "media/Greeting.h"
#include "media/G711.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtEndian>
#include <cmath>

namespace centrale::media {
namespace {


// G.711 WAV (format 6 A-law, 7 µ-law) as 16-bit PCM, so the rest is one path.
Result<WavAudio> readG711Wav(const QByteArray &b)
{
    WavAudio a;
    int format = 0;
    qsizetype pos = 12;
    while (pos + 8 <= b.size()) {
        const QByteArray id = b.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(b.constData() + pos + 4);
        const qsizetype body = pos + 8;
        if (size > quint32(b.size() - body))
            break;
        if (id == "fmt " && size >= 16) {
            format = qFromLittleEndian<quint16>(b.constData() + body);
            a.channels = qFromLittleEndian<quint16>(b.constData() + body + 2);
            a.sampleRate = int(qFromLittleEndian<quint32>(b.constData() + body + 4));
            if (format != 6 && format != 7)
                break;
        } else if (id == "data" && (format == 6 || format == 7)) {
            if (a.channels < 1 || a.channels > 2 || a.sampleRate < 8000 || a.sampleRate > 48000)
                return Result<WavAudio>::fail(QCoreApplication::translate("Greeting", "Not a usable WAV file: %1 channels at %2 Hz.").arg(a.channels).arg(a.sampleRate));
            a.samples = decodeG711(b.mid(body, size), format == 6 ? G711::Alaw : G711::Ulaw);
            return a;
        }
        pos = body + size + (size & 1);
    }
    return Result<WavAudio>::fail(QString());
}

} // namespace

Result<WavAudio> greetingAudio(const QByteArray &wavBytes)
{
    auto in = readG711Wav(wavBytes);
    if (!in) {
        in = readWav(wavBytes);
        if (!in)
            return Result<WavAudio>::fail(QCoreApplication::translate("Greeting", "%1 A greeting must be a WAV file in 16-bit PCM or G.711.").arg(in.message()));
    }
    const WavAudio &src = *in;
    // Stereo to mono, then linear interpolation to 8 kHz: speech loses nothing a phone could play.
    QList<double> mono;
    const qsizetype frames = src.samples.size() / src.channels;
    mono.reserve(frames);
    for (qsizetype i = 0; i < frames; ++i) {
        double sum = 0;
        for (int c = 0; c < src.channels; ++c)
            sum += src.samples[i * src.channels + c];
        mono << sum / src.channels;
    }
    if (mono.isEmpty())
        return Result<WavAudio>::fail(QCoreApplication::translate("Greeting", "The greeting is empty."));
    if (double(frames) / src.sampleRate > kGreetingMaxSeconds)
        return Result<WavAudio>::fail(QCoreApplication::translate("Greeting", "The greeting lasts %1 s; at most %2 s is allowed.").arg(int(double(frames) / src.sampleRate)).arg(kGreetingMaxSeconds));
    WavAudio out;
    out.sampleRate = 8000;
    out.channels = 1;
    const double step = double(src.sampleRate) / 8000.0;
    const qsizetype n = qsizetype(double(frames) / step);
    out.samples.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double at = double(i) * step;
        const qsizetype j = qsizetype(at);
        const double f = at - double(j);
        const double v = j + 1 < frames ? mono[j] * (1 - f) + mono[j + 1] * f : mono[j];
        out.samples << int16_t(std::clamp(std::lround(v), -32768L, 32767L));
    }
    return out;
}

QString planGreetingPath(const QString &folder, qint64 planId) { return QDir(folder).filePath(QStringLiteral("plan-%1.wav").arg(planId)); }

static Status makeFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Status::fail(QCoreApplication::translate("Greeting", "Cannot create the folder %1.").arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

// Copies the WAVs that ship (resource name pattern with %1 = language) into folder as name
// pattern files, unless an identical copy is there already.
static Status installShipped(const QString &folder, const QString &resource, const QString &name)
{
    if (Status s = makeFolder(folder); !s)
        return s;
    for (const char *lang : {"nl", "en"}) {
        QFile res(resource.arg(QLatin1String(lang)));
        if (!res.open(QIODevice::ReadOnly))
            return Status::fail(QCoreApplication::translate("Greeting", "The %1 prompt %2 is missing from this build.").arg(QLatin1String(lang), res.fileName()));
        const QByteArray bytes = res.readAll();
        const QString path = QDir(folder).filePath(name.arg(QLatin1String(lang)));
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            continue;
        auto audio = readWav(bytes);
        if (!audio)
            return audio.error();
        if (Status s = writeWav(path, *audio); !s)
            return s;
    }
    return {};
}

Status installDefaultGreetings(const QString &folder)
{
    return installShipped(folder, QStringLiteral(":/centrale/media/voicemail-greeting-%1.wav"), QStringLiteral("default-%1.wav"));
}

Status installAnnouncements(const QString &folder)
{
    return installShipped(folder, QStringLiteral(":/centrale/media/announce-recording-%1.wav"), QStringLiteral("announce-recording-%1.wav"));
}

QString announcementPath(const QString &folder, const QString &language)
{
    return QDir(folder).filePath(QStringLiteral("announce-recording-%1.wav").arg(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl")));
}

Status savePlanGreeting(const QString &folder, qint64 planId, const QByteArray &wavBytes)
{
    auto audio = greetingAudio(wavBytes);
    if (!audio)
        return Status::fail(audio.message(), QStringLiteral("file"));
    if (Status s = makeFolder(folder); !s)
        return s;
    return writeWav(planGreetingPath(folder, planId), *audio);
}

Status removePlanGreeting(const QString &folder, qint64 planId)
{
    const QString path = planGreetingPath(folder, planId);
    if (QFile::exists(path) && !QFile::remove(path))
        return Status::fail(QCoreApplication::translate("Greeting", "Cannot remove %1.").arg(path));
    return {};
}

} // namespace centrale::media
