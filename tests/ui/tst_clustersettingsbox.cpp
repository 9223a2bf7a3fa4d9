// The Settings page's engine section: bundled by default; in cluster mode the nodes with
// the health the cluster feed found (here: nodes nobody listens on, so DOWN).
#include "cluster/ClusterStatusFeed.h"
#include "settings/ClusterSettingsBox.h"
#include "store/SettingsRepository.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

class TstClusterSettingsBox : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(db);
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void bundledByDefault()
    {
        ui::ClusterSettingsBox box(*m_db, nullptr);
        QVERIFY2(box.text().contains(QLatin1String("bundled")), qPrintable(box.text()));
        QVERIFY(!box.text().contains(QLatin1String("Node ")));
    }

    void clusterModeShowsNodesAndTheirHealth()
    {
        SettingsRepository s(*m_db);
        QVERIFY(s.set(QStringLiteral("engine.mode"), QStringLiteral("cluster")));
        QVERIFY(s.set(QStringLiteral("cluster.db"), QStringLiteral("postgresql://kamailio@127.0.37.1:44799/kamailio")));
        QVERIFY(s.set(QStringLiteral("cluster.nodes"), QStringLiteral("http://127.0.37.2:44798/RPC")));
        auto settings = cluster::loadClusterSettings(*m_db, nullptr);
        QVERIFY(settings);
        cluster::ClusterStatusFeed feed(m_db->path(), settings.value(), 200);
        ui::ClusterSettingsBox box(*m_db, &feed);
        QVERIFY(box.text().contains(QLatin1String("cluster")));
        QVERIFY(box.text().contains(QLatin1String("postgresql://kamailio@127.0.37.1:44799/kamailio")));
        QVERIFY(QTest::qWaitFor([&] { return box.text().contains(QLatin1String("Node http://127.0.37.2:44798/RPC: DOWN")); }, 5000));
        QVERIFY(!feed.isRunning());
        // Call plans and voicemail: whether an application server is set, and where.
        QVERIFY2(box.text().contains(QLatin1String("no application server")), qPrintable(box.text()));
        QVERIFY(s.set(QStringLiteral("cluster.appserver"), QStringLiteral("127.0.37.5:44797")));
        box.refresh();
        QVERIFY2(box.text().contains(QLatin1String("application server 127.0.37.5:44797")), qPrintable(box.text()));
    }
};

QTEST_MAIN(TstClusterSettingsBox)
#include "tst_clustersettingsbox.moc"
