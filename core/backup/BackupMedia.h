#pragma once
// The media section of a backup (flag bit 1): the recordings' WAVs, the voicemail messages
// and the call plans' own greetings, which live as files beside the database. It follows
// the rest of the file and is streamed file by file, never held in memory whole:
//
//   4     file count K
//   K ×   2 path length P, P bytes path (UTF-8, relative to the database's folder:
//         recordings/NAME.wav, voicemail/NAME.wav or voicemail/greetings/plan-ID.wav),
//         8 content length L, L bytes content
//   32    SHA-256 of every byte of the section before it
//
// Nothing follows. A restore writes each file 0600 (its folder 0700), staged beside its
// final name and renamed into place only once the database itself has been replaced.
#include "util/Result.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace centrale::backup {

struct MediaFile {
    QString path;    // relative to the database's folder
    qint64 size = 0;
    qint64 offset = 0; // in the backup file (read side)
};

// The media files beside the database at dbPath (none for a PostgreSQL store).
QList<MediaFile> collectMedia(const QString &dbPath);
// Whether path may be restored: one of the three folders, a plain WAV name.
bool isMediaPath(const QString &path);
// Appends the section for files (read from beside dbPath) to out; the bytes written.
Result<qint64> writeMediaSection(QIODevice &out, const QString &dbPath, const QList<MediaFile> &files);
// Walks the section from in's current position to its end, checking the checksum and
// every path; the files with their offsets.
Result<QList<MediaFile>> readMediaSection(QIODevice &in);

// Restoring: first stage() every file next to its final place (nothing visible changes;
// on failure the staged files are removed), then commit() renames them into place.
class MediaRestore {
public:
    MediaRestore(QString backupPath, QString dbPath) : m_backup(std::move(backupPath)), m_db(std::move(dbPath)) {}
    ~MediaRestore(); // removes what was staged and not committed
    Status stage(const QList<MediaFile> &files);
    // The files that could not be renamed (empty: all in place).
    QStringList commit();

private:
    QString m_backup, m_db;
    QList<std::pair<QString, QString>> m_staged; // staged path, target path
};

} // namespace centrale::backup
