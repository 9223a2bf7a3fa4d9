#include "media/RecordingFiles.h"
#include "media/CallAudio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace centrale::media {

QString recordingBaseName(const QString &callId)
{
    QString out;
    static const QString kept = QStringLiteral("-_.@");
    for (const QChar ch : callId.left(120)) {
        const bool keep = (ch.isLetterOrNumber() && ch.unicode() < 128) || kept.contains(ch);
        out += keep ? ch : QChar(QLatin1Char('_'));
    }
    if (out.isEmpty() || out.startsWith(QLatin1Char('.')))
        out.prepend(QLatin1Char('c'));
    return out;
}

QStringList pcapsOfCall(const QString &rtpengineFolder, const QString &callId)
{
    // rtpengine names them CALLID-RANDOM.pcap with the call ID percent-encoded ("@" as %40);
    // a call ID may hold wildcard characters, so compare prefixes rather than use a filter.
    const QDir dir(QDir(rtpengineFolder).filePath(QStringLiteral("pcaps")));
    const QString escaped = QString::fromLatin1(QUrl::toPercentEncoding(callId)) + QLatin1Char('-');
    QStringList out;
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.pcap")}, QDir::Files, QDir::Time | QDir::Reversed))
        if (f.fileName().startsWith(escaped) || f.fileName().startsWith(callId + QLatin1Char('-')))
            out << f.absoluteFilePath();
    return out;
}

Result<ConvertedRecording> convertPcap(const QString &pcapPath, const QString &outFolder, const QString &baseName, bool split)
{
    auto streams = readPcapRtpFile(pcapPath);
    if (!streams)
        return streams.error();
    auto audio = callAudio(*streams);
    if (!audio)
        return audio.error();
    if (!QDir().mkpath(outFolder))
        return Result<ConvertedRecording>::fail(QCoreApplication::translate("Recording", "Cannot create the recordings folder %1.").arg(outFolder));
    QFile::setPermissions(outFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ConvertedRecording out;
    out.file = baseName + QStringLiteral(".wav");
    if (auto s = writeWav(QDir(outFolder).filePath(out.file), audio->mixed); !s)
        return s.error();
    out.durationMs = qint64(audio->mixed.seconds() * 1000);
    if (split) {
        for (qsizetype i = 0; i < audio->directions.size(); ++i) {
            const QString name = QStringLiteral("%1-%2.wav").arg(baseName).arg(i + 1);
            if (auto s = writeWav(QDir(outFolder).filePath(name), audio->directions[i]); !s)
                return s.error();
            out.directionFiles << name;
        }
    }
    return out;
}

} // namespace centrale::media
