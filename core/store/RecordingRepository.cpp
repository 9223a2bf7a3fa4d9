#include "store/RecordingRepository.h"
#include "store/RowMapping.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>

namespace centrale {

namespace {

using rows::column;

const rows::RowMap<Recording> kRecordings{
    column(QStringLiteral("id"), &Recording::id),
    column(QStringLiteral("call_id"), &Recording::callId),
    column(QStringLiteral("started_ms"), &Recording::startedMs),
    column(QStringLiteral("ended_ms"), &Recording::endedMs),
    column(QStringLiteral("direction"), &Recording::direction),
    column(QStringLiteral("caller"), &Recording::caller),
    column(QStringLiteral("callee"), &Recording::callee),
    column(QStringLiteral("account"), &Recording::account),
    column(QStringLiteral("owner"), &Recording::owner),
    column(QStringLiteral("duration_ms"), &Recording::durationMs),
    column(QStringLiteral("file"), &Recording::file),
    {QStringLiteral("direction_files"), [](Recording &r, const QVariant &v) { r.directionFiles = v.toString().split(QLatin1Char('|'), Qt::SkipEmptyParts); }},
    column(QStringLiteral("expires_ms"), &Recording::expiresMs)};

RecordingPolicy policyFromRow(const QSqlQuery &q, int first)
{
    RecordingPolicy p;
    p.retention = q.value(first).toString();
    if (!q.value(first + 1).isNull())
        p.announce = q.value(first + 1).toInt() != 0;
    return p;
}

} // namespace

Status RecordingRepository::add(const Recording &r)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO recordings (call_id, started_ms, ended_ms, direction, caller, callee, account, owner, duration_ms, file,"
                                      " direction_files, expires_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {r.callId, r.startedMs, r.endedMs, r.direction, r.caller, r.callee, r.account, r.owner, r.durationMs, r.file,
                        r.directionFiles.join(QLatin1Char('|')), r.expiresMs});
    return q ? Status{} : q.error();
}

Result<QList<Recording>> RecordingRepository::list(qint64 fromMs, qint64 toMs)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM recordings WHERE started_ms >= ? AND started_ms < ? ORDER BY started_ms, id").arg(kRecordings.select()), {fromMs, toMs});
    if (!q)
        return q.error();
    return kRecordings.all(q.value());
}

Result<QList<Recording>> RecordingRepository::expired(qint64 nowMs)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM recordings WHERE expires_ms <= ? ORDER BY expires_ms, id").arg(kRecordings.select()), {nowMs});
    if (!q)
        return q.error();
    return kRecordings.all(q.value());
}

Status RecordingRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM recordings WHERE id = ?"), {id});
    return q ? Status{} : q.error();
}

Result<QStringList> RecordingRepository::recordedCalls(const QStringList &callIds)
{
    QStringList out;
    // In slices: SQLite limits the number of bound parameters.
    for (qsizetype i = 0; i < callIds.size(); i += 500) {
        const QStringList slice = callIds.mid(i, 500);
        QVariantList bind;
        for (const auto &id : slice)
            bind << id;
        QStringList marks(slice.size(), QStringLiteral("?"));
        auto q = m_db.exec(QStringLiteral("SELECT DISTINCT call_id FROM recordings WHERE call_id IN (%1)").arg(marks.join(QLatin1Char(','))), bind);
        if (!q)
            return q.error();
        while (q->next())
            out << q->value(0).toString();
    }
    return out;
}

Status RecordingRepository::set(const QString &table, const QString &keyColumn, const QString &key, const QString &label, const RecordingPolicy &p, bool replace)
{
    if (!p.retention.isEmpty())
        if (auto s = recording::checkRetention(p.retention); !s)
            return s;
    return m_db.transaction([&]() -> Status {
        auto found = m_db.exec(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table, keyColumn), {key});
        if (!found)
            return found.error();
        if (!found->next())
            return Status::fail(label, table == QLatin1String("trunks") ? QStringLiteral("trunk") : QStringLiteral("phone"));
        QStringList sets;
        QVariantList bind;
        if (replace || !p.retention.isEmpty()) {
            sets << QStringLiteral("recording_retention = ?");
            bind << (p.retention.isEmpty() ? QVariant() : QVariant(p.retention)); // NULL: the default
        }
        if (replace || p.announce.has_value()) {
            sets << QStringLiteral("recording_announce = ?");
            bind << (p.announce.has_value() ? QVariant(*p.announce ? 1 : 0) : QVariant());
        }
        if (sets.isEmpty())
            return {};
        bind << key;
        auto u = m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(table, sets.join(QStringLiteral(", ")), keyColumn), bind);
        return u ? Status{} : u.error();
    });
}

Status RecordingRepository::setTrunk(const QString &name, const RecordingPolicy &p, bool replace)
{
    return set(QStringLiteral("trunks"), QStringLiteral("name"), name, QCoreApplication::translate("Recording", "No trunk named \"%1\".").arg(name), p, replace);
}

Status RecordingRepository::setPhone(const QString &digits, const RecordingPolicy &p, bool replace)
{
    return set(QStringLiteral("phone_accounts"), QStringLiteral("number"), digits, QCoreApplication::translate("Recording", "No phone account +%1.").arg(digits), p, replace);
}

Result<RecordingPolicy> RecordingRepository::get(const QString &table, const QString &keyColumn, const QString &key, const QString &label)
{
    auto q = m_db.exec(QStringLiteral("SELECT recording_retention, recording_announce FROM %1 WHERE %2 = ?").arg(table, keyColumn), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<RecordingPolicy>::fail(label);
    return policyFromRow(*q, 0);
}

Result<RecordingPolicy> RecordingRepository::trunk(const QString &name)
{
    return get(QStringLiteral("trunks"), QStringLiteral("name"), name, QCoreApplication::translate("Recording", "No trunk named \"%1\".").arg(name));
}

Result<RecordingPolicy> RecordingRepository::phone(const QString &digits)
{
    return get(QStringLiteral("phone_accounts"), QStringLiteral("number"), digits, QCoreApplication::translate("Recording", "No phone account +%1.").arg(digits));
}

Result<QList<RecordingOwner>> RecordingRepository::owners()
{
    auto q = m_db.exec(QStringLiteral("SELECT 'trunk', name, recording_retention, recording_announce FROM trunks"
                                      " UNION ALL SELECT 'phone', '+' || number, recording_retention, recording_announce FROM phone_accounts ORDER BY 1 DESC, 2"));
    if (!q)
        return q.error();
    QList<RecordingOwner> out;
    while (q->next())
        out << RecordingOwner{q->value(0).toString(), q->value(1).toString(), policyFromRow(*q, 2)};
    return out;
}

Result<QHash<QString, RecordingPolicy>> RecordingRepository::byPolicyKey()
{
    auto q = m_db.exec(QStringLiteral("SELECT 'trunk:' || id, recording_retention, recording_announce FROM trunks"
                                      " UNION ALL SELECT 'phone:' || id, recording_retention, recording_announce FROM phone_accounts"));
    if (!q)
        return q.error();
    QHash<QString, RecordingPolicy> out;
    while (q->next())
        out.insert(q->value(0).toString(), policyFromRow(*q, 1));
    return out;
}

RecordingPolicy RecordingRepository::defaults()
{
    SettingsRepository settings(m_db);
    RecordingPolicy p;
    p.retention = settings.get(QLatin1String(settingkeys::kRecordingRetention));
    p.announce = settings.get(QLatin1String(settingkeys::kRecordingAnnounce)) == QLatin1String("1");
    return p;
}

} // namespace centrale
