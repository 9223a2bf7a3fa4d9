#include "cluster/ClusterStatusFeed.h"
#include "cluster/ClusterReaders.h"

#include <QTimer>

namespace centrale::cluster {

ClusterPoller::~ClusterPoller() = default;

void ClusterPoller::poll()
{
    QList<bool> up;
    for (const auto &h : ClusterSync::health(m_settings.nodes, 1000))
        up.append(h.up);
    if (!m_db) {
        auto db = Database::openConnection(m_dbPath);
        if (!db) {
            emit polled({}, up, db.message());
            return;
        }
        m_db = std::move(db).value();
    }
    if (!m_store) {
        auto store = KamailioStore::open(m_settings.db);
        if (!store) {
            emit polled({}, up, store.message());
            return;
        }
        m_store = std::move(store).value();
    }
    auto accounts = clusterRegistrations(*m_db, *m_store);
    if (!accounts) {
        m_store.reset(); // reconnect at the next poll
        emit polled({}, up, accounts.message());
        return;
    }
    emit polled(accounts.value(), up, {});
}

ClusterStatusFeed::ClusterStatusFeed(const QString &dbPath, const ClusterSettings &settings, int intervalMs, QObject *parent)
    : StatusFeed(parent), m_settings(settings), m_nodes(settings.nodes)
{
    qRegisterMetaType<QList<centrale::AccountStatus>>();
    auto *poller = new ClusterPoller(dbPath, settings);
    poller->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, poller, &QObject::deleteLater);
    connect(this, &ClusterStatusFeed::pollRequested, poller, &ClusterPoller::poll);
    connect(poller, &ClusterPoller::polled, this, &ClusterStatusFeed::apply);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &ClusterStatusFeed::pollRequested);
    m_thread.start();
    timer->start(intervalMs);
    emit pollRequested();
}

ClusterStatusFeed::~ClusterStatusFeed()
{
    m_thread.quit();
    m_thread.wait();
}

bool ClusterStatusFeed::isRunning() const
{
    for (bool u : m_up)
        if (u)
            return true;
    return false;
}

void ClusterStatusFeed::apply(const QList<AccountStatus> &accounts, const QList<bool> &up, const QString &error)
{
    m_up = up;
    m_error = error;
    if (error.isEmpty()) {
        // Only the accounts whose state or binding changed, as the engine's feed signals them.
        for (const auto &a : accounts) {
            bool same = false;
            for (const auto &old : m_accounts)
                if (old.account == a.account)
                    same = old.state == a.state && old.contact == a.contact && old.expires == a.expires;
            if (!same)
                emit statusChanged(a);
        }
        m_accounts = accounts;
    }
    if (isRunning() != m_wasRunning) {
        m_wasRunning = isRunning();
        emit runningChanged(m_wasRunning);
    }
    emit polled();
}

} // namespace centrale::cluster
