#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>
#include <memory>

namespace centrale {

namespace {

QString describeError(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound: return QCoreApplication::translate("KeychainSecretStore", "No password is stored in the keychain for %1.").arg(job->key());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return QCoreApplication::translate("KeychainSecretStore", "The keychain refused access (is it locked?).");
    case QKeychain::NoBackendAvailable: return QCoreApplication::translate("KeychainSecretStore", "No keychain is available on this system; use --secrets-file for a headless server.");
    default: return QCoreApplication::translate("KeychainSecretStore", "Keychain error: %1").arg(job->errorString());
    }
}

// Runs a QtKeychain job and calls finish exactly once: with the job when it
// ends, or with nullptr when the timeout passes first.
void runWithTimeout(QKeychain::Job *job, QObject *context, int timeoutMs, std::function<void(QKeychain::Job *)> finish)
{
    auto done = std::make_shared<bool>(false);
    auto timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [done, finish, timer] {
        if (*done)
            return;
        *done = true;
        timer->deleteLater();
        finish(nullptr);
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [done, finish, timer](QKeychain::Job *j) {
        if (*done)
            return;
        *done = true;
        timer->stop();
        timer->deleteLater();
        finish(j);
    });
    job->setAutoDelete(true);
    timer->start(timeoutMs);
    job->start();
}

template <typename T>
T blocking(const std::function<void(QObject *, std::function<void(T)>)> &start)
{
    QEventLoop loop;
    std::optional<T> result;
    start(&loop, [&](T r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*result);
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs) : m_service(std::move(service)), m_timeoutMs(timeoutMs) {}

QString KeychainSecretStore::describe() const { return QCoreApplication::translate("KeychainSecretStore", "the keychain"); }

void KeychainSecretStore::readAsync(const QString &key, QObject *context, std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runWithTimeout(job, context, m_timeoutMs, [done](QKeychain::Job *j) {
        if (!j)
            return done(Result<QString>::fail(QCoreApplication::translate("KeychainSecretStore", "The keychain did not answer in time (is it locked or waiting for a prompt?).")));
        if (j->error() != QKeychain::NoError)
            return done(Result<QString>::fail(describeError(j)));
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
}

void KeychainSecretStore::writeAsync(const QString &key, const QString &secret, QObject *context, std::function<void(Status)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    runWithTimeout(job, context, m_timeoutMs, [done](QKeychain::Job *j) {
        if (!j)
            return done(Status::fail(QCoreApplication::translate("KeychainSecretStore", "The keychain did not answer in time (is it locked or waiting for a prompt?).")));
        done(j->error() == QKeychain::NoError ? Status{} : Status::fail(describeError(j)));
    });
}

void KeychainSecretStore::removeAsync(const QString &key, QObject *context, std::function<void(Status)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runWithTimeout(job, context, m_timeoutMs, [done](QKeychain::Job *j) {
        if (!j)
            return done(Status::fail(QCoreApplication::translate("KeychainSecretStore", "The keychain did not answer in time (is it locked or waiting for a prompt?).")));
        // Removing what is not there is not an error: the goal state is reached.
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound ? Status{} : Status::fail(describeError(j)));
    });
}

Status KeychainSecretStore::write(const QString &key, const QString &secret)
{
    return blocking<Status>([&](QObject *ctx, std::function<void(Status)> cb) { writeAsync(key, secret, ctx, cb); });
}

Result<QString> KeychainSecretStore::read(const QString &key)
{
    return blocking<Result<QString>>([&](QObject *ctx, std::function<void(Result<QString>)> cb) { readAsync(key, ctx, cb); });
}

Status KeychainSecretStore::remove(const QString &key)
{
    return blocking<Status>([&](QObject *ctx, std::function<void(Status)> cb) { removeAsync(key, ctx, cb); });
}

} // namespace centrale
