#include "store/VoicemailRepository.h"
#include "store/RowMapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace centrale {
namespace {

using rows::column;

const rows::RowMap<VoicemailMessage> kMessages{
    column(QStringLiteral("v.id"), &VoicemailMessage::id),
    column(QStringLiteral("v.plan_id"), &VoicemailMessage::planId),
    column(QStringLiteral("COALESCE(p.name, '')"), &VoicemailMessage::planName),
    column(QStringLiteral("v.caller"), &VoicemailMessage::caller),
    column(QStringLiteral("v.called"), &VoicemailMessage::called),
    column(QStringLiteral("v.received_ms"), &VoicemailMessage::receivedMs),
    {QStringLiteral("v.duration_ms"), [](VoicemailMessage &m, const QVariant &v) { m.seconds = v.toLongLong() / 1000.0; }},
    column(QStringLiteral("v.file"), &VoicemailMessage::file),
    column(QStringLiteral("v.call_id"), &VoicemailMessage::callId)};

} // namespace

QString VoicemailRepository::folderFor(const QString &dbPath) { return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("voicemail")); }

QString VoicemailRepository::greetingFolderFor(const QString &dbPath) { return folderFor(dbPath) + QStringLiteral("/greetings"); }

Result<qint64> VoicemailRepository::add(const VoicemailMessage &m)
{
    qint64 id = 0;
    auto s = m_db.transaction([&]() -> Status {
        auto r = m_db.exec(QStringLiteral("INSERT INTO voicemail_messages (plan_id, caller, called, received_ms, duration_ms, file, call_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {m.planId, m.caller, m.called, m.receivedMs, qint64(m.seconds * 1000 + 0.5), m.file, m.callId});
        if (!r)
            return r.error();
        id = r->lastInsertId().toLongLong();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<VoicemailMessage>> VoicemailRepository::list(qint64 planId)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM voicemail_messages v LEFT JOIN call_plans p ON p.id = v.plan_id%2 ORDER BY v.received_ms DESC, v.id DESC")
                           .arg(kMessages.select(), planId ? QStringLiteral(" WHERE v.plan_id = ?") : QString()),
                       planId ? QVariantList{planId} : QVariantList{});
    if (!q)
        return q.error();
    return kMessages.all(q.value());
}

Result<VoicemailMessage> VoicemailRepository::find(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM voicemail_messages v LEFT JOIN call_plans p ON p.id = v.plan_id WHERE v.id = ?").arg(kMessages.select()), {id});
    if (!q)
        return q.error();
    return kMessages.one(q.value(), QCoreApplication::translate("VoicemailRepository", "There is no voicemail message %1.").arg(id), QStringLiteral("id"));
}

Status VoicemailRepository::remove(qint64 id)
{
    auto m = find(id);
    if (!m)
        return m.error();
    auto r = m_db.exec(QStringLiteral("DELETE FROM voicemail_messages WHERE id = ?"), {id});
    if (!r)
        return r.error();
    // The row went first: a file left behind by a crash here is harmless, a row without its file is not.
    const QString path = QDir(folderFor(m_db.path())).filePath(QFileInfo(m->file).fileName());
    if (QFile::exists(path) && !QFile::remove(path))
        return Status::fail(QCoreApplication::translate("VoicemailRepository", "Message %1 is deleted, but its file %2 could not be removed.").arg(id).arg(path));
    return {};
}

} // namespace centrale
