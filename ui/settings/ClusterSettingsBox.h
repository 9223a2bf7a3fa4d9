#pragma once
// The Settings page's engine section: bundled or cluster, and in cluster mode the
// Kamailio nodes with their health as the cluster feed last polled it.
#include "store/Database.h"
#include <QGroupBox>

class QLabel;

namespace centrale {
class StatusFeed;
}

namespace centrale::ui {

class ClusterSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    ClusterSettingsBox(Database &db, StatusFeed *feed, QWidget *parent = nullptr);
    void refresh();
    void retranslate();
    QString text() const; // what the box shows, for tests

private:
    Database &m_db;
    StatusFeed *m_feed;
    QLabel *m_label;
};

} // namespace centrale::ui
