#pragma once
// Who is writing, for the audit log: set once per process (the console says "console",
// centralectl "cli"), so no caller passes it around. A connection may speak for someone
// else (the engine's own connections say "engine"; see Database::setAuditInterface).
// An AuditGroup makes every change while it lives one undoable unit (an import).
#include <QString>

namespace centrale {

struct AuditStamp {
    QString user;
    QString interface;
    QString note;     // the open group's label, else empty
    qint64 group = 0; // the open group's id; 0 = none yet (the first change's id becomes it)
    bool inGroup = false;
};

class AuditContext {
public:
    static void setInterface(const QString &interface); // "console", "cli", ...
    static AuditStamp current();
    static QString osUser();
    // After a grouped change committed: later changes of the group share its id.
    static void adoptGroupId(qint64 id);

private:
    friend class AuditGroup;
    static void openGroup(const QString &interface, const QString &note);
    static void closeGroup();
};

class AuditGroup {
public:
    // interface defaults to "import"; note says what (e.g. "rates import prices.csv").
    explicit AuditGroup(const QString &note, const QString &interface = QStringLiteral("import"));
    ~AuditGroup();
    AuditGroup(const AuditGroup &) = delete;
    AuditGroup &operator=(const AuditGroup &) = delete;
};

} // namespace centrale
