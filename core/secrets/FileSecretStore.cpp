#include "secrets/FileSecretStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace centrale {

namespace {
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

QString sipAccountSecretKey(const QString &username) { return QStringLiteral("sip/") + username; }

Result<std::unique_ptr<FileSecretStore>> FileSecretStore::open(const QString &path)
{
    using R = Result<std::unique_ptr<FileSecretStore>>;
    QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return R::fail(QCoreApplication::translate("FileSecretStore", "Secrets file %1 is not a regular file.").arg(path), QStringLiteral("secrets-file"));
        const auto perms = info.permissions();
        if (perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                     | QFileDevice::WriteOther | QFileDevice::ExeOther))
            return R::fail(QCoreApplication::translate("FileSecretStore", "Secrets file %1 is readable by others; run chmod 600 on it first.").arg(path), QStringLiteral("secrets-file"));
    } else {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return R::fail(QCoreApplication::translate("FileSecretStore", "Cannot create secrets file %1: %2").arg(path, f.errorString()), QStringLiteral("secrets-file"));
        f.setPermissions(kOwnerOnly);
        f.write("{}\n");
    }
    auto store = std::unique_ptr<FileSecretStore>(new FileSecretStore(path));
    if (auto l = store->load(); !l)
        return l.error();
    return store;
}

Result<QJsonObject> FileSecretStore::load() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QJsonObject>::fail(QCoreApplication::translate("FileSecretStore", "Cannot read secrets file %1: %2").arg(m_path, f.errorString()));
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::fail(QCoreApplication::translate("FileSecretStore", "Secrets file %1 is damaged (not a JSON object).").arg(m_path));
    return doc.object();
}

Status FileSecretStore::save(const QJsonObject &o) const
{
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::fail(QCoreApplication::translate("FileSecretStore", "Cannot write secrets file %1: %2").arg(m_path, f.errorString()));
    f.setPermissions(kOwnerOnly); // before any secret is written
    f.write(QJsonDocument(o).toJson());
    if (!f.commit())
        return Status::fail(QCoreApplication::translate("FileSecretStore", "Cannot write secrets file %1: %2").arg(m_path, f.errorString()));
    return {};
}

Status FileSecretStore::write(const QString &key, const QString &secret)
{
    auto o = load();
    if (!o)
        return o.error();
    QJsonObject obj = o.value();
    obj.insert(key, secret);
    return save(obj);
}

Result<QString> FileSecretStore::read(const QString &key)
{
    auto o = load();
    if (!o)
        return o.error();
    if (!o->contains(key))
        return Result<QString>::fail(QCoreApplication::translate("FileSecretStore", "No password is stored in %1 for %2.").arg(m_path, key));
    return o->value(key).toString();
}

Status FileSecretStore::remove(const QString &key)
{
    auto o = load();
    if (!o)
        return o.error();
    QJsonObject obj = o.value();
    if (!obj.contains(key))
        return {};
    obj.remove(key);
    return save(obj);
}

QString FileSecretStore::describe() const { return QCoreApplication::translate("FileSecretStore", "secrets file %1").arg(m_path); }

Result<std::unique_ptr<SecretStore>> openSecretStore(const QString &secretsFile, int keychainTimeoutMs)
{
    if (secretsFile.isEmpty())
        return std::unique_ptr<SecretStore>(std::make_unique<KeychainSecretStore>(QStringLiteral("centrale"), keychainTimeoutMs));
    auto f = FileSecretStore::open(secretsFile);
    if (!f)
        return f.error();
    return std::unique_ptr<SecretStore>(std::move(f).value());
}

} // namespace centrale
