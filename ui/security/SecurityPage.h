#pragma once
// Per trunk or phone account: channels, IP whitelist, limits and destination whitelist.
#include "common/AppContext.h"
#include "common/Page.h"
#include "domain/PhoneAccount.h"
#include "domain/Trunk.h"

class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QDoubleSpinBox;
class QLabel;

namespace centrale::ui {

class IpListEditor;

class SecurityPage : public Page {
    Q_OBJECT
public:
    SecurityPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Security"); }
    void reload() override;

private:
    void show(int index);
    void save();
    void retranslate() override;
    AppContext m_ctx;
    QList<Trunk> m_trunks;
    QList<PhoneAccount> m_phones;
    QComboBox *m_account;
    QSpinBox *m_channels;
    IpListEditor *m_ips;
    QDoubleSpinBox *m_amount[3];
    QSpinBox *m_calls[3];
    QLineEdit *m_allowed;
    QListWidget *m_blocked;
    QPushButton *m_save;
    QLabel *m_result;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
};

} // namespace centrale::ui
