#pragma once
// The console's live status in cluster mode: registrations from the nodes' `location`
// table and the nodes' health, polled on a worker thread (database and JSON-RPC calls
// block) and handed to the GUI thread as a StatusFeed.
#include "cluster/ClusterSync.h"
#include "sip/StatusFeed.h"
#include <QThread>

namespace centrale::cluster {

// Lives on the feed's worker thread: one poll = registrations + health.
class ClusterPoller : public QObject {
    Q_OBJECT
public:
    ClusterPoller(QString dbPath, ClusterSettings settings) : m_dbPath(std::move(dbPath)), m_settings(std::move(settings)) {}
    ~ClusterPoller() override;
public slots:
    void poll();
signals:
    void polled(const QList<centrale::AccountStatus> &accounts, const QList<bool> &nodesUp, const QString &error);

private:
    QString m_dbPath;
    ClusterSettings m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KamailioStore> m_store;
};

class ClusterStatusFeed : public StatusFeed {
    Q_OBJECT
public:
    // settings with the database password already read from the secret store.
    ClusterStatusFeed(const QString &dbPath, const ClusterSettings &settings, int intervalMs = 2000, QObject *parent = nullptr);
    ~ClusterStatusFeed() override;

    QList<AccountStatus> snapshot() const override { return m_accounts; }
    bool isRunning() const override; // at least one node answers
    QStringList listenAddresses() const override { return m_nodes; }
    QList<bool> nodesUp() const { return m_up; }
    QString lastError() const { return m_error; }
    const ClusterSettings &settings() const { return m_settings; }

signals:
    void polled();
    void pollRequested();

private:
    void apply(const QList<AccountStatus> &accounts, const QList<bool> &up, const QString &error);
    QThread m_thread;
    ClusterSettings m_settings;
    QStringList m_nodes;
    QList<AccountStatus> m_accounts;
    QList<bool> m_up;
    QString m_error;
    bool m_wasRunning = false;
};

} // namespace centrale::cluster
