#pragma once
// Undo of one change, or of a whole import: the entries of its group are put back to their
// before state, newest first, in one transaction that the log records as an undo. Refused,
// with the reason, when a later change depends on it (the object changed again, a created
// object is used by something now) or when a password was involved (never kept in the log).
#include "store/AuditEntry.h"
#include "store/Database.h"

namespace centrale {

struct UndoOutcome {
    qint64 group = 0;    // what was undone
    int entries = 0;     // how many entries it had
    qint64 changeId = 0; // the undo's own change in the log
};

class AuditUndo {
public:
    explicit AuditUndo(Database &db) : m_db(db) {}

    // entryId: any entry of the change (or import) to undo.
    Result<UndoOutcome> undo(qint64 entryId);

private:
    Status check(const AuditEntry &e, qint64 group);
    Status revert(const AuditEntry &e);
    Database &m_db;
};

} // namespace centrale
