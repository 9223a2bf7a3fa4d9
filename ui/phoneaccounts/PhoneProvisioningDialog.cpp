#include "phoneaccounts/PhoneProvisioningDialog.h"
#include "domain/MacAddress.h"
#include "provisioning/PhoneModels.h"
#include "provisioning/ProvisioningRenderer.h"
#include "provisioning/ProvisioningService.h"
#include "store/PhoneAccountRepository.h"
#include "store/ProvisioningLogRepository.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace centrale::ui {

PhoneProvisioningDialog::PhoneProvisioningDialog(const AppContext &ctx, const PhoneAccount &phone, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_phone(phone), m_mac(new QLineEdit(this)), m_model(new QComboBox(this)), m_display(new QLineEdit(this)),
      m_files(new QLabel(this)), m_lastFetch(new QLabel(this)), m_error(new QLabel(this)), m_copyTftp(new QPushButton(tr("Copy &TFTP URL"), this)),
      m_copyHttps(new QPushButton(tr("New &HTTPS URL (copy)"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Provisioning of +%1").arg(phone.number));
    m_model->addItem(tr("(none)"), QString());
    for (const auto &m : provisioning::PhoneModels::all()) {
        const auto *fam = provisioning::PhoneModels::family(m.family);
        m_model->addItem(QStringLiteral("%1 %2").arg(fam ? fam->name : m.family, m.model), m.model);
    }
    m_model->setCurrentIndex(qMax(0, m_model->findData(phone.model)));
    m_mac->setText(phone.mac);
    m_mac->setPlaceholderText(tr("e.g. 00:15:65:AA:BB:CC"));
    m_display->setText(phone.displayName);
    m_display->setPlaceholderText(QLatin1Char('+') + phone.number);
    m_mac->setAccessibleName(tr("MAC address"));
    m_model->setAccessibleName(tr("Phone model"));
    m_display->setAccessibleName(tr("Display name"));
    m_error->setWordWrap(true);
    m_files->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&MAC address"), m_mac);
    form->addRow(tr("Phone &model"), m_model);
    form->addRow(tr("&Display name"), m_display);
    form->addRow(tr("Files"), m_files);
    form->addRow(tr("Last provisioned"), m_lastFetch);
    auto *urls = new QHBoxLayout;
    urls->addWidget(m_copyTftp);
    urls->addWidget(m_copyHttps);
    form->addRow(tr("Provisioning URL"), urls);
    form->addRow(m_error);
    form->addRow(m_buttons);
    m_copyHttps->setToolTip(tr("Makes a new secret HTTPS address for this phone and copies it; the previous one stops working."));
    connect(m_mac, &QLineEdit::textChanged, this, &PhoneProvisioningDialog::showFiles);
    connect(m_model, &QComboBox::currentIndexChanged, this, &PhoneProvisioningDialog::showFiles);
    connect(m_copyTftp, &QPushButton::clicked, this, &PhoneProvisioningDialog::copyTftpUrl);
    connect(m_copyHttps, &QPushButton::clicked, this, &PhoneProvisioningDialog::copyNewHttpsUrl);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PhoneProvisioningDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PhoneProvisioningDialog::reject);
    auto last = ProvisioningLogRepository(ctx.db).lastServed();
    const qint64 ms = last && !phone.mac.isEmpty() ? last->value(phone.mac) : 0;
    m_lastFetch->setText(ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat) : tr("never"));
    provisioning::ProvisioningService service(ctx.db, nullptr);
    m_copyTftp->setEnabled(!service.tftpBase().isEmpty());
    m_copyHttps->setEnabled(!service.httpsBase(QStringLiteral("x")).isEmpty());
    showFiles();
    resize(520, sizeHint().height());
}

QString PhoneProvisioningDialog::lastError() const { return m_error->text(); }

void PhoneProvisioningDialog::showFiles()
{
    provisioning::DeviceProfile p;
    auto mac = normalizeMac(m_mac->text());
    p.mac = mac ? mac.value() : QString();
    p.model = m_model->currentData().toString();
    const QStringList names = provisioning::fileNames(p);
    m_files->setText(names.isEmpty() ? tr("(a MAC address and a model are needed)") : names.join(QStringLiteral(", ")));
}

void PhoneProvisioningDialog::accept()
{
    PhoneAccount changed = m_phone;
    changed.account.ha1.clear(); // keeps the password
    changed.mac.clear();
    if (!m_mac->text().trimmed().isEmpty()) {
        auto mac = normalizeMac(m_mac->text());
        if (!mac) {
            m_error->setText(mac.message());
            return;
        }
        changed.mac = mac.value();
    }
    changed.model = m_model->currentData().toString();
    changed.displayName = m_display->text().trimmed();
    if (auto s = PhoneAccountRepository(m_ctx.db).update(changed); !s) {
        m_error->setText(s.message());
        return;
    }
    m_phone = changed;
    QDialog::accept();
}

void PhoneProvisioningDialog::copyTftpUrl()
{
    m_copied = provisioning::ProvisioningService(m_ctx.db, nullptr).tftpBase();
    QGuiApplication::clipboard()->setText(m_copied);
    m_error->setText(tr("Copied: %1").arg(m_copied));
}

void PhoneProvisioningDialog::copyNewHttpsUrl()
{
    provisioning::ProvisioningService service(m_ctx.db, nullptr);
    auto token = service.newToken(m_phone.number);
    if (!token) {
        m_error->setText(token.message());
        return;
    }
    m_copied = service.httpsBase(token.value());
    QGuiApplication::clipboard()->setText(m_copied);
    m_error->setText(tr("Copied a new HTTPS URL (the previous one no longer works): %1").arg(m_copied));
}

} // namespace centrale::ui
