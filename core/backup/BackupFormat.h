#pragma once
// The one backup file format (docs/backup-format.md). Integers are big-endian.
//
//   offset  size  field
//   0       8     magic "CNTRLBAK"
//   8       2     format version (1)
//   10      2     flags; bit 0: an encrypted secrets section follows the database
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
//   64-byte header as associated data. Nothing follows; extra bytes mean a damaged file.
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
};

// The header for a file with these fields (and a secrets section when withSecrets).
QByteArray header(const BackupFile &file, bool withSecrets);
// The whole file; file.secrets must have been sealed with header(file, true) as aad.
QByteArray encode(const BackupFile &file);
// Refuses anything that is not exactly one intact backup, naming what is wrong.
Result<BackupFile> decode(const QByteArray &bytes);

} // namespace centrale::backup
