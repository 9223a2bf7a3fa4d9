#pragma once
// The Provisioning section of the Settings page: TFTP on/off and address, the shared
// provisioning whitelist, and the HTTPS address (they apply at the engine's next start).
#include "store/Database.h"
#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace centrale::ui {

class ProvisioningSettings : public QGroupBox {
    Q_OBJECT
public:
    explicit ProvisioningSettings(Database &db, QWidget *parent = nullptr);
    void reload();
    void retranslate();
    QCheckBox *tftpEnabled() const { return m_tftpOn; }
    QLineEdit *tftpAddress() const { return m_tftp; }
    QLineEdit *whitelist() const { return m_whitelist; }
    QLineEdit *httpsAddress() const { return m_https; }
    QString status() const;

public slots:
    void save();

signals:
    void saved();

private:
    Database &m_db;
    QCheckBox *m_tftpOn;
    QLineEdit *m_tftp;
    QLineEdit *m_whitelist;
    QLineEdit *m_https;
    QLabel *m_tftpLabel, *m_whitelistLabel, *m_httpsLabel, *m_status;
    QPushButton *m_save;
};

} // namespace centrale::ui
