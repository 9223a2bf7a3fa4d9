#pragma once
// The one place that knows how PostgreSQL differs from SQLite. Migrations and
// repositories are written once, in SQLite's SQL; on PostgreSQL every statement passes
// through translate() (cached per connection) before it runs.
//
// How to write a portable migration (or repository statement):
//  - Write plain SQLite SQL as before: one statement per list entry, INTEGER for whole
//    numbers (becomes BIGINT: times are milliseconds), TEXT, REAL, BLOB, `id INTEGER
//    PRIMARY KEY` for a generated key (becomes BIGSERIAL; read it back with
//    Database::insertedId, not QSqlQuery::lastInsertId). Insert explicit ids only to
//    restore rows that had them (the sequence does not move).
//  - Fine on both, translated when needed: COLLATE NOCASE, GLOB in CHECKs, INSERT OR
//    IGNORE / OR REPLACE (with a column list; the conflict target is the primary key),
//    ON CONFLICT(...) DO UPDATE, `x IS NOT y`, LIKE (case-insensitive on both),
//    group_concat, instr, ifnull, json_object / json_set / json_valid / json_extract(?,
//    '$.col'), sqlite_master lookups by type and name, PRAGMA user_version.
//  - Triggers: `CREATE TRIGGER name BEFORE|AFTER INSERT|UPDATE|DELETE ON table [WHEN cond]
//    BEGIN stmt; [stmt; ...] END` with NEW./OLD. references: becomes a PL/pgSQL function
//    and a FOR EACH ROW trigger. Keep one trigger per event (no "INSERT OR UPDATE").
//  - Not translated, so not allowed in shared SQL: strftime/datetime/julianday (store
//    times as integer milliseconds computed in C++), rowid, typeof, scalar MAX(a, b),
//    ATTACH, VACUUM, sqlite_* functions, double-quoted string literals, a bare integer
//    column used as a condition (write `reachable = 1`, not `WHERE reachable`),
//    selecting a column that is neither grouped nor aggregated.
//  - Statements that run inside transaction(): a failing statement aborts a PostgreSQL
//    transaction, so never "try and continue" inside one.
#include "store/StoreLocation.h"
#include <QHash>
#include <QStringList>
#include <functional>

namespace centrale {

class SqlDialect {
public:
    explicit SqlDialect(StoreBackend backend) : m_backend(backend) {}
    StoreBackend backend() const { return m_backend; }
    bool postgres() const { return m_backend == StoreBackend::Postgres; }

    // Primary key columns of a table (for INSERT OR REPLACE on PostgreSQL).
    using KeyLookup = std::function<QStringList(const QString &table)>;
    // The statements that do on this backend what the SQLite statement does (usually one).
    QStringList translate(const QString &sqliteSql, const KeyLookup &keys);

    // Starts a write transaction that excludes every other writer, as SQLite's BEGIN
    // IMMEDIATE does (the audit log's pending rows and the engine's single-writer rule
    // rely on it): on PostgreSQL a transaction-scoped advisory lock.
    QStringList beginWrite() const;
    // Run once before the first migration (idempotent): the schema version table and the
    // helpers translated SQL uses (collation nocase, json_valid, json_set).
    static QStringList postgresBootstrap();
    // Session lock that serialises migrations of several processes starting at once.
    static QString migrationLock() { return QStringLiteral("SELECT pg_advisory_lock(7234001)"); }
    static QString migrationUnlock() { return QStringLiteral("SELECT pg_advisory_unlock(7234001)"); }

private:
    QString rewrite(QString sql, const KeyLookup &keys) const;
    StoreBackend m_backend;
    QHash<QString, QStringList> m_cache;
};

} // namespace centrale
