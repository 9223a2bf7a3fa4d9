#pragma once
// The SQLite database: one connection per Database object (and so per thread), foreign
// keys on, WAL, schema migrated forward by PRAGMA user_version.
#include "util/Result.h"
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <optional>

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

    // Prepares and runs; the error names the statement's purpose, not its SQL. A write
    // outside transaction() runs in a transaction of its own, so the audit log records it
    // (read numRowsAffected()/lastInsertId() inside a transaction() to be exact).
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bind = {});
    // One write for each row of values, prepared once: preparing a write compiles the
    // audit triggers into it, which costs more than the write in a bulk import. On an
    // error, failedRow (when given) says which row; call inside transaction().
    Status execEach(const QString &sql, const QList<QVariantList> &rows, qsizetype *failedRow = nullptr);

    // Audit: the changes of this connection are made by interface ("engine") rather than
    // by the process's AuditContext; empty = the process's.
    void setAuditInterface(const QString &interface) { m_auditInterface = interface; }
    bool auditReady() const { return m_auditReady; }
    // For AuditUndo: the next transaction undoes that group (recorded as such).
    void setUndoTarget(qint64 group) { m_undoOf = group; }
    qint64 lastChangeId() const { return m_lastChangeId; } // of the last committed transaction; 0 = nothing recorded

private:
    explicit Database(QString path, QString connectionName);
    Status migrate(int targetVersion);
    Result<QSqlQuery> execNow(const QString &sql, const QVariantList &bind);
    void detectAudit();
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
    bool m_auditReady = false; // the schema has the audit log
    QString m_auditInterface;
    qint64 m_undoOf = 0;
    qint64 m_lastChangeId = 0;
};

} // namespace centrale
