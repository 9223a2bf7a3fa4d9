#include "store/AuditRecorder.h"
#include "store/AuditContext.h"
#include "store/AuditSchema.h"
#include "store/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace centrale::audit {

namespace {

struct Merged {
    QList<qint64> ids;
    QVariant before; // JSON text or null
    QVariant after;
    bool secret = false;
};

QJsonObject parse(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }

QJsonObject withoutMarker(QJsonObject o)
{
    o.remove(QLatin1String(kSecretMarker));
    return o;
}

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

Status deleteIds(Database &db, const QList<qint64> &ids)
{
    // In batches: a rate import leaves thousands of rows that net out.
    for (qsizetype i = 0; i < ids.size(); i += 500) {
        QStringList part;
        for (qsizetype j = i; j < qMin(ids.size(), i + 500); ++j)
            part << QString::number(ids.at(j));
        if (auto r = db.exec(QStringLiteral("DELETE FROM audit_log WHERE id IN (%1)").arg(part.join(QLatin1Char(',')))); !r)
            return r.error();
    }
    return {};
}

} // namespace

Result<qint64> pendingFloor(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<StampResult> stampPending(Database &db, qint64 floor, const QString &connectionInterface, qint64 undoOf)
{
    // Left by someone else (no stamp of theirs will come): their own change, unknown user.
    auto orphans = db.exec(QStringLiteral("SELECT MIN(id) FROM audit_log WHERE change_id IS NULL AND id <= ?"), {floor});
    if (!orphans)
        return orphans.error();
    if (orphans->next() && !orphans->value(0).isNull()) {
        const qint64 first = orphans->value(0).toLongLong();
        if (auto r = db.exec(QStringLiteral("UPDATE audit_log SET change_id = ?, group_id = ?, at_ms = ?, interface = 'external' WHERE change_id IS NULL AND id <= ?"),
                             {first, first, QDateTime::currentMSecsSinceEpoch(), floor});
            !r)
            return r.error();
    }
    auto q = db.exec(QStringLiteral("SELECT id, object_kind, object_id, before_json, after_json FROM audit_log WHERE change_id IS NULL AND id > ? ORDER BY id"), {floor});
    if (!q)
        return q.error();
    QList<Merged> items;
    QHash<QString, qsizetype> index;
    while (q->next()) {
        const QString key = q->value(1).toString() + QLatin1Char('\n') + q->value(2).toString();
        auto it = index.find(key);
        if (it == index.end()) {
            index.insert(key, items.size());
            items.append(Merged{{}, q->value(3), q->value(4), false});
            it = index.find(key);
        }
        Merged &m = items[*it];
        m.ids << q->value(0).toLongLong();
        m.after = q->value(4);
        if (!m.after.isNull() && parse(m.after).contains(QLatin1String(kSecretMarker)))
            m.secret = true;
    }
    if (items.isEmpty())
        return StampResult{};

    QList<qint64> drop;
    qint64 changeId = 0;
    for (const Merged &m : items) {
        const bool created = m.before.isNull(), deleted = m.after.isNull();
        const bool same = (created && deleted) || (!created && !deleted && !m.secret && withoutMarker(parse(m.before)) == withoutMarker(parse(m.after)));
        if (same) {
            drop << m.ids;
            continue;
        }
        // The entry keeps the place of the object's last write, so an undo that runs the
        // entries backwards reverts a link before it deletes what the link points to.
        const qint64 keep = m.ids.last();
        drop << m.ids.mid(0, m.ids.size() - 1);
        changeId = changeId == 0 ? keep : qMin(changeId, keep);
        if (m.ids.size() == 1)
            continue;
        QVariant after = m.after;
        if (!deleted && m.secret) {
            QJsonObject o = parse(m.after);
            o.insert(QLatin1String(kSecretMarker), created ? QStringLiteral("set") : QStringLiteral("changed"));
            after = compact(o);
        }
        const QString action = created ? QStringLiteral("create") : deleted ? QStringLiteral("delete") : QStringLiteral("update");
        if (auto r = db.exec(QStringLiteral("UPDATE audit_log SET before_json = ?, after_json = ?, action = ? WHERE id = ?"), {m.before, after, action, keep}); !r)
            return r.error();
    }
    if (auto s = deleteIds(db, drop); !s)
        return s.error();
    if (changeId == 0)
        return StampResult{};

    const AuditStamp stamp = AuditContext::current();
    const bool grouped = connectionInterface.isEmpty() && stamp.inGroup;
    StampResult result{changeId, grouped && stamp.group == 0};
    const qint64 group = grouped && stamp.group ? stamp.group : changeId;
    if (auto r = db.exec(QStringLiteral("UPDATE audit_log SET change_id = ?, group_id = ?, at_ms = ?, os_user = ?, interface = ?, note = ?, undo_of = ?"
                                        " WHERE change_id IS NULL AND id > ?"),
                         {changeId, group, QDateTime::currentMSecsSinceEpoch(), stamp.user, connectionInterface.isEmpty() ? stamp.interface : connectionInterface,
                          grouped ? stamp.note : QString(), undoOf ? QVariant(undoOf) : QVariant(), floor});
        !r)
        return r.error();
    if (undoOf) {
        // The undone entries point at their undo; when that was itself an undo, what it
        // undid counts again (it can be undone anew).
        if (auto r = db.exec(QStringLiteral("UPDATE audit_log SET undone_by = NULL WHERE group_id IN"
                                            " (SELECT DISTINCT undo_of FROM audit_log WHERE group_id = ? AND undo_of IS NOT NULL)"),
                             {undoOf});
            !r)
            return r.error();
        if (auto r = db.exec(QStringLiteral("UPDATE audit_log SET undone_by = ? WHERE group_id = ?"), {changeId, undoOf}); !r)
            return r.error();
    }
    return result;
}

Status recordSecretChange(Database &db, const QString &name)
{
    return db.transaction([&]() -> Status {
        auto r = db.exec(QStringLiteral("INSERT INTO audit_log (object_kind, object_id, object_name, action, before_json, after_json)"
                                        " VALUES ('secret', ?, ?, 'update', '{}', ?)"),
                         {name, name, QStringLiteral("{\"%1\":\"changed\"}").arg(QLatin1String(kSecretMarker))});
        return r ? Status{} : Status(r.error());
    });
}

} // namespace centrale::audit
