#include "settings/ProvisioningSettings.h"
#include "store/SettingsRepository.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace centrale::ui {

namespace {
const QString kDefaultTftp = QStringLiteral("0.0.0.0:69");
}

ProvisioningSettings::ProvisioningSettings(Database &db, QWidget *parent)
    : QGroupBox(parent), m_db(db), m_tftpOn(new QCheckBox(this)), m_tftp(new QLineEdit(this)), m_whitelist(new QLineEdit(this)), m_https(new QLineEdit(this)),
      m_tftpLabel(new QLabel(this)), m_whitelistLabel(new QLabel(this)), m_httpsLabel(new QLabel(this)), m_status(new QLabel(this)), m_save(new QPushButton(this))
{
    auto *tftpRow = new QHBoxLayout;
    tftpRow->addWidget(m_tftpOn);
    tftpRow->addWidget(m_tftp, 1);
    auto *form = new QFormLayout(this);
    form->addRow(m_tftpLabel, tftpRow);
    form->addRow(m_whitelistLabel, m_whitelist);
    form->addRow(m_httpsLabel, m_https);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_save);
    form->addRow(bottom);
    m_tftpLabel->setBuddy(m_tftp);
    m_whitelistLabel->setBuddy(m_whitelist);
    m_httpsLabel->setBuddy(m_https);
    m_status->setWordWrap(true);
    connect(m_tftpOn, &QCheckBox::toggled, m_tftp, &QWidget::setEnabled);
    connect(m_save, &QPushButton::clicked, this, &ProvisioningSettings::save);
    reload();
    retranslate();
}

void ProvisioningSettings::reload()
{
    SettingsRepository s(m_db);
    const QString tftp = s.get(QLatin1String(settingkeys::kProvTftp));
    m_tftpOn->setChecked(!tftp.isEmpty());
    m_tftp->setText(tftp.isEmpty() ? kDefaultTftp : tftp);
    m_tftp->setEnabled(!tftp.isEmpty());
    m_whitelist->setText(s.get(QLatin1String(settingkeys::kProvWhitelist)));
    m_https->setText(s.get(QLatin1String(settingkeys::kProvHttps)));
}

QString ProvisioningSettings::status() const { return m_status->text(); }

void ProvisioningSettings::save()
{
    SettingsRepository s(m_db);
    const QList<std::pair<const char *, QString>> values = {{settingkeys::kProvTftp, m_tftpOn->isChecked() ? m_tftp->text().trimmed() : QString()},
                                                            {settingkeys::kProvWhitelist, m_whitelist->text().trimmed()},
                                                            {settingkeys::kProvHttps, m_https->text().trimmed()}};
    // All checked first: a wrong field saves nothing.
    for (const auto &[key, value] : values)
        if (auto v = SettingsCatalog::validate(QLatin1String(key), value); !v) {
            m_status->setText(v.message());
            return;
        }
    for (const auto &[key, value] : values)
        if (auto r = s.set(QLatin1String(key), value); !r) {
            m_status->setText(r.message());
            return;
        }
    m_status->setText(tr("Provisioning settings saved; they apply when the engine starts next."));
    emit saved();
}

void ProvisioningSettings::retranslate()
{
    setTitle(tr("Provisioning"));
    m_tftpOn->setText(tr("On"));
    m_tftpOn->setAccessibleName(tr("TFTP provisioning on"));
    m_tftpLabel->setText(tr("&TFTP server"));
    m_tftp->setAccessibleName(tr("TFTP server address"));
    m_tftp->setPlaceholderText(kDefaultTftp);
    m_whitelistLabel->setText(tr("Provisioning &whitelist"));
    m_whitelist->setAccessibleName(tr("Provisioning whitelist"));
    m_whitelist->setPlaceholderText(tr("Addresses besides each phone account's whitelist, e.g. 192.0.2.0/24, 198.51.100.7"));
    m_httpsLabel->setText(tr("&HTTPS server"));
    m_https->setAccessibleName(tr("HTTPS provisioning server address"));
    m_https->setPlaceholderText(tr("e.g. 0.0.0.0:8443 (empty: off)"));
    m_save->setText(tr("Save &provisioning"));
}

} // namespace centrale::ui
