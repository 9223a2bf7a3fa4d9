#pragma once
// Per trunk or phone account: channels, IP whitelist, limits (with what is spent) and
// the destination whitelist. Saving runs off the GUI thread.
#include "common/AppContext.h"
#include "common/Page.h"
#include "domain/PhoneAccount.h"
#include "domain/Trunk.h"
#include "security/LimitUsage.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace centrale::ui {

class DestinationEditor;
class IpListEditor;
class UsageBar;

class SecurityPage : public Page {
    Q_OBJECT
public:
    SecurityPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Security"); }
    void reload() override;
    // Where the spent amounts come from; until the call engine reports them, zero.
    void setUsageSource(LimitUsageSource source);

    QComboBox *accountBox() const { return m_account; }
    DestinationEditor *destinationEditor() const { return m_destinations; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *resultLabel() const { return m_result; }
    UsageBar *usageBar(int period) const { return m_usage[period]; } // 0 hour, 1 day, 2 week
    QDoubleSpinBox *amountSpin(int period) const { return m_amount[period]; }
    bool isSaving() const { return m_saving; }

signals:
    void saved(bool ok);

private:
    void showAccount(int index);
    void save();
    void updateUsage();
    QString currentAccount() const;
    void retranslate() override;
    AppContext m_ctx;
    QList<Trunk> m_trunks;
    QList<PhoneAccount> m_phones;
    LimitUsageSource m_usageSource;
    Limits m_limits; // the shown account's, so the warning levels survive a save
    bool m_saving = false;
    QComboBox *m_account;
    QTabWidget *m_tabs;
    QSpinBox *m_channels;
    IpListEditor *m_ips;
    QDoubleSpinBox *m_amount[3];
    UsageBar *m_usage[3];
    QSpinBox *m_calls[3];
    DestinationEditor *m_destinations;
    QPushButton *m_save;
    QLabel *m_result;
    QLabel *m_accountLabel;
    QFormLayout *m_accessForm;
    QFormLayout *m_limitsForm;
    QList<QLabel *> m_labels;
};

} // namespace centrale::ui
