#pragma once
// The SMTP and upstream passwords: kept in the secret store, never in the database.
// With the keychain the write runs asynchronously so a locked keyring never freezes the window.
#include "secrets/SecretStore.h"
#include <QWidget>

class QLabel;
class QPushButton;

namespace centrale::ui {

class PasswordField;

class SecretSettings : public QWidget {
    Q_OBJECT
public:
    SecretSettings(SecretStore &secrets, QWidget *parent = nullptr);

signals:
    void secretSaved(const QString &key); // a running engine must re-read the secrets

protected:
    void changeEvent(QEvent *event) override;

private:
    void save();
    void saved(const QString &key, const Status &status);
    void retranslate();
    SecretStore &m_secrets;
    PasswordField *m_smtp;
    PasswordField *m_upstream;
    QLabel *m_labels[2];
    QPushButton *m_save;
    QLabel *m_result;
    int m_pending = 0;
};

} // namespace centrale::ui
