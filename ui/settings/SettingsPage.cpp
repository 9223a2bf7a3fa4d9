#include "settings/SettingsPage.h"
#include "common/Icons.h"
#include "settings/ClusterSettingsBox.h"
#include "settings/LanguageSwitcher.h"
#include "settings/SecretSettings.h"
#include "settings/SettingsGroupForm.h"
#include "sip/StatusFeed.h"
#include "store/SettingsRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace centrale::ui {

SettingsPage::SettingsPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)), m_tabs(new QTabWidget(this)), m_passwords(new QWidget(this)),
      m_advanced(new QWidget(this)), m_table(new QTableWidget(0, 3, this)), m_saveAdvanced(new QPushButton(this)), m_advancedStatus(new QLabel(this)),
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
    auto *top = new QFormLayout;
    top->addRow(m_languageLabel, m_language);
    m_languageLabel->setBuddy(m_language);

    // One tab per group of the descriptor table; the carrier's live registration under its fields.
    for (const SettingGroup g : SettingsForm::visibleGroups()) {
        auto *form = new SettingsGroupForm(g, this);
        m_forms << form;
        if (g == SettingGroup::Engine) {
            // Under the engine's fields: bundled or cluster, and the cluster nodes' health.
            auto *engine = new QWidget(this);
            auto *l = new QVBoxLayout(engine);
            l->addWidget(form, 1);
            m_engine = new ClusterSettingsBox(ctx.db, ctx.feed, engine);
            l->addWidget(m_engine);
            m_tabs->addTab(engine, QString());
        } else if (g == SettingGroup::Carrier) {
            auto *carrier = new QWidget(this);
            auto *l = new QVBoxLayout(carrier);
            l->addWidget(form, 1);
            l->addWidget(m_upstream);
            m_upstream->setWordWrap(true);
            m_tabs->addTab(carrier, QString());
        } else {
            m_tabs->addTab(form, QString());
        }
    }

    auto *secrets = new SecretSettings(ctx.secrets, m_passwords);
    auto *passwordsLayout = new QVBoxLayout(m_passwords);
    passwordsLayout->addWidget(secrets);
    passwordsLayout->addStretch();
    connect(secrets, &SecretSettings::secretSaved, this, [this](const QString &key) { (void)SettingsRepository(m_ctx.db).notifySecretChanged(key); });
    m_tabs->addTab(m_passwords, QString());

    // The raw keys, for who knows them (and for a key no form shows yet).
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_advancedStatus->setWordWrap(true);
    auto *advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->addWidget(m_table, 1);
    auto *advancedBottom = new QHBoxLayout;
    advancedBottom->addWidget(m_advancedStatus, 1);
    advancedBottom->addWidget(m_saveAdvanced);
    advancedLayout->addLayout(advancedBottom);
    m_tabs->addTab(m_advanced, QString());

    m_status->setWordWrap(true);
    m_save->setIcon(icon(QStringLiteral("save")));
    m_saveAdvanced->setIcon(icon(QStringLiteral("save")));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    // The forms' Save does not apply to the password and raw-table tabs, which save themselves.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const QWidget *w = m_tabs->widget(index);
        m_save->setVisible(w != m_passwords && w != m_advanced);
        m_status->setVisible(m_save->isVisibleTo(this));
    });

    if (m_ctx.feed) {
        connect(m_ctx.feed, &StatusFeed::upstreamChanged, this, &SettingsPage::showUpstream);
        connect(m_ctx.feed, &StatusFeed::runningChanged, this, &SettingsPage::showUpstream);
    }
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::saveForms);
    connect(m_saveAdvanced, &QPushButton::clicked, this, &SettingsPage::saveAdvanced);
    reload();
    retranslate();
}

QWidget *SettingsPage::editor(const QString &key) const
{
    for (auto *form : m_forms)
        if (QWidget *w = form->editor(key))
            return w;
    return nullptr;
}

QString SettingsPage::statusText() const { return m_status->text(); }

void SettingsPage::reload()
{
    auto r = SettingsRepository(m_ctx.db).list();
    if (!r)
        return;
    QMap<QString, QString> values;
    m_table->setRowCount(0);
    for (const auto &v : r.value()) {
        values.insert(v.key, v.value);
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
    for (auto *form : m_forms)
        form->load(values);
}

bool SettingsPage::saveForms()
{
    SettingsRepository repo(m_ctx.db);
    QMap<QString, QString> changed;
    for (auto *form : m_forms) {
        const auto values = form->values();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (it.value() != repo.get(it.key()))
                changed.insert(it.key(), it.value());
    }
    // All fields checked first, named by their label: one bad value saves nothing.
    if (auto s = SettingsForm::validate(changed); !s) {
        m_status->setText(tr("Not saved. %1").arg(s.message()));
        if (QWidget *w = editor(s.error().field)) { // show the field at fault
            for (int i = 0; i < m_tabs->count(); ++i)
                if (m_tabs->widget(i)->isAncestorOf(w))
                    m_tabs->setCurrentIndex(i);
            w->setFocus(Qt::OtherFocusReason);
        }
        return false;
    }
    if (changed.isEmpty()) {
        m_status->setText(tr("Nothing changed."));
        return true;
    }
    QList<std::pair<QString, QString>> list;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        list.append({it.key(), it.value()});
    if (auto s = repo.setMany(list); !s) {
        m_status->setText(tr("Not saved. %1").arg(s.message()));
        return false;
    }
    m_status->setText(tr("Settings saved (%n changed).", nullptr, int(changed.size())));
    reload();
    if (m_engine)
        m_engine->refresh(); // a new mode or node list shows at once
    return true;
}

void SettingsPage::saveAdvanced()
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
    m_advancedStatus->setText(errors.isEmpty() ? tr("Settings saved.") : errors.join(QLatin1Char('\n')));
    reload();
}

void SettingsPage::showUpstream()
{
    const UpstreamStatus s = m_ctx.feed ? m_ctx.feed->upstreamStatus() : UpstreamStatus{};
    m_upstream->setText(!m_ctx.feed || !m_ctx.feed->isRunning() ? tr("Carrier registration: the engine is not running")
                        : s.state == UpstreamStatus::State::Off ? tr("Carrier registration: none (set the carrier username here and the carrier password under Passwords)")
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
    for (int i = 0; i < m_forms.size(); ++i) {
        m_forms[i]->retranslate();
        m_tabs->setTabText(i, SettingsForm::groupTitle(m_forms[i]->group()));
    }
    if (m_engine)
        m_engine->retranslate();
    m_tabs->setTabText(m_tabs->indexOf(m_passwords), tr("Passwords"));
    m_tabs->setTabText(m_tabs->indexOf(m_advanced), tr("Advanced"));
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("Description")});
    m_table->setAccessibleName(tr("Engine settings"));
    m_save->setText(tr("&Save settings"));
    m_saveAdvanced->setText(tr("Save &all keys"));
    reload(); // descriptions are translated by the catalog
}

} // namespace centrale::ui
