#pragma once
// The SQLite database: one connection per Database object (and so per thread), foreign
// keys on, WAL, schema migrated forward by PRAGMA user_version.
#include "util/Result.h"
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>

namespace centrale {

class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when absent) and migrates to the latest schema. targetVersion
    // stops early; tests use it to build a database as an older release left it.
    static Result<std::unique_ptr<Database>> open(const QString &path, int targetVersion = -1);
    // Another connection to a database that open() already checked and migrated in this
    // process (for worker threads): no integrity scan, which takes long on a big database.
    static Result<std::unique_ptr<Database>> openConnection(const QString &path);
    static int latestVersion();
    static QString defaultPath(); // per-user data dir

    int schemaVersion();
    QString path() const { return m_path; }
    QSqlDatabase &connection() { return m_db; }

    // One user action = one transaction: commits when body succeeds, else rolls back.
    Status transaction(const std::function<Status()> &body);

    // Prepares and runs; the error names the statement's purpose, not its SQL.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bind = {});

private:
    explicit Database(QString path, QString connectionName);
    Status migrate(int targetVersion);
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
};

} // namespace centrale
