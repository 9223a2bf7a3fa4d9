#pragma once
// centralectl backup and restore: a consistent copy of the database in use, optionally
// with the secrets (passphrase-encrypted), and a restore that changes nothing unless every
// check passed.
#include "backup/BackupFormat.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

namespace centrale::backup {

struct Written {
    int schema = 0;
    qint64 bytes = 0;
    int secrets = 0;     // secrets included
    QStringList missing; // secret keys the database names but the store does not hold
    int mediaFiles = 0;  // recordings, voicemail messages and greetings included
    qint64 mediaBytes = 0;
};

struct Restored {
    int schema = 0;     // as in the backup
    int migratedTo = 0; // this build's schema
    int secrets = 0;    // secrets written to the store
    int mediaFiles = 0; // media files put in place
    QStringList mediaFailed; // media files that could not be renamed into place
};

// The secret keys the database refers to: every SIP account's, the carrier's and SMTP's.
Result<QStringList> secretKeysInUse(Database &db);

// Writes a backup of db to outPath (mode 0600, replaced atomically). With secrets, the
// passwords in the store are included, encrypted with passphrase; withMedia adds the
// recordings, voicemail messages and call plan greetings beside the database.
Result<Written> writeBackup(Database &db, const QString &outPath, SecretStore *secrets = nullptr, const QByteArray &passphrase = {}, bool withMedia = true);
// The size media would add to a backup now (files, bytes).
std::pair<int, qint64> mediaSize(const QString &dbPath);

// Reads and checks a backup file without changing anything.
Result<BackupFile> readBackup(const QString &path);

// Replaces the database at dbPath by the one in file (refused when file's schema is newer
// than this build's, when the copy fails its checks, or while an engine runs on dbPath).
// With secrets, the backup's secrets are decrypted and written to that store. On any
// error the database and the store are as they were. withMedia puts the backup's media files
// (if it has any) beside the database, mode 0600; other files there are left alone.
Result<Restored> restoreBackup(const BackupFile &file, const QString &dbPath, SecretStore *secrets = nullptr, const QByteArray &passphrase = {},
                               bool withMedia = true);

} // namespace centrale::backup
