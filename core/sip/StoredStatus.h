#pragma once
// The registration status as a running engine last wrote it to the database: what
// `centralectl status` prints and what the console shows when the engine runs in
// another process (the database file is the local, owner-only channel between them).
#include "sip/RegistrationStatus.h"
#include "sip/StatusFeed.h"
#include "sip/UpstreamStatus.h"
#include "store/Database.h"
#include <QTimer>

namespace centrale::sip {

struct EngineHeartbeat {
    bool alive = false;
    qint64 pid = 0;
    QStringList listen;
    UpstreamStatus upstream; // as the engine last wrote it
};

Result<QList<AccountStatus>> readStoredStatus(Database &db);
EngineHeartbeat readHeartbeat(Database &db);

class DatabaseStatusFeed : public StatusFeed {
    Q_OBJECT
public:
    explicit DatabaseStatusFeed(QString dbPath, QObject *parent = nullptr);
    QList<AccountStatus> snapshot() const override { return m_last; }
    bool isRunning() const override { return m_heartbeat.alive; }
    QStringList listenAddresses() const override { return m_heartbeat.listen; }
    UpstreamStatus upstreamStatus() const override { return m_heartbeat.alive ? m_heartbeat.upstream : UpstreamStatus{}; }

private:
    void poll();
    QString m_path;
    std::unique_ptr<Database> m_db;
    QList<AccountStatus> m_last;
    EngineHeartbeat m_heartbeat;
    QTimer m_timer;
};

} // namespace centrale::sip
