#include "cluster/ClusterFollower.h"
#include "mail/AlertMailer.h"
#include "store/ConfigVersion.h"

#include <QDateTime>
#include <QJsonArray>

namespace centrale::cluster {

ClusterFollower::ClusterFollower(QString dbPath, QString secretsFile, int pollMs, QObject *parent, int guardMs)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_secretsFile(std::move(secretsFile)), m_pollMs(pollMs), m_guardMs(guardMs)
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
    m_guard = std::make_unique<ClusterGuard>(*m_db);
    m_mailer = new AlertMailer(*m_db, m_secrets.get(), this);
    auto *guardTimer = new QTimer(this);
    connect(guardTimer, &QTimer::timeout, this, &ClusterFollower::guard);
    guardTimer->start(m_guardMs);
    guard();
}

void ClusterFollower::guard()
{
    // The settings (and the password from the secret store) again only after a save.
    auto version = readConfigVersion(*m_db);
    if (!version)
        return;
    if (!m_guardSettings || version.value() != m_guardVersion || !m_guardStore) {
        auto settings = loadClusterSettings(*m_db, m_secrets.get());
        if (!settings)
            return;
        m_guardSettings = settings.value();
        m_guardVersion = version.value();
    }
    const ClusterSettings &settings = *m_guardSettings;
    if (settings.mode != EngineMode::Cluster)
        return;
    if (!m_guardStore || m_guardStoreUrl != settings.dbUrl) {
        m_guardStore.reset();
        auto store = KamailioStore::open(settings.db);
        if (!store) {
            if (!m_guardFailing)
                emit failed(store.message());
            m_guardFailing = true;
            return;
        }
        m_guardStore = std::move(store).value();
        m_guardStoreUrl = settings.dbUrl;
    }
    QList<GuardMail> mails;
    auto r = m_guard->run(*m_guardStore, settings.nodes, QDateTime::currentMSecsSinceEpoch(), &mails);
    for (const auto &m : mails)
        m_mailer->send({}, m.subject, m.body);
    if (!r) {
        m_guardStore.reset(); // reconnect next time: the server may have gone away
        if (!m_guardFailing)
            emit failed(r.message());
        m_guardFailing = true;
        return;
    }
    m_guardFailing = false;
    if (r->imported > 0 || r->blocksChanged || !mails.isEmpty() || !r->nodes.isEmpty() || !r->cutOff.isEmpty()) {
        QJsonObject o = r->toJson();
        QJsonArray subjects;
        for (const auto &m : mails)
            subjects.append(m.subject);
        o.insert(QStringLiteral("mails"), subjects);
        o.insert(QStringLiteral("guard"), true);
        emit guarded(o);
    }
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
