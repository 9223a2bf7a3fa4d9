#pragma once
// Which tables the audit log watches and how one row of each reads as JSON. The same
// description drives the migration's triggers (which record every write, whoever makes
// it), the current-state check before an undo, and the undo's restore statements.
#include <QList>
#include <QString>
#include <QStringList>

namespace centrale::audit {

struct Reference {
    QString table;  // a table whose rows point at the audited one
    QString column; // the pointing column
    QString kind;   // audit kind of the pointing rows
};

struct AuditedTable {
    QString table;
    QString kind;          // object kind in the log: trunk, number, callplan ...
    QString key;           // primary key column: the object id in the log
    QStringList columns;   // recorded columns (key included), never the secret
    QStringList jsonColumns; // text columns holding JSON, recorded as nested JSON
    QString secret;        // a column never recorded: "password": "changed" instead
    QString nameExpr;      // display name, %1 = row alias
    QList<Reference> references;
};

inline constexpr auto kSecretMarker = "password"; // the key a changed secret shows under

const QList<AuditedTable> &auditedTables();
const AuditedTable *tableForKind(const QString &kind);

// json_object(...) of one row; alias is NEW, OLD or the table name.
QString stateJson(const AuditedTable &t, const QString &alias);
QString displayName(const AuditedTable &t, const QString &alias);

// The migration step that adds the log and its triggers (self-contained, see Migrations.cpp).
QStringList schemaStatements();
// Migration 8: the recording columns of trunks and phone accounts join their triggers.
QStringList recordingStatements();

} // namespace centrale::audit
