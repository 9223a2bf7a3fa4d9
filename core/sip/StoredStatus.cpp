#include "sip/StoredStatus.h"

#include <QDateTime>
#include <QJsonDocument>

namespace centrale::sip {

Result<QList<AccountStatus>> readStoredStatus(Database &db)
{
    auto q = db.exec(QStringLiteral(
                         "SELECT s.id, s.username, s.role, COALESCE(t.name, p.number) AS owner, b.contact, b.source, b.user_agent, b.expires_at,"
                         " b.reachable, (SELECT count(*) FROM bindings c WHERE c.account_id = s.id AND c.expires_at > ?)"
                         " FROM sip_accounts s LEFT JOIN trunks t ON t.id = s.trunk_id LEFT JOIN phone_accounts p ON p.id = s.phone_account_id"
                         " LEFT JOIN bindings b ON b.account_id = s.id AND b.expires_at > ?"
                         " ORDER BY owner, CASE s.role WHEN 'primary' THEN 0 WHEN 'secondary' THEN 1 ELSE 2 END, s.id, b.reachable DESC, b.expires_at DESC"),
                     {QDateTime::currentSecsSinceEpoch(), QDateTime::currentSecsSinceEpoch()});
    if (!q)
        return q.error();
    QList<AccountStatus> out;
    qint64 last = -1;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id == last)
            continue; // one row per account: its best binding
        last = id;
        AccountStatus s;
        s.account = q->value(1).toString();
        s.role = q->value(2).toString();
        s.owner = q->value(3).toString();
        if (!q->value(4).isNull()) {
            s.state = q->value(8).toBool() ? RegistrationState::Registered : RegistrationState::Unreachable;
            s.contact = q->value(4).toString();
            s.source = q->value(5).toString();
            s.userAgent = q->value(6).toString();
            s.expires = QDateTime::fromSecsSinceEpoch(q->value(7).toLongLong(), Qt::UTC);
            s.bindings = q->value(9).toInt();
        }
        out << s;
    }
    return out;
}

EngineHeartbeat readHeartbeat(Database &db)
{
    EngineHeartbeat h;
    auto q = db.exec(QStringLiteral("SELECT pid, listen, heartbeat, upstream FROM engine_state WHERE id = 1"));
    if (q && q->next()) {
        h.pid = q->value(0).toLongLong();
        h.listen = q->value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        h.alive = QDateTime::currentSecsSinceEpoch() - q->value(2).toLongLong() <= 6;
        h.upstream = upstreamFromJson(QJsonDocument::fromJson(q->value(3).toByteArray()).object());
    }
    return h;
}

DatabaseStatusFeed::DatabaseStatusFeed(QString dbPath, QObject *parent) : StatusFeed(parent), m_path(std::move(dbPath))
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseStatusFeed::poll);
    m_timer.start();
    poll();
}

void DatabaseStatusFeed::poll()
{
    if (!m_db) {
        auto db = Database::open(m_path);
        if (!db)
            return;
        m_db = std::move(db).value();
    }
    const auto beat = readHeartbeat(*m_db);
    const bool upstreamChanged = !(beat.upstream == m_heartbeat.upstream) || beat.alive != m_heartbeat.alive;
    if (beat.alive != m_heartbeat.alive) {
        m_heartbeat = beat;
        emit runningChanged(beat.alive);
    }
    m_heartbeat = beat;
    if (upstreamChanged)
        emit this->upstreamChanged(upstreamStatus());
    auto now = readStoredStatus(*m_db);
    if (!now)
        return;
    for (const auto &s : now.value()) {
        auto it = std::find_if(m_last.cbegin(), m_last.cend(), [&](const AccountStatus &o) { return o.account == s.account; });
        if (it == m_last.cend() || it->state != s.state || it->contact != s.contact || it->expires != s.expires)
            emit statusChanged(s);
    }
    m_last = now.value();
}

} // namespace centrale::sip
