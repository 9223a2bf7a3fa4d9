#include "cluster/ClusterFollower.h"
#include "store/ConfigVersion.h"

#include <QDateTime>

namespace centrale::cluster {

ClusterFollower::ClusterFollower(QString dbPath, QString secretsFile, int pollMs, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_secretsFile(std::move(secretsFile)), m_pollMs(pollMs)
{
}

ClusterFollower::~ClusterFollower() = default;

void ClusterFollower::start()
{
    auto db = Database::openConnection(m_dbPath);
    if (!db) {
        emit failed(db.message());
        return;
    }
    m_db = std::move(db).value();
    auto secrets = openSecretStore(m_secretsFile);
    if (secrets)
        m_secrets = std::move(secrets).value();
    else
        emit failed(secrets.message()); // sync still runs: HA1s come from the database
    m_sync = std::make_unique<ClusterSync>(*m_db, m_secrets.get());
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &ClusterFollower::poll);
    m_timer->start(m_pollMs);
    syncNow();
}

void ClusterFollower::syncNow()
{
    if (!m_sync)
        return;
    // A failed sync retries with a reload of everything: the nodes may have missed one.
    const bool reloadAll = m_version < 0 || m_failing;
    m_lastAttemptMs = QDateTime::currentMSecsSinceEpoch();
    auto r = m_sync->sync(reloadAll);
    if (!r) {
        m_failing = true;
        emit failed(r.message());
        return;
    }
    m_version = r->configVersion;
    m_failing = !r->allNodesReloaded();
    emit synced(r->toJson());
}

void ClusterFollower::poll()
{
    auto v = readConfigVersion(*m_db);
    // After a failure, retry every few seconds rather than at every poll.
    const bool retry = m_failing && QDateTime::currentMSecsSinceEpoch() - m_lastAttemptMs > 3000;
    if (v && (v.value() != m_version || retry))
        syncNow();
}

} // namespace centrale::cluster
