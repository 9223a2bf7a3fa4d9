#pragma once
// Language (switched at once), the settings catalog as grouped, validated forms, the
// passwords, and the raw key/value table behind "Advanced".
#include "common/AppContext.h"
#include "common/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace centrale::ui {

class ClusterSettingsBox;
class SettingsGroupForm;

class SettingsPage : public Page {
    Q_OBJECT
public:
    SettingsPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Settings"); }
    QString iconName() const override { return QStringLiteral("settings"); }
    void reload() override;
    QComboBox *languageCombo() const { return m_language; }
    QTabWidget *tabs() const { return m_tabs; }
    ClusterSettingsBox *engineBox() const { return m_engine; }
    QWidget *editor(const QString &key) const; // the form field of a setting
    // Saves every form field that changed, as one change; a bad value saves nothing.
    bool saveForms();
    QString statusText() const;

private:
    void saveAdvanced();
    void showUpstream();
    void retranslate() override;
    AppContext m_ctx;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QTabWidget *m_tabs;
    QList<SettingsGroupForm *> m_forms;
    QWidget *m_passwords;
    QWidget *m_advanced;
    QTableWidget *m_table;
    QPushButton *m_saveAdvanced;
    QLabel *m_advancedStatus;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_upstream; // the engine's registration at the carrier
    ClusterSettingsBox *m_engine = nullptr; // bundled or cluster, nodes' health
};

} // namespace centrale::ui
