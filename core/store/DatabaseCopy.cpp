#include "store/DatabaseCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUuid>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace centrale::dbcopy {

namespace {

// A plain connection without Database::open's migration: for files that may be older,
// damaged or about to be replaced.
class RawConnection {
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("centrale-copy-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    bool isOpen() const { return m_open; }
    // All rows' first column, or nothing when the statement fails.
    std::optional<QStringList> column(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return std::nullopt;
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    std::optional<QList<int>> row(const QString &sql, int columns)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return std::nullopt;
        QList<int> out;
        for (int i = 0; i < columns; ++i)
            out << q.value(i).toInt();
        return out;
    }

private:
    QString m_name;
    bool m_open = false;
};

bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

// VACUUM INTO rather than the sqlite3_backup API: it is plain SQL through QtSql (no
// second link to libsqlite3 that must match the one the QSQLITE plugin loaded), it reads
// inside one transaction and so gives a consistent snapshot of a WAL database while the
// engine keeps writing (writers are never blocked), and the copy comes out compacted.
// The backup API would restart its copy whenever another connection writes.
Result<QByteArray> snapshot(Database &db)
{
    if (db.isPostgres())
        // A server database is backed up by the server's own tools, consistently and
        // without holding its data in this process.
        return Result<QByteArray>::fail(QCoreApplication::translate(
            "DatabaseCopy", "Backups of a PostgreSQL store are made with pg_dump (the secrets file still comes from centralectl backup on a SQLite store); nothing was written."));
    QTemporaryDir dir; // 0700: the copy holds HA1 digests
    if (!dir.isValid())
        return Result<QByteArray>::fail(
            QCoreApplication::translate("DatabaseCopy", "Cannot create a temporary folder for the backup: %1").arg(dir.errorString()));
    const QString file = dir.filePath(QStringLiteral("snapshot.sqlite"));
    if (auto r = db.exec(QStringLiteral("VACUUM INTO ?"), {file}); !r)
        return Result<QByteArray>::fail(QCoreApplication::translate("DatabaseCopy", "Cannot copy database %1: %2").arg(db.path(), r.message()));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::fail(QCoreApplication::translate("DatabaseCopy", "Cannot read the database copy: %1").arg(f.errorString()));
    return f.readAll();
}

int schemaOfFile(const QByteArray &sqliteFile)
{
    // SQLite file header: the user version is the big-endian 32-bit integer at offset 60.
    if (sqliteFile.size() < 100 || !sqliteFile.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return -1;
    const auto *b = reinterpret_cast<const uchar *>(sqliteFile.constData() + 60);
    return int((quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]));
}

Status prepareCandidate(const QString &path, int expectedSchema)
{
    const QString damaged = QCoreApplication::translate("DatabaseCopy", "The database in the backup is damaged (%1); nothing was changed.");
    {
        RawConnection c(path);
        if (!c.isOpen())
            return Status::fail(damaged.arg(QCoreApplication::translate("DatabaseCopy", "it cannot be opened")));
        const auto check = c.column(QStringLiteral("PRAGMA integrity_check"));
        if (!check || *check != QStringList{QStringLiteral("ok")})
            return Status::fail(
                damaged.arg(check && !check->isEmpty() ? check->first() : QCoreApplication::translate("DatabaseCopy", "integrity check failed")));
        const auto version = c.row(QStringLiteral("PRAGMA user_version"), 1);
        if (!version || version->first() != expectedSchema)
            return Status::fail(damaged.arg(QCoreApplication::translate("DatabaseCopy", "its schema version differs from the header")));
        const auto tables =
            c.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('settings', 'trunks', 'sip_accounts')"));
        if (!tables || tables->size() != 3)
            return Status::fail(damaged.arg(QCoreApplication::translate("DatabaseCopy", "it is not a Centrale database")));
    }
    // An older backup is brought up to this build's schema before it goes live.
    auto db = Database::open(path);
    if (!db)
        return db.error();
    // The engine that ran when the snapshot was taken is not running on the restored copy.
    if (auto r = (*db)->exec(QStringLiteral("DELETE FROM engine_state")); !r)
        return r.error();
    return {};
}

Status replace(const QString &candidate, const QString &target)
{
    if (QFileInfo::exists(target)) {
        RawConnection c(target);
        // Fold the WAL into the main file and empty it: a WAL left beside the new file
        // would be replayed into it.
        const auto cp = c.isOpen() ? c.row(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), 3) : std::nullopt;
        if (cp && cp->at(0) != 0)
            return Status::fail(
                QCoreApplication::translate("DatabaseCopy",
                                            "Database %1 is in use by another program; stop the engine and close the console, then restore again.")
                    .arg(target));
    }
    if (QFileInfo(target + QStringLiteral("-wal")).size() > 0)
        return Status::fail(
            QCoreApplication::translate("DatabaseCopy",
                                        "Database %1 is in use by another program; stop the engine and close the console, then restore again.")
                .arg(target));
    if (!syncPath(candidate, O_RDONLY))
        return Status::fail(QCoreApplication::translate("DatabaseCopy", "Cannot write the restored database %1.").arg(candidate));
    if (std::rename(QFile::encodeName(candidate).constData(), QFile::encodeName(target).constData()) != 0)
        return Status::fail(QCoreApplication::translate("DatabaseCopy", "Cannot move the restored database to %1: %2")
                                .arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    syncPath(QFileInfo(target).absolutePath(), O_RDONLY | O_DIRECTORY); // the rename itself survives a crash
    return {};
}

} // namespace centrale::dbcopy
