#pragma once
// One recorded change of one object, as the History page and `centralectl audit` show it.
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace centrale {

struct AuditEntry {
    qint64 id = 0;
    qint64 atMs = 0; // UTC
    QString user;      // OS account
    QString interface; // console, cli, import, engine, external (another program wrote the database), other
    QString kind;      // trunk, sip_account, phone, callplan, number, setting, rate, fraud_block, blocked_source, secret
    QString objectId;  // primary key (trunk id, number digits, setting key ...)
    QString name;      // what a person calls it
    QString action;    // create, update, delete
    QJsonObject before, after; // empty for create/delete respectively; secrets only as "changed"
    qint64 changeId = 0; // one transaction
    qint64 groupId = 0;  // the undo unit: the change, or a whole import
    QString note;        // the group's label (an import's file)
    qint64 undoOf = 0;   // this change undid that group
    qint64 undoneBy = 0; // this entry was undone by that change

    bool secretChanged() const; // a password was set or changed here
    // "channels: 4 → 2", "password: changed"; for create/delete a one-word summary.
    QStringList changes() const;
    QJsonObject toJson() const;
};

struct AuditFilter {
    qint64 sinceMs = 0;   // at or after; 0 = any
    qint64 untilMs = 0;   // before; 0 = any
    QString kind;         // object kind, empty = all
    QString object;       // object id or name within kind (case-insensitive), empty = all
    QString interface;    // empty = all
    QString text;         // substring of name, kind, user, note or values
    int limit = 5000;     // newest first; 0 or less = no limit
};

namespace audit {
QString kindLabel(const QString &kind);          // translated: "trunk", "phone account" ...
QString actionLabel(const QString &action);      // translated: "created" ...
QString interfaceLabel(const QString &interface); // translated: "console" ...
QStringList kinds();                              // every kind the log records
} // namespace audit

} // namespace centrale
