#include "store/AuditUndo.h"
#include "store/AuditRepository.h"
#include "store/AuditSchema.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace centrale {

namespace {

QString object(const AuditEntry &e) { return QStringLiteral("%1 \"%2\"").arg(audit::kindLabel(e.kind), e.name); }

QJsonObject withoutMarker(QJsonObject o)
{
    o.remove(QLatin1String(audit::kSecretMarker));
    return o;
}

QString jsonText(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// A column's value from the before state, as SQLite had it (JSON text columns as text).
QString extract(const QString &column) { return QStringLiteral("json_extract(?, '$.%1')").arg(column); }

} // namespace

Result<UndoOutcome> AuditUndo::undo(qint64 entryId)
{
    using R = Result<UndoOutcome>;
    AuditRepository log(m_db);
    auto entry = log.find(entryId);
    if (!entry)
        return entry.error();
    const qint64 group = entry->groupId;
    auto entries = log.group(group);
    if (!entries)
        return entries.error();
    for (const auto &e : *entries)
        if (e.undoneBy)
            return R::fail(QCoreApplication::translate("Audit", "Change %1 was already undone (by change %2).").arg(group).arg(e.undoneBy), QStringLiteral("id"));

    m_db.setUndoTarget(group);
    auto s = m_db.transaction([&]() -> Status {
        // Every check first, against the state as it is now; then the restore, newest first.
        for (const auto &e : *entries)
            if (auto c = check(e, group); !c)
                return c;
        // Restored rows may point at rows restored after them (a number at its call plan).
        if (auto r = m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !r)
            return r.error();
        for (auto it = entries->crbegin(); it != entries->crend(); ++it)
            if (auto r = revert(*it); !r)
                return r;
        return {};
    });
    m_db.setUndoTarget(0);
    if (!s) {
        // A deferred foreign key fails at commit; say what that means here.
        if (s.message().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive))
            return R::fail(QCoreApplication::translate("Audit", "Undo refused: what change %1 points at no longer exists (a later change removed it); nothing was changed.").arg(group),
                           QStringLiteral("id"));
        return s.error();
    }
    return UndoOutcome{group, int(entries->size()), m_db.lastChangeId()};
}

Status AuditUndo::check(const AuditEntry &e, qint64 group)
{
    const audit::AuditedTable *t = audit::tableForKind(e.kind);
    if (!t || e.secretChanged())
        return Status::fail(QCoreApplication::translate("Audit", "Undo refused: change %1 set a new password for %2. Passwords are never kept in the audit log, so the old one cannot be restored; "
                               "set the password again instead.")
                                .arg(group)
                                .arg(object(e)),
                            QStringLiteral("id"));
    if (e.action == QLatin1String("delete") && !t->secret.isEmpty())
        return Status::fail(QCoreApplication::translate("Audit", "Undo refused: change %1 deleted %2, whose password is never kept in the audit log, so it cannot be re-created; "
                               "add it again instead.")
                                .arg(group)
                                .arg(object(e)),
                            QStringLiteral("id"));

    // A later change of the same object that still stands (not undone itself, and not the
    // undo of something that came after this change).
    auto later = m_db.exec(QStringLiteral("SELECT group_id FROM audit_log WHERE object_kind = ? AND object_id = ? AND id > ? AND group_id <> ?"
                                          " AND change_id IS NOT NULL AND undone_by IS NULL AND NOT (undo_of IS NOT NULL AND undo_of > ?) ORDER BY id LIMIT 1"),
                           {e.kind, e.objectId, e.id, group, group});
    if (!later)
        return later.error();
    if (later->next())
        return Status::fail(QCoreApplication::translate("Audit", "Undo refused: %1 was changed again later (change %2); undo that change first.").arg(object(e)).arg(later->value(0).toLongLong()),
                            QStringLiteral("id"));

    auto now = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %2.%3 = ?").arg(audit::stateJson(*t, t->table), t->table, t->key), {e.objectId});
    if (!now)
        return now.error();
    const bool exists = now->next();
    const bool shouldExist = e.action != QLatin1String("delete");
    if (exists && !shouldExist)
        return Status::fail(QCoreApplication::translate("Audit", "Undo refused: %1 exists again since it was deleted.").arg(object(e)), QStringLiteral("id"));
    if (!exists && shouldExist)
        return Status::fail(QCoreApplication::translate("Audit", "Undo refused: %1 has been deleted since.").arg(object(e)), QStringLiteral("id"));
    if (exists && withoutMarker(QJsonDocument::fromJson(now->value(0).toString().toUtf8()).object()) != withoutMarker(e.after))
        return Status::fail(QCoreApplication::translate("Audit", "Undo refused: %1 has been changed since in a way the log did not record.").arg(object(e)), QStringLiteral("id"));

    if (e.action == QLatin1String("create")) {
        // Removing what it created must not take along, or unlink, what was added since.
        for (const auto &ref : t->references) {
            auto q = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(audit::displayName(*audit::tableForKind(ref.kind), ref.table), ref.table, ref.column),
                               {e.objectId});
            if (!q)
                return q.error();
            while (q->next()) {
                // Its own parts (the trunk's accounts and numbers in the same change) go with it.
                auto own = m_db.exec(QStringLiteral("SELECT 1 FROM audit_log WHERE group_id = ? AND object_kind = ? AND object_name = ?"), {group, ref.kind, q->value(0)});
                if (!own)
                    return own.error();
                if (own->next())
                    continue;
                return Status::fail(QCoreApplication::translate("Audit", "Undo refused: %1 is used by %2 \"%3\" now; change or undo that first.").arg(object(e), audit::kindLabel(ref.kind), q->value(0).toString()),
                                    QStringLiteral("id"));
            }
        }
    }
    return {};
}

Status AuditUndo::revert(const AuditEntry &e)
{
    const audit::AuditedTable *t = audit::tableForKind(e.kind);
    Result<QSqlQuery> r = Result<QSqlQuery>::fail(QString());
    if (e.action == QLatin1String("create")) {
        r = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(t->table, t->key), {e.objectId});
    } else {
        const QString before = jsonText(e.before);
        QStringList values, sets;
        QVariantList bind;
        for (const auto &c : t->columns) {
            values << extract(c);
            if (c != t->key)
                sets << QStringLiteral("%1 = %2").arg(c, extract(c));
        }
        if (e.action == QLatin1String("delete")) {
            for (int i = 0; i < t->columns.size(); ++i)
                bind << before;
            r = m_db.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(t->table, t->columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", "))), bind);
        } else {
            for (int i = 0; i < sets.size(); ++i)
                bind << before;
            bind << e.objectId;
            r = m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(t->table, sets.join(QStringLiteral(", ")), t->key), bind);
        }
    }
    if (!r)
        return Status::fail(QCoreApplication::translate("Audit", "Undo refused: %1 cannot be restored, it conflicts with the current data (%2); nothing was changed.").arg(object(e), r.message()),
                            QStringLiteral("id"));
    return {};
}

} // namespace centrale
