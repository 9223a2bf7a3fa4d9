#pragma once
// Syncs the cluster at start and whenever the configuration version changes (every save
// bumps it), polling cheaply; lives on its own thread in the console (syncs block). Also
// runs the ClusterGuard (limits, fraud, call log from acc) every guardMs.
#include "cluster/ClusterGuard.h"
#include "cluster/ClusterSync.h"
#include <QObject>
#include <QTimer>
#include <optional>

namespace centrale {
class AlertMailer;
}

namespace centrale::cluster {

class ClusterFollower : public QObject {
    Q_OBJECT
public:
    // Opens its own connections (dbPath; secretsFile empty = the keychain) on start().
    ClusterFollower(QString dbPath, QString secretsFile, int pollMs = 200, QObject *parent = nullptr, int guardMs = 1000);
    ~ClusterFollower() override;

public slots:
    void start();
    void syncNow();

signals:
    void synced(const QJsonObject &report);
    void failed(const QString &message);
    // A guard pass that booked calls, changed blocks or sent mail.
    void guarded(const QJsonObject &report);

private:
    void poll();
    void guard();
    QString m_dbPath, m_secretsFile;
    int m_pollMs, m_guardMs;
    std::unique_ptr<ClusterGuard> m_guard;
    std::unique_ptr<KamailioStore> m_guardStore; // a connection of the guard's own
    QString m_guardStoreUrl;
    std::optional<ClusterSettings> m_guardSettings;
    qint64 m_guardVersion = -1;
    AlertMailer *m_mailer = nullptr; // the guard's mails
    bool m_guardFailing = false;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ClusterSync> m_sync;
    QTimer *m_timer = nullptr;
    qint64 m_version = -1;
    bool m_failing = false;
    qint64 m_lastAttemptMs = 0;
};

} // namespace centrale::cluster
