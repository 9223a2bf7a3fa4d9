#pragma once
// A phone account's handset for autoprovisioning: MAC address, model, display name,
// the provisioning URL to copy into the phone (or DHCP option 66) and its last fetch.
#include "common/AppContext.h"
#include "domain/PhoneAccount.h"
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace centrale::ui {

class PhoneProvisioningDialog : public QDialog {
    Q_OBJECT
public:
    PhoneProvisioningDialog(const AppContext &ctx, const PhoneAccount &phone, QWidget *parent = nullptr);
    QString lastError() const;
    QLineEdit *macEdit() const { return m_mac; }
    QComboBox *modelBox() const { return m_model; }
    QString copiedUrl() const { return m_copied; }

public slots:
    void accept() override;
    void copyTftpUrl();
    void copyNewHttpsUrl();

private:
    void showFiles();
    AppContext m_ctx;
    PhoneAccount m_phone;
    QLineEdit *m_mac;
    QComboBox *m_model;
    QLineEdit *m_display;
    QLabel *m_files;
    QLabel *m_lastFetch;
    QLabel *m_error;
    QPushButton *m_copyTftp;
    QPushButton *m_copyHttps;
    QDialogButtonBox *m_buttons;
    QString m_copied;
};

} // namespace centrale::ui
