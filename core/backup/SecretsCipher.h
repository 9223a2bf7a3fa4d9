#pragma once
// Passphrase encryption of the secrets in a backup: scrypt derives a 256-bit key from
// the passphrase, AES-256-GCM encrypts and authenticates (OpenSSL EVP).
#include "util/Result.h"
#include <QByteArray>

namespace centrale::backup {

struct SealedSecrets {
    quint8 kdf = 1;   // 1 = scrypt; the only one so far
    quint8 logN = 17; // scrypt cost N = 2^logN (128 MiB with r = 8), OWASP's minimum
    quint32 r = 8;
    quint32 p = 1;
    QByteArray salt;  // 16 random bytes
    QByteArray nonce; // 12 random bytes
    QByteArray ciphertext;
    QByteArray tag; // 16 bytes
};

// aad: bytes that are not secret but must not be altered (the backup's header).
Result<SealedSecrets> seal(const QByteArray &plain, const QByteArray &passphrase, const QByteArray &aad, quint8 logN = 17);
// Fails with one message for a wrong passphrase and for altered bytes: GCM cannot tell them apart.
Result<QByteArray> unseal(const SealedSecrets &sealed, const QByteArray &passphrase, const QByteArray &aad);

} // namespace centrale::backup
