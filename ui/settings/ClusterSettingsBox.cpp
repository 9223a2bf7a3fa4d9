#include "settings/ClusterSettingsBox.h"
#include "cluster/ClusterSettings.h"
#include "cluster/ClusterStatusFeed.h"
#include "domain/SettingsCatalog.h"
#include "store/SettingsRepository.h"

#include <QLabel>
#include <QVBoxLayout>

namespace centrale::ui {

ClusterSettingsBox::ClusterSettingsBox(Database &db, StatusFeed *feed, QWidget *parent) : QGroupBox(parent), m_db(db), m_feed(feed), m_label(new QLabel(this))
{
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    if (auto *cluster = qobject_cast<cluster::ClusterStatusFeed *>(m_feed))
        connect(cluster, &cluster::ClusterStatusFeed::polled, this, &ClusterSettingsBox::refresh);
    retranslate();
}

QString ClusterSettingsBox::text() const { return m_label->text(); }

void ClusterSettingsBox::refresh()
{
    SettingsRepository settings(m_db);
    const bool clusterMode = settings.get(QLatin1String(settingkeys::kEngineMode)) == QLatin1String("cluster");
    QStringList lines;
    if (!clusterMode) {
        lines << tr("Engine mode: bundled (the SIP engine runs on this machine)");
    } else {
        lines << tr("Engine mode: cluster (Kamailio nodes provisioned by Centrale)");
        lines << tr("Cluster database: %1").arg(settings.get(QLatin1String(settingkeys::kClusterDb)));
        auto *feed = qobject_cast<cluster::ClusterStatusFeed *>(m_feed);
        const QStringList nodes = cluster::parseNodes(settings.get(QLatin1String(settingkeys::kClusterNodes)));
        const QList<bool> up = feed ? feed->nodesUp() : QList<bool>{};
        for (int i = 0; i < nodes.size(); ++i)
            lines << (i >= up.size() ? tr("Node %1: not checked yet (restart the console after changing the engine mode)").arg(nodes.at(i))
                      : up.at(i)     ? tr("Node %1: up").arg(nodes.at(i))
                                     : tr("Node %1: DOWN").arg(nodes.at(i)));
        if (nodes.isEmpty())
            lines << tr("No nodes set (setting cluster.nodes)");
        const QString appServer = settings.get(QLatin1String(settingkeys::kClusterAppServer));
        lines << (appServer.isEmpty() ? tr("Call plans and voicemail: no application server (setting cluster.appserver)")
                                      : tr("Call plans and voicemail: application server %1 (centralectl serve)").arg(appServer));
        if (feed && !feed->lastError().isEmpty())
            lines << tr("Cluster database: %1").arg(feed->lastError());
    }
    m_label->setText(lines.join(QLatin1Char('\n')));
}

void ClusterSettingsBox::retranslate()
{
    setTitle(tr("Engine"));
    refresh();
}

} // namespace centrale::ui
