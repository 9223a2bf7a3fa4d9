#pragma once
// Turns the rows the audit triggers left in this transaction into one stamped change:
// rows of the same object merge (a trunk edit that unlinks and relinks a number is one
// entry, or none when nothing changed), then who/where/when from the AuditContext.
// Database::transaction calls this just before its commit, so the log commits or rolls
// back with the change it describes.
#include "util/Result.h"
#include <QString>

namespace centrale {

class Database;

struct StampResult {
    qint64 changeId = 0; // 0: nothing was recorded
    bool startsGroup = false; // the first change of an open AuditGroup
};

namespace audit {

// The newest entry id before this transaction wrote anything: rows older than that which
// are still unstamped were left by a writer outside Centrale (the sqlite3 shell), and
// become a change of their own ("external") instead of part of this one.
Result<qint64> pendingFloor(Database &db);

// connectionInterface overrides the process's interface (the engine's connections);
// undoOf marks the change as the undo of that group.
Result<StampResult> stampPending(Database &db, qint64 floor, const QString &connectionInterface, qint64 undoOf);

// A password kept outside the database (keychain) changed: recorded as "changed" only.
Status recordSecretChange(Database &db, const QString &name);

} // namespace audit
} // namespace centrale
