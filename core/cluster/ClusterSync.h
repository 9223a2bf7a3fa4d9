#pragma once
// Keeps the Kamailio cluster in step with Centrale: builds the tables from the store,
// writes them in one transaction (nothing when equal), then asks every node to reload
// what changed. Also the nodes' health.
#include "cluster/ClusterSettings.h"
#include <QJsonObject>

namespace centrale::cluster {

struct NodeHealth {
    QString url;
    bool up = false;
    qint64 uptimeSecs = -1;
    QString error;
    QJsonObject toJson() const;
};

struct NodeReload {
    QString url;
    QStringList reloaded; // the RPC methods that succeeded
    QString error;        // the first that failed; empty = all done
    QJsonObject toJson() const;
};

struct SyncReport {
    bool schemaCreated = false;
    KamailioChanges changes;
    qint64 configVersion = 0;
    int subscribers = 0, addresses = 0, htableEntries = 0, dialplanRules = 0;
    QList<NodeReload> nodes;
    QStringList warnings;
    bool allNodesReloaded() const;
    QJsonObject toJson() const;
};

class ClusterSync {
public:
    ClusterSync(Database &db, SecretStore *secrets, QString schemaDir = kDefaultSchemaDir) : m_db(db), m_secrets(secrets), m_schemaDir(std::move(schemaDir)) {}

    // reloadAll: reload every module on every node even when no table changed (at start,
    // so a node that restarted meanwhile is surely current).
    Result<SyncReport> sync(bool reloadAll);

    static QList<NodeHealth> health(const QStringList &nodes, int timeoutMs = 1500);
    static QList<NodeReload> reload(const QStringList &nodes, const KamailioChanges &changes);

private:
    Database &m_db;
    SecretStore *m_secrets;
    QString m_schemaDir;
    std::unique_ptr<KamailioStore> m_store; // kept open between syncs
    QString m_storeUrl;
};

} // namespace centrale::cluster
