#include "settings/SecretSettings.h"
#include "common/PasswordField.h"
#include "secrets/KeychainSecretStore.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace centrale::ui {

SecretSettings::SecretSettings(SecretStore &secrets, QWidget *parent)
    : QWidget(parent), m_secrets(secrets), m_smtp(new PasswordField(this)), m_upstream(new PasswordField(this)), m_save(new QPushButton(this)),
      m_result(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_labels[0] = new QLabel(this);
    m_labels[1] = new QLabel(this);
    form->addRow(m_labels[0], m_smtp);
    form->addRow(m_labels[1], m_upstream);
    form->addRow(m_result, m_save);
    m_labels[0]->setBuddy(m_smtp->lineEdit());
    m_labels[1]->setBuddy(m_upstream->lineEdit());
    connect(m_save, &QPushButton::clicked, this, &SecretSettings::save);
    retranslate();
}

void SecretSettings::save()
{
    const QList<std::pair<QString, QString>> changes{{kSmtpPasswordKey, m_smtp->password()}, {kUpstreamPasswordKey, m_upstream->password()}};
    auto *keychain = dynamic_cast<KeychainSecretStore *>(&m_secrets);
    for (const auto &[key, value] : changes) {
        if (value.isEmpty())
            continue; // empty: keep what is stored
        ++m_pending;
        m_save->setEnabled(false);
        if (keychain)
            keychain->writeAsync(key, value, this, [this, key](Status s) { saved(key, s); });
        else
            saved(key, m_secrets.write(key, value));
    }
}

void SecretSettings::saved(const QString &key, const Status &status)
{
    m_result->setText(status ? tr("Password saved in %1.").arg(m_secrets.describe()) : tr("%1 not saved: %2").arg(key, status.message()));
    if (status)
        emit secretSaved(key);
    if (--m_pending <= 0) {
        m_pending = 0;
        m_save->setEnabled(true);
        m_smtp->setPassword(QString());
        m_upstream->setPassword(QString());
    }
}

void SecretSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SecretSettings::retranslate()
{
    m_labels[0]->setText(tr("SMTP &password"));
    m_labels[1]->setText(tr("U&pstream password"));
    m_smtp->setAccessibleFieldName(tr("SMTP password"));
    m_upstream->setAccessibleFieldName(tr("Upstream password"));
    m_smtp->lineEdit()->setPlaceholderText(tr("unchanged"));
    m_upstream->lineEdit()->setPlaceholderText(tr("unchanged"));
    m_save->setText(tr("Save &passwords"));
}

} // namespace centrale::ui
