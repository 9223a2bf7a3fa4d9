#include "service/RecordingService.h"
#include "export/RecordingSheet.h"
#include "media/RecordingFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace centrale {

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
} // namespace

QString RecordingService::folderFor(const QString &dbPath) { return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("recordings")); }

Result<Recording> RecordingService::keep(const CallRecord &call, int retentionDays, const QString &pcapPath, bool split)
{
    QString base = media::recordingBaseName(call.callId);
    if (QFile::exists(QDir(m_folder).filePath(base + QStringLiteral(".wav"))))
        base += QLatin1Char('-') + QString::number(call.startedMs); // the same Call-ID twice (a retried call)
    auto converted = media::convertPcap(pcapPath, m_folder, base, split);
    if (!converted)
        return converted.error();
    Recording r;
    r.callId = call.callId;
    r.startedMs = call.answeredMs > 0 ? call.answeredMs : call.startedMs;
    r.endedMs = call.endedMs;
    r.direction = call.direction;
    r.caller = call.caller;
    r.callee = call.callee;
    r.account = call.account;
    r.owner = call.owner;
    r.durationMs = converted->durationMs;
    r.file = converted->file;
    r.directionFiles = converted->directionFiles;
    r.expiresMs = call.endedMs + retentionDays * kDayMs;
    if (auto s = RecordingRepository(m_db).add(r); !s) {
        QFile::remove(QDir(m_folder).filePath(r.file));
        for (const auto &f : r.directionFiles)
            QFile::remove(QDir(m_folder).filePath(f));
        return s.error();
    }
    // Only the WAV is kept: the pcap is the same personal data once more.
    QFile::remove(pcapPath);
    QFile::remove(QFileInfo(pcapPath).absoluteDir().filePath(QStringLiteral("../metadata/rtpengine-meta-") + QFileInfo(pcapPath).completeBaseName() + QStringLiteral(".txt")));
    return r;
}

Result<QList<Recording>> RecordingService::purge(qint64 nowMs)
{
    RecordingRepository repo(m_db);
    auto expired = repo.expired(nowMs);
    if (!expired)
        return expired.error();
    QList<Recording> deleted;
    for (const Recording &r : *expired) {
        QStringList files = r.directionFiles;
        files.prepend(r.file);
        bool gone = true;
        for (const auto &f : files) {
            const QString path = QDir(m_folder).filePath(f);
            if (QFile::exists(path) && !QFile::remove(path))
                gone = false;
        }
        if (!gone)
            continue; // the row stays, so the next purge tries again
        if (auto s = repo.remove(r.id); !s)
            return s.error();
        deleted << r;
    }
    return deleted;
}

Result<RecordingExport> RecordingService::exportPeriod(qint64 fromMs, qint64 toMs, const QString &outDir, const std::function<void(int, int)> &progress)
{
    auto list = RecordingRepository(m_db).list(fromMs, toMs);
    if (!list)
        return list.error();
    if (!QDir().mkpath(outDir))
        return Result<RecordingExport>::fail(QCoreApplication::translate("Recording", "Cannot create the folder %1.").arg(outDir), QStringLiteral("out"));
    RecordingExport out;
    out.recordings = int(list->size());
    int done = 0;
    for (const Recording &r : *list) {
        QStringList files = r.directionFiles;
        files.prepend(r.file);
        for (const auto &f : files) {
            const QString target = QDir(outDir).filePath(f);
            QFile::remove(target);
            if (QFile::copy(QDir(m_folder).filePath(f), target)) {
                QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // personal data, as the original
                out.files << f;
            } else {
                out.missing << f;
            }
        }
        if (progress)
            progress(++done, out.recordings);
    }
    out.spreadsheet = QDir(outDir).filePath(QStringLiteral("recordings.xlsx"));
    if (auto s = writeRecordingSheet(out.spreadsheet, *list); !s)
        return s.error();
    return out;
}

} // namespace centrale
