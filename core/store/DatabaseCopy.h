#pragma once
// Whole-file copies of the database for backup and restore: a consistent snapshot of a
// database in use, the checks a restored copy must pass, and the atomic swap.
#include "store/Database.h"
#include <QByteArray>

namespace centrale::dbcopy {

// The bytes of an SQLite file holding a consistent snapshot of db, taken while other
// connections (a running engine) keep reading and writing.
Result<QByteArray> snapshot(Database &db);

// The schema version (PRAGMA user_version) stored in an SQLite file's header.
int schemaOfFile(const QByteArray &sqliteFile);

// Checks a database file a restore is about to put in place (integrity_check, the
// schema it claims, Centrale's tables), migrates it to this build's schema and drops
// the live state of the engine that was running when the snapshot was taken.
Status prepareCandidate(const QString &path, int expectedSchema);

// Moves candidate over target in one rename, after folding target's write-ahead log
// into it; refuses when another program still has target open for writing.
Status replace(const QString &candidate, const QString &target);

} // namespace centrale::dbcopy
