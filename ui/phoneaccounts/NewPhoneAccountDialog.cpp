#include "phoneaccounts/NewPhoneAccountDialog.h"
#include "common/Background.h"
#include "common/BusyIndicator.h"
#include "domain/DestinationPresets.h"
#include "domain/PhoneNumber.h"
#include "secrets/Credentials.h"
#include "service/AccountService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace centrale::ui {

NewPhoneAccountDialog::NewPhoneAccountDialog(const AppContext &ctx, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_number(new QLineEdit(this)), m_busy(new BusyIndicator(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New phone account"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Number"), m_number);
    form->addRow(m_busy);
    form->addRow(m_buttons);
    m_number->setPlaceholderText(tr("E.164, e.g. +31501234567"));
    m_number->setAccessibleName(tr("Number"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewPhoneAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewPhoneAccountDialog::reject);
    resize(460, sizeHint().height());
}

void NewPhoneAccountDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_number->setEnabled(!saving);
    m_buttons->setEnabled(!saving);
    if (saving)
        m_busy->start(tr("Saving the phone account and storing its password in %1...").arg(m_ctx.secrets.describe()));
}

void NewPhoneAccountDialog::accept()
{
    if (m_saving)
        return;
    auto number = PhoneNumber::parse(m_number->text());
    if (!number) {
        m_lastError = number.message();
        m_busy->showError(m_lastError);
        return;
    }
    PhoneAccount phone;
    phone.destinations = defaultDestinationWhitelist();
    phone.number = number->digits();
    phone.account.username = phone.number;
    m_lastError.clear();
    setSaving(true);
    SecretStore *secrets = &m_ctx.secrets; // lives as long as the application
    runInBackground<QString>(this, m_ctx.db.path(), [phone, secrets](Database &db) {
        return AccountService(db, *secrets).createPhone(phone, credentials::generatePassword());
    }, [this, phone](Result<QString> r) {
        setSaving(false);
        if (!r) {
            m_lastError = r.message();
            if (r.error().field == QLatin1String("secrets"))
                m_lastError += QLatin1Char('\n') + tr("Press Save to try again once the keychain is unlocked, or start Centrale with --secrets-file PATH "
                                                      "to keep the passwords in a file readable only by you.");
            m_busy->showError(m_lastError);
            emit saveFinished(false);
            return;
        }
        m_busy->stop();
        m_createdNumber = phone.number;
        m_password = r.value();
        emit saveFinished(true);
        QDialog::accept();
    });
}

} // namespace centrale::ui
