#pragma once
// Wizard step 2/2: the primary and secondary SIP account of the trunk.
#include "domain/Trunk.h"
#include "service/AccountService.h"
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace centrale::ui {

class PasswordField;

class TrunkAccountsPage : public QWizardPage {
    Q_OBJECT
public:
    TrunkAccountsPage(const QString &primaryServer, const QString &secondaryServer, bool editing, QWidget *parent = nullptr);
    void load(const Trunk &trunk);
    void store(Trunk &trunk, TrunkPasswords &passwords) const;
    // Fills the usernames from the first number unless the user typed their own.
    void suggestUsernames(const QString &firstNumber);
    // A row under the fields for the wizard's progress and errors.
    void addStatusWidget(QWidget *widget);
    void initializePage() override;
    bool isComplete() const override;

    QLineEdit *primaryUser() const { return m_user[0]; }
    QLineEdit *secondaryUser() const { return m_user[1]; }
    PasswordField *primaryPassword() const { return m_password[0]; }
    PasswordField *secondaryPassword() const { return m_password[1]; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString error(int which) const;
    void validateInline();
    void retranslate();
    bool m_editing;
    QLineEdit *m_user[2];
    PasswordField *m_password[2];
    QLineEdit *m_server[2];
    QLabel *m_error[2];
    QString m_suggested[2];
    QList<QLabel *> m_labels;
};

} // namespace centrale::ui
