#pragma once
// Syncs the cluster at start and whenever the configuration version changes (every save
// bumps it), polling cheaply; lives on its own thread in the console (syncs block).
#include "cluster/ClusterSync.h"
#include <QObject>
#include <QTimer>

namespace centrale::cluster {

class ClusterFollower : public QObject {
    Q_OBJECT
public:
    // Opens its own connections (dbPath; secretsFile empty = the keychain) on start().
    ClusterFollower(QString dbPath, QString secretsFile, int pollMs = 200, QObject *parent = nullptr);
    ~ClusterFollower() override;

public slots:
    void start();
    void syncNow();

signals:
    void synced(const QJsonObject &report);
    void failed(const QString &message);

private:
    void poll();
    QString m_dbPath, m_secretsFile;
    int m_pollMs;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ClusterSync> m_sync;
    QTimer *m_timer = nullptr;
    qint64 m_version = -1;
    bool m_failing = false;
    qint64 m_lastAttemptMs = 0;
};

} // namespace centrale::cluster
