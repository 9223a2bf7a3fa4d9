#pragma once
// Language (switched at once) and the engine's settings from the settings catalog.
#include "common/AppContext.h"
#include "common/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace centrale::ui {

class ProvisioningSettings;
class ClusterSettingsBox;

class SettingsPage : public Page {
    Q_OBJECT
public:
    SettingsPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Settings"); }
    void reload() override;
    QComboBox *languageCombo() const { return m_language; }
    ProvisioningSettings *provisioning() const { return m_provisioning; }
    ClusterSettingsBox *engineBox() const { return m_engine; }

private:
    void save();
    void showUpstream();
    void retranslate() override;
    AppContext m_ctx;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QTableWidget *m_table;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_upstream; // the engine's registration at the carrier
    ProvisioningSettings *m_provisioning = nullptr;
    ClusterSettingsBox *m_engine = nullptr; // bundled or cluster, nodes' health
};

} // namespace centrale::ui
