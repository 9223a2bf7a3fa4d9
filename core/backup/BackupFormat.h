#pragma once
// The one backup file format (docs/backup-format.md). Integers are big-endian.
//
//   offset  size  field
//   0       8     magic "CNTRLBAK"
//   8       2     format version (1)
//   10      2     flags; bit 0: an encrypted secrets section follows the database;
//                 bit 1: a media section follows everything else (BackupMedia.h)
//   12      4     schema version of the database (its PRAGMA user_version)
//   16      8     created, Unix seconds (UTC)
//   24      8     database length N
//   32      32    SHA-256 of bytes 0-31 followed by the database bytes
//   64      N     the database: an SQLite file
//   then, when flag bit 0 is set, the secrets section:
//           1     KDF (1 = scrypt)   1  log2 of scrypt N   4  scrypt r   4  scrypt p
//           16    salt               12 AES-GCM nonce
//           4     ciphertext length M,  M ciphertext,  16 GCM tag
//   The ciphertext is AES-256-GCM of a UTF-8 JSON object {secret key: secret}, with the
//   64-byte header as associated data. Nothing follows but the media section (flag bit 1);
//   extra bytes mean a damaged file.
#include "backup/BackupMedia.h"
#include "backup/SecretsCipher.h"
#include <optional>

namespace centrale::backup {

inline constexpr quint16 kFormatVersion = 1;
inline constexpr int kHeaderBytes = 64;

struct BackupFile {
    int schema = 0;
    qint64 created = 0;
    QByteArray database;
    std::optional<SealedSecrets> secrets;
    bool media = false; // flag bit 1: a media section follows (read and written by BackupMedia)
    QList<MediaFile> mediaFiles; // read side: the media section's files
    QString sourcePath;          // read side: the backup file they are read from
};

// The header for a file with these fields (and a secrets section when withSecrets).
QByteArray header(const BackupFile &file, bool withSecrets);
// The whole file; file.secrets must have been sealed with header(file, true) as aad.
QByteArray encode(const BackupFile &file);
// Refuses anything that is not exactly one intact backup, naming what is wrong. With flag
// bit 1, bytes is everything before the media section (see coreLength).
Result<BackupFile> decode(const QByteArray &bytes);
// The length of everything before the media section, from the first bytes of a file (the
// header, and with secrets the 42 bytes after the database); 0 when more bytes are needed
// (needed tells how many), -1 when it is not a backup of this format.
qint64 coreLength(const QByteArray &start, qint64 *needed);

} // namespace centrale::backup
