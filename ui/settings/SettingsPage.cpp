#include "settings/SettingsPage.h"
#include "settings/ClusterSettingsBox.h"
#include "settings/LanguageSwitcher.h"
#include "settings/ProvisioningSettings.h"
#include "settings/SecretSettings.h"
#include "sip/StatusFeed.h"
#include "store/SettingsRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace centrale::ui {

SettingsPage::SettingsPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)), m_table(new QTableWidget(0, 3, this)),
      m_save(new QPushButton(this)), m_status(new QLabel(this)), m_upstream(new QLabel(this))
{
    // Language names in their own language: findable whatever the current one is.
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(LanguageSwitcher::instance().current())));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString lang = m_language->currentData().toString();
        LanguageSwitcher::instance().apply(lang);
        (void)SettingsRepository(m_ctx.db).set(QStringLiteral("ui.language"), lang); // remembered with the rest of the settings
    });
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    m_languageLabel->setBuddy(m_language);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_engine = new ClusterSettingsBox(ctx.db, ctx.feed, this);
    layout->addWidget(m_engine);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    auto *secrets = new SecretSettings(ctx.secrets, this);
    layout->addWidget(secrets);
    connect(secrets, &SecretSettings::secretSaved, this, [this](const QString &key) { (void)SettingsRepository(m_ctx.db).notifySecretChanged(key); });
    layout->addWidget(m_upstream);
    m_provisioning = new ProvisioningSettings(ctx.db, this);
    layout->addWidget(m_provisioning);
    connect(m_provisioning, &ProvisioningSettings::saved, this, &SettingsPage::reload); // the table shows the same keys
    if (m_ctx.feed) {
        connect(m_ctx.feed, &StatusFeed::upstreamChanged, this, &SettingsPage::showUpstream);
        connect(m_ctx.feed, &StatusFeed::runningChanged, this, &SettingsPage::showUpstream);
    }
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    reload();
    retranslate();
}

void SettingsPage::reload()
{
    auto r = SettingsRepository(m_ctx.db).list();
    if (!r)
        return;
    m_table->setRowCount(0);
    for (const auto &v : r.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *key = new QTableWidgetItem(v.key);
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        auto *desc = new QTableWidgetItem;
        desc->setFlags(desc->flags() & ~Qt::ItemIsEditable);
        if (const auto *def = SettingsCatalog::find(v.key))
            desc->setText(QCoreApplication::translate("SettingsCatalog", qPrintable(def->description))); // catalog texts are built once, in English
        m_table->setItem(row, 0, key);
        m_table->setItem(row, 1, new QTableWidgetItem(v.value));
        m_table->setItem(row, 2, desc);
    }
    m_table->resizeColumnsToContents();
}

void SettingsPage::save()
{
    SettingsRepository repo(m_ctx.db);
    QStringList errors;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0)->text();
        const QString value = m_table->item(row, 1)->text().trimmed();
        if (value != repo.get(key))
            if (auto s = repo.set(key, value); !s)
                errors << s.message();
    }
    m_status->setText(errors.isEmpty() ? tr("Settings saved.") : errors.join(QLatin1Char('\n')));
    reload();
    m_engine->refresh();
}

void SettingsPage::showUpstream()
{
    const UpstreamStatus s = m_ctx.feed ? m_ctx.feed->upstreamStatus() : UpstreamStatus{};
    m_upstream->setText(!m_ctx.feed || !m_ctx.feed->isRunning() ? tr("Carrier registration: the engine is not running")
                        : s.state == UpstreamStatus::State::Off ? tr("Carrier registration: none (set upstream.username and the upstream password to register)")
                                                                : upstreamSummary(s));
}

void SettingsPage::retranslate()
{
    showUpstream();
    m_languageLabel->setText(tr("&Language"));
    {
        const QSignalBlocker block(m_language); // follow switches made elsewhere without re-applying
        m_language->setCurrentIndex(qMax(0, m_language->findData(LanguageSwitcher::instance().current())));
    }
    m_language->setAccessibleName(tr("Language"));
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("Description")});
    m_table->setAccessibleName(tr("Engine settings"));
    m_save->setText(tr("&Save settings"));
    m_provisioning->retranslate();
    m_engine->retranslate();
    reload(); // descriptions are translated by the catalog
}

} // namespace centrale::ui
