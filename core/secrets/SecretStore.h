#pragma once
// Where plain passwords live: the OS keychain, or an explicit 0600 file on headless servers.
#include "util/Result.h"
#include <QString>
#include <memory>

namespace centrale {

class SecretStore {
public:
    virtual ~SecretStore() = default;
    virtual Status write(const QString &key, const QString &secret) = 0;
    virtual Result<QString> read(const QString &key) = 0;
    virtual Status remove(const QString &key) = 0;
    virtual QString describe() const = 0; // for messages: "the keychain", "secrets file /x"
};

// Keys under which the secrets are kept.
QString sipAccountSecretKey(const QString &username);
inline const QString kSmtpPasswordKey = QStringLiteral("smtp.password");
inline const QString kUpstreamPasswordKey = QStringLiteral("upstream.password");

// The keychain when secretsFile is empty, else the file (created 0600, refused if wider).
Result<std::unique_ptr<SecretStore>> openSecretStore(const QString &secretsFile, int keychainTimeoutMs = 10000);

} // namespace centrale
