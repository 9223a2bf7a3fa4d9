#include "store/AuditRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace centrale {

Result<QList<AuditEntry>> AuditRepository::select(const QString &where, const QVariantList &bind, const QString &tail)
{
    if (!m_db.auditReady())
        return Result<QList<AuditEntry>>::fail(QCoreApplication::translate("Audit", "This database has no audit log."));
    auto q = m_db.exec(QStringLiteral("SELECT id, at_ms, os_user, interface, object_kind, object_id, object_name, action, before_json, after_json,"
                                      " change_id, group_id, note, COALESCE(undo_of, 0), COALESCE(undone_by, 0) FROM audit_log WHERE change_id IS NOT NULL")
                           + where + tail,
                       bind);
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.atMs = q->value(1).toLongLong();
        e.user = q->value(2).toString();
        e.interface = q->value(3).toString();
        e.kind = q->value(4).toString();
        e.objectId = q->value(5).toString();
        e.name = q->value(6).toString();
        e.action = q->value(7).toString();
        e.before = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q->value(9).toString().toUtf8()).object();
        e.changeId = q->value(10).toLongLong();
        e.groupId = q->value(11).toLongLong();
        e.note = q->value(12).toString();
        e.undoOf = q->value(13).toLongLong();
        e.undoneBy = q->value(14).toLongLong();
        out << e;
    }
    return out;
}

Result<QList<AuditEntry>> AuditRepository::list(const AuditFilter &f)
{
    QString where;
    QVariantList bind;
    if (f.sinceMs > 0) {
        where += QStringLiteral(" AND at_ms >= ?");
        bind << f.sinceMs;
    }
    if (f.untilMs > 0) {
        where += QStringLiteral(" AND at_ms < ?");
        bind << f.untilMs;
    }
    if (!f.kind.isEmpty()) {
        where += QStringLiteral(" AND object_kind = ?");
        bind << f.kind;
    }
    if (!f.object.isEmpty()) {
        QString o = f.object.trimmed();
        where += QStringLiteral(" AND (object_id = ? COLLATE NOCASE OR object_name = ? COLLATE NOCASE OR object_name = ?)");
        bind << o << o << QString(QStringLiteral("+") + o);
    }
    if (!f.interface.isEmpty()) {
        where += QStringLiteral(" AND interface = ?");
        bind << f.interface;
    }
    if (!f.text.trimmed().isEmpty()) {
        where += QStringLiteral(" AND (instr(lower(object_name), ?) > 0 OR instr(lower(object_kind), ?) > 0 OR instr(lower(os_user), ?) > 0"
                                " OR instr(lower(note), ?) > 0 OR instr(lower(COALESCE(before_json, '')), ?) > 0 OR instr(lower(COALESCE(after_json, '')), ?) > 0)");
        const QString t = f.text.trimmed().toLower();
        bind << t << t << t << t << t << t;
    }
    QString tail = QStringLiteral(" ORDER BY id DESC");
    if (f.limit > 0)
        tail += QStringLiteral(" LIMIT %1").arg(f.limit);
    return select(where, bind, tail);
}

Result<AuditEntry> AuditRepository::find(qint64 id)
{
    auto r = select(QStringLiteral(" AND id = ?"), {id}, {});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return Result<AuditEntry>::fail(QCoreApplication::translate("Audit", "There is no audit entry %1.").arg(id), QStringLiteral("id"));
    return r->first();
}

Result<QList<AuditEntry>> AuditRepository::group(qint64 groupId) { return select(QStringLiteral(" AND group_id = ?"), {groupId}, QStringLiteral(" ORDER BY id")); }

} // namespace centrale
