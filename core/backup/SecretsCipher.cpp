#include "backup/SecretsCipher.h"

#include <QCoreApplication>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <memory>

namespace centrale::backup {

namespace {

constexpr int kKeyBytes = 32, kSaltBytes = 16, kNonceBytes = 12, kTagBytes = 16;

struct CtxFree {
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

// A key that is wiped when it goes out of scope.
struct Key {
    unsigned char bytes[kKeyBytes] = {};
    ~Key() { OPENSSL_cleanse(bytes, sizeof bytes); }
};

bool deriveKey(const SealedSecrets &s, const QByteArray &passphrase, Key &key)
{
    if (s.kdf != 1 || s.logN < 10 || s.logN > 20 || s.r < 1 || s.r > 32 || s.p < 1 || s.p > 16)
        return false; // parameters from a file: refuse ones that would take minutes or gigabytes
    const quint64 n = quint64(1) << s.logN;
    const quint64 maxMem = 128 * quint64(s.r) * (n + quint64(s.p)) + (quint64(1) << 20);
    return EVP_PBE_scrypt(passphrase.constData(), size_t(passphrase.size()), reinterpret_cast<const unsigned char *>(s.salt.constData()),
                          size_t(s.salt.size()), n, s.r, s.p, maxMem, key.bytes, kKeyBytes) == 1;
}

} // namespace

Result<SealedSecrets> seal(const QByteArray &plain, const QByteArray &passphrase, const QByteArray &aad, quint8 logN)
{
    using R = Result<SealedSecrets>;
    SealedSecrets s;
    s.logN = logN;
    s.salt.resize(kSaltBytes);
    s.nonce.resize(kNonceBytes);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(s.salt.data()), kSaltBytes) != 1 ||
        RAND_bytes(reinterpret_cast<unsigned char *>(s.nonce.data()), kNonceBytes) != 1)
        return R::fail(QCoreApplication::translate("SecretsCipher", "The system's random source failed; the secrets were not encrypted."));
    Key key;
    if (!deriveKey(s, passphrase, key))
        return R::fail(QCoreApplication::translate("SecretsCipher", "Deriving the key from the passphrase failed (out of memory?)."));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    s.ciphertext.resize(plain.size());
    s.tag.resize(kTagBytes);
    auto *out = reinterpret_cast<unsigned char *>(s.ciphertext.data());
    const bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
                    EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.bytes, reinterpret_cast<const unsigned char *>(s.nonce.constData())) == 1 &&
                    EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size())) == 1 &&
                    EVP_EncryptUpdate(ctx.get(), out, &len, reinterpret_cast<const unsigned char *>(plain.constData()), int(plain.size())) == 1 &&
                    EVP_EncryptFinal_ex(ctx.get(), out + len, &len) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, s.tag.data()) == 1;
    if (!ok)
        return R::fail(QCoreApplication::translate("SecretsCipher", "Encrypting the secrets failed."));
    return s;
}

Result<QByteArray> unseal(const SealedSecrets &s, const QByteArray &passphrase, const QByteArray &aad)
{
    using R = Result<QByteArray>;
    const QString wrong =
        QCoreApplication::translate("SecretsCipher", "Wrong passphrase, or the secrets in the backup were altered; nothing was changed.");
    if (s.salt.size() != kSaltBytes || s.nonce.size() != kNonceBytes || s.tag.size() != kTagBytes)
        return R::fail(wrong);
    Key key;
    if (!deriveKey(s, passphrase, key))
        return R::fail(
            QCoreApplication::translate("SecretsCipher", "The backup's key derivation parameters are not supported; nothing was changed."));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    QByteArray plain(s.ciphertext.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    QByteArray tag = s.tag; // EVP wants a non-const pointer
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.bytes, reinterpret_cast<const unsigned char *>(s.nonce.constData())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), out, &len, reinterpret_cast<const unsigned char *>(s.ciphertext.constData()), int(s.ciphertext.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), out + len, &len) == 1; // checks the tag
    if (!ok) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return R::fail(wrong);
    }
    return plain;
}

} // namespace centrale::backup
