#include "trunks/TrunkAccountsPage.h"
#include "common/PasswordField.h"
#include "secrets/Credentials.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace centrale::ui {

TrunkAccountsPage::TrunkAccountsPage(const QString &primaryServer, const QString &secondaryServer, bool editing, QWidget *parent)
    : QWizardPage(parent), m_editing(editing)
{
    auto *form = new QFormLayout(this);
    const QString servers[2] = {primaryServer, secondaryServer};
    for (int i = 0; i < 2; ++i) {
        m_user[i] = new QLineEdit(this);
        m_password[i] = new PasswordField(this);
        m_server[i] = new QLineEdit(servers[i], this);
        m_server[i]->setReadOnly(true);
        m_error[i] = new QLabel(this);
        m_error[i]->setStyleSheet(QStringLiteral("color: #b00020"));
        for (int k = 0; k < 4; ++k)
            m_labels << new QLabel(this);
        form->addRow(m_labels[i * 4], static_cast<QWidget *>(nullptr));
        form->addRow(m_labels[i * 4 + 1], m_user[i]);
        form->addRow(m_labels[i * 4 + 2], m_password[i]);
        form->addRow(m_labels[i * 4 + 3], m_server[i]);
        form->addRow(QString(), m_error[i]);
        m_labels[i * 4 + 1]->setBuddy(m_user[i]);
        m_labels[i * 4 + 2]->setBuddy(m_password[i]->lineEdit());
        m_labels[i * 4 + 3]->setBuddy(m_server[i]);
        connect(m_user[i], &QLineEdit::textChanged, this, &TrunkAccountsPage::validateInline);
        connect(m_password[i], &PasswordField::changed, this, &TrunkAccountsPage::validateInline);
    }
    retranslate();
}

void TrunkAccountsPage::load(const Trunk &t)
{
    m_user[0]->setText(t.primary.username);
    m_user[1]->setText(t.secondary.username);
}

void TrunkAccountsPage::store(Trunk &t, TrunkPasswords &passwords) const
{
    t.primary.username = m_user[0]->text().trimmed();
    t.secondary.username = m_user[1]->text().trimmed();
    passwords.primary = m_password[0]->password();
    passwords.secondary = m_password[1]->password();
}

void TrunkAccountsPage::addStatusWidget(QWidget *widget) { static_cast<QFormLayout *>(layout())->addRow(widget); }

void TrunkAccountsPage::suggestUsernames(const QString &firstNumber)
{
    if (firstNumber.isEmpty())
        return;
    const QString suggestions[2] = {Trunk::defaultPrimaryUsername(firstNumber), Trunk::defaultSecondaryUsername(firstNumber)};
    for (int i = 0; i < 2; ++i) {
        if (m_user[i]->text().isEmpty() || m_user[i]->text() == m_suggested[i])
            m_user[i]->setText(suggestions[i]);
        m_suggested[i] = suggestions[i];
    }
}

void TrunkAccountsPage::initializePage()
{
    if (!m_editing) // a new trunk gets strong passwords the user can see and copy now
        for (auto *pw : m_password)
            if (pw->password().isEmpty())
                pw->setPassword(credentials::generatePassword());
    validateInline();
}

QString TrunkAccountsPage::error(int i) const
{
    const QString user = m_user[i]->text().trimmed();
    if (user.isEmpty())
        return tr("Enter a username.");
    if (i == 1 && user == m_user[0]->text().trimmed())
        return tr("The primary and secondary account need different usernames.");
    const QString pw = m_password[i]->password();
    if (!pw.isEmpty() && !credentials::isAcceptablePassword(pw))
        return tr("A password needs 8 to 128 printable characters.");
    return {};
}

void TrunkAccountsPage::validateInline()
{
    for (int i = 0; i < 2; ++i)
        m_error[i]->setText(error(i));
    emit completeChanged();
}

bool TrunkAccountsPage::isComplete() const { return error(0).isEmpty() && error(1).isEmpty(); }

void TrunkAccountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void TrunkAccountsPage::retranslate()
{
    setTitle(tr("Wizard - step 2/2"));
    setSubTitle(m_editing ? tr("The SIP accounts your PBX registers with. Leave a password empty to keep it.")
                          : tr("The SIP accounts your PBX registers with. Leave a password empty to generate one."));
    const QString headings[2] = {tr("<b>Primary account</b>"), tr("<b>Secondary account</b>")};
    for (int i = 0; i < 2; ++i) {
        m_labels[i * 4]->setText(headings[i]);
        m_labels[i * 4 + 1]->setText(i == 0 ? tr("&Username") : tr("U&sername"));
        m_labels[i * 4 + 2]->setText(i == 0 ? tr("&Password") : tr("Pass&word"));
        m_labels[i * 4 + 3]->setText(tr("SIP server address"));
        m_user[i]->setAccessibleName(i == 0 ? tr("Primary username") : tr("Secondary username"));
        m_password[i]->setAccessibleFieldName(i == 0 ? tr("Primary password") : tr("Secondary password"));
        m_server[i]->setAccessibleName(i == 0 ? tr("Primary SIP server address") : tr("Secondary SIP server address"));
    }
    validateInline();
}

} // namespace centrale::ui
