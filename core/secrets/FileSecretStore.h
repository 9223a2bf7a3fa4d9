#pragma once
// Secrets in a JSON file readable by its owner only, for headless servers without a
// keychain. Chosen explicitly (--secrets-file), never as a silent fallback.
#include "secrets/SecretStore.h"
#include <QJsonObject>

namespace centrale {

class FileSecretStore : public SecretStore {
public:
    // Creates the file 0600 when absent; refuses one readable by group or others.
    static Result<std::unique_ptr<FileSecretStore>> open(const QString &path);

    Status write(const QString &key, const QString &secret) override;
    Result<QString> read(const QString &key) override;
    Status remove(const QString &key) override;
    QString describe() const override;

private:
    explicit FileSecretStore(QString path) : m_path(std::move(path)) {}
    Result<QJsonObject> load() const;
    Status save(const QJsonObject &o) const;
    QString m_path;
};

} // namespace centrale
