#pragma once
// QtKeychain behind a timeout: QtKeychain itself waits forever on a locked or absent keyring.
#include "secrets/SecretStore.h"
#include <QObject>
#include <functional>

namespace centrale {

class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("centrale"), int timeoutMs = 10000);

    // Asynchronous forms: the callback runs on the caller's thread, exactly once,
    // with an error when the keychain does not answer within the timeout.
    void readAsync(const QString &key, QObject *context, std::function<void(Result<QString>)> done);
    void writeAsync(const QString &key, const QString &secret, QObject *context, std::function<void(Status)> done);
    void removeAsync(const QString &key, QObject *context, std::function<void(Status)> done);

    // Blocking forms (spin a local event loop); for the CLI and worker threads.
    Status write(const QString &key, const QString &secret) override;
    Result<QString> read(const QString &key) override;
    Status remove(const QString &key) override;
    QString describe() const override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace centrale
