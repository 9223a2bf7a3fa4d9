#include "backup/BackupService.h"
#include "sip/StoredStatus.h"
#include "store/DatabaseCopy.h"
#include "store/StoreLocation.h"
#include "store/PhoneAccountRepository.h"
#include "store/TrunkRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTemporaryFile>
#include <openssl/crypto.h>

namespace centrale::backup {

namespace {

// A byte array that is wiped when it goes out of scope (decrypted or collected secrets).
struct Wiped {
    QByteArray bytes;
    ~Wiped()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};

// Writes secrets to the store; on any failure puts back what was there before.
class SecretsWrite {
public:
    explicit SecretsWrite(SecretStore &store) : m_store(store) {}
    Status apply(const QJsonObject &secrets)
    {
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            auto old = m_store.read(it.key());
            m_previous.append({it.key(), old ? std::optional<QString>(old.value()) : std::nullopt});
            if (auto s = m_store.write(it.key(), it.value().toString()); !s) {
                undo();
                return Status::fail(QCoreApplication::translate("BackupService", "Cannot write the restored secrets to %1: %2; nothing was changed.")
                                        .arg(m_store.describe(), s.message()));
            }
        }
        return {};
    }
    void undo()
    {
        for (const auto &[key, value] : m_previous)
            (void)(value ? m_store.write(key, *value) : m_store.remove(key));
        m_previous.clear();
    }

private:
    SecretStore &m_store;
    QList<std::pair<QString, std::optional<QString>>> m_previous;
};

bool engineRunsOn(const QString &dbPath)
{
    if (!QFileInfo::exists(dbPath))
        return false;
    // A database this build cannot open as current has no engine of this build on it.
    auto db = Database::openConnection(dbPath);
    return db && sip::readHeartbeat(**db).alive;
}

} // namespace

Result<QStringList> secretKeysInUse(Database &db)
{
    auto trunks = TrunkRepository(db).list();
    if (!trunks)
        return trunks.error();
    auto phones = PhoneAccountRepository(db).list();
    if (!phones)
        return phones.error();
    QStringList keys;
    for (const auto &t : trunks.value())
        keys << sipAccountSecretKey(t.primary.username) << sipAccountSecretKey(t.secondary.username);
    for (const auto &p : phones.value())
        keys << sipAccountSecretKey(p.account.username);
    keys << kUpstreamPasswordKey << kSmtpPasswordKey;
    return keys;
}

std::pair<int, qint64> mediaSize(const QString &dbPath)
{
    qint64 bytes = 0;
    const auto files = collectMedia(dbPath);
    for (const auto &f : files)
        bytes += f.size;
    return {int(files.size()), bytes};
}

Result<Written> writeBackup(Database &db, const QString &outPath, SecretStore *secrets, const QByteArray &passphrase, bool withMedia)
{
    using R = Result<Written>;
    auto bytes = dbcopy::snapshot(db);
    if (!bytes)
        return bytes.error();
    BackupFile file;
    file.database = std::move(bytes).value();
    file.schema = dbcopy::schemaOfFile(file.database);
    file.created = QDateTime::currentSecsSinceEpoch();
    // No media section at all when there are no media: such a backup is what it always was.
    const QList<MediaFile> media = withMedia ? collectMedia(db.path()) : QList<MediaFile>{};
    file.media = !media.isEmpty();
    Written w;
    w.schema = file.schema;
    if (secrets) {
        auto keys = secretKeysInUse(db);
        if (!keys)
            return keys.error();
        QJsonObject found;
        for (const auto &key : keys.value()) {
            if (auto v = secrets->read(key))
                found.insert(key, v.value());
            else if (key != kUpstreamPasswordKey && key != kSmtpPasswordKey) // those two are optional
                w.missing << key;
        }
        w.secrets = int(found.size());
        const Wiped plain{QJsonDocument(found).toJson(QJsonDocument::Compact)};
        auto sealed = seal(plain.bytes, passphrase, header(file, true));
        if (!sealed)
            return sealed.error();
        file.secrets = std::move(sealed).value();
    }
    const QByteArray out = encode(file);
    QSaveFile f(outPath);
    if (!f.open(QIODevice::WriteOnly))
        return R::fail(QCoreApplication::translate("BackupService", "Cannot write backup %1: %2").arg(outPath, f.errorString()),
                       QStringLiteral("out"));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // before a byte is written: HA1s and secrets
    f.write(out);
    if (file.media) {
        auto section = writeMediaSection(f, db.path(), media);
        if (!section) {
            f.cancelWriting();
            return section.error();
        }
        w.mediaFiles = int(media.size());
        w.mediaBytes = *section;
    }
    if (!f.commit())
        return R::fail(QCoreApplication::translate("BackupService", "Cannot write backup %1: %2").arg(outPath, f.errorString()),
                       QStringLiteral("out"));
    w.bytes = out.size() + w.mediaBytes;
    return w;
}

Result<BackupFile> readBackup(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<BackupFile>::fail(QCoreApplication::translate("BackupService", "Cannot read backup %1: %2").arg(path, f.errorString()),
                                        QStringLiteral("file"));
    const auto refused = [&](const QString &why) {
        return Result<BackupFile>::fail(QCoreApplication::translate("BackupService", "%1: %2 Nothing was changed.").arg(path, why), QStringLiteral("file"));
    };
    // With media the file may be far larger than memory: only the part before the media
    // section is read whole; the media are walked (and checked) in chunks.
    QByteArray start = f.read(kHeaderBytes);
    qint64 needed = 0;
    qint64 core = coreLength(start, &needed);
    if (core == 0 && needed > start.size() && needed <= f.size()) {
        start += f.read(needed - start.size());
        core = coreLength(start, &needed);
    }
    const bool media = start.size() >= kHeaderBytes && (quint8(start.at(11)) & 2);
    if (!media || core <= 0 || core > f.size()) {
        f.seek(0);
        auto file = decode(f.readAll());
        if (!file)
            return refused(file.message());
        return file;
    }
    start += f.read(core - start.size());
    auto file = decode(start);
    if (!file)
        return refused(file.message());
    auto files = readMediaSection(f);
    if (!files)
        return refused(files.message());
    file->mediaFiles = std::move(files).value();
    file->sourcePath = QFileInfo(path).absoluteFilePath();
    return file;
}

Result<Restored> restoreBackup(const BackupFile &file, const QString &dbPath, SecretStore *secrets, const QByteArray &passphrase, bool withMedia)
{
    using R = Result<Restored>;
    if (StoreLocation::isPostgres(dbPath))
        return R::fail(QCoreApplication::translate("BackupService", "A backup file restores into an SQLite store; restore a PostgreSQL store with pg_restore. Nothing was changed."),
                       QStringLiteral("db"));
    if (file.schema > Database::latestVersion())
        return R::fail(QCoreApplication::translate("BackupService", "The backup was made by a newer Centrale (schema %1; this one knows up to %2); "
                                                                    "nothing was changed. Restore it with that version or later.")
                           .arg(file.schema)
                           .arg(Database::latestVersion()));
    if (file.schema < 1 || dbcopy::schemaOfFile(file.database) != file.schema)
        return R::fail(QCoreApplication::translate("BackupService",
                                                   "The database in the backup is damaged (not an SQLite file of schema %1); nothing was changed.")
                           .arg(file.schema));

    // Decrypt first: a wrong passphrase must stop the restore before anything moves.
    QJsonObject restoredSecrets;
    if (secrets && file.secrets) {
        auto plain = unseal(*file.secrets, passphrase, header(file, true));
        if (!plain)
            return plain.error();
        const Wiped wiped{plain.value()};
        const auto doc = QJsonDocument::fromJson(wiped.bytes);
        if (!doc.isObject())
            return R::fail(QCoreApplication::translate("BackupService", "The secrets in the backup are damaged; nothing was changed."));
        restoredSecrets = doc.object();
    }

    if (engineRunsOn(dbPath))
        return R::fail(QCoreApplication::translate(
                           "BackupService",
                           "An engine is running on %1; stop it first (systemctl stop centrale-engine, or close the console), then restore again.")
                           .arg(dbPath));

    // The new file is built beside the old one, so the final rename is atomic.
    QDir().mkpath(QFileInfo(dbPath).absolutePath());
    QTemporaryFile tmp(dbPath + QStringLiteral(".restore-XXXXXX")); // 0600
    if (!tmp.open())
        return R::fail(QCoreApplication::translate("BackupService", "Cannot create a file next to %1: %2").arg(dbPath, tmp.errorString()),
                       QStringLiteral("db"));
    const QString candidate = tmp.fileName();
    auto cleanup = qScopeGuard([&] {
        QFile::remove(candidate + QStringLiteral("-wal"));
        QFile::remove(candidate + QStringLiteral("-shm"));
    });
    if (tmp.write(file.database) != file.database.size() || !tmp.flush())
        return R::fail(QCoreApplication::translate("BackupService", "Cannot write %1: %2").arg(candidate, tmp.errorString()), QStringLiteral("db"));
    tmp.close();
    if (auto s = dbcopy::prepareCandidate(candidate, file.schema); !s)
        return s.error();

    // Media files are staged beside their places first; a failure here changes nothing.
    MediaRestore media(file.sourcePath, dbPath);
    const bool restoreMedia = withMedia && file.media && !file.mediaFiles.isEmpty();
    if (restoreMedia)
        if (auto s = media.stage(file.mediaFiles); !s)
            return R::fail(QCoreApplication::translate("BackupService", "%1 Nothing was changed.").arg(s.message()));

    std::optional<SecretsWrite> writes;
    if (secrets) {
        writes.emplace(*secrets);
        if (auto s = writes->apply(restoredSecrets); !s)
            return s.error();
    }
    if (auto s = dbcopy::replace(candidate, dbPath); !s) {
        if (writes)
            writes->undo();
        return s.error();
    }
    tmp.setAutoRemove(false); // it is the database now
    Restored r;
    r.schema = file.schema;
    r.migratedTo = Database::latestVersion();
    r.secrets = int(restoredSecrets.size());
    if (restoreMedia) {
        r.mediaFailed = media.commit();
        r.mediaFiles = int(file.mediaFiles.size() - r.mediaFailed.size());
    }
    return r;
}

} // namespace centrale::backup
