#pragma once
// From rtpengine's pcap of one call to the WAV files Centrale keeps: one mixed file (both
// directions) and, when asked, one per direction; written 0600, named by call ID.
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace centrale::media {

struct ConvertedRecording {
    QString file;               // the mixed WAV's name inside the output folder
    QStringList directionFiles; // names of the per-direction WAVs
    qint64 durationMs = 0;
};

// A call ID as a file name: letters, digits, '-', '_', '.', '@' kept, anything else '_'.
QString recordingBaseName(const QString &callId);
// rtpengine's pcaps of callId in its recording folder (newest last).
QStringList pcapsOfCall(const QString &rtpengineFolder, const QString &callId);
Result<ConvertedRecording> convertPcap(const QString &pcapPath, const QString &outFolder, const QString &baseName, bool split);

} // namespace centrale::media
