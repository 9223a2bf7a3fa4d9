#pragma once
// Where the store lives: an SQLite file (the embedded default) or a PostgreSQL database
// given as postgresql://user@host:port/dbname[?host=/socket/dir&sslmode=...]. The string
// is what --db, CENTRALE_DB and every worker thread pass around; only this parses it.
#include "util/Result.h"
#include <QString>

namespace centrale {

enum class StoreBackend { Sqlite, Postgres };

struct StoreLocation {
    StoreBackend backend = StoreBackend::Sqlite;
    QString path; // SQLite file
    // PostgreSQL (the password is never part of it: libpq reads PGPASSFILE or ~/.pgpass).
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QString options; // QPSQL connect options, "sslmode=require;connect_timeout=5"

    static bool isPostgres(const QString &location);
    static Result<StoreLocation> parse(const QString &location);
    // For messages: never holds a secret.
    QString display() const;
    // Where files that belong beside the store go (traces, provisioning certificates):
    // the SQLite file's folder, or the per-user data folder for PostgreSQL.
    static QString dataFolder(const QString &location);
};

} // namespace centrale
