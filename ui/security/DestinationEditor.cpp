#include "security/DestinationEditor.h"
#include "domain/DestinationPresets.h"
#include "security/CountryPickerDialog.h"
#include "security/CountryRulesModel.h"
#include "security/PrefixListEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace centrale::ui {

DestinationEditor::DestinationEditor(QWidget *parent)
    : QWidget(parent), m_preset(new QComboBox(this)), m_apply(new QPushButton(this)), m_model(new CountryRulesModel(this)), m_view(new QTableView(this)),
      m_addCountry(new QPushButton(this)), m_removeCountry(new QPushButton(this)), m_allowed(new PrefixListEditor(this)),
      m_blocked(new PrefixListEditor(this)), m_fraud(new QLabel(this)), m_message(new QLabel(this))
{
    for (const auto &key : destinationPresetKeys())
        m_preset->addItem(QString(), key);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(m_apply);

    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(CountryRulesModel::Country, QHeaderView::Stretch);
    m_view->setMinimumHeight(160);
    auto *countryButtons = new QVBoxLayout;
    countryButtons->addWidget(m_addCountry);
    countryButtons->addWidget(m_removeCountry);
    countryButtons->addStretch();
    auto *countryRow = new QHBoxLayout;
    countryRow->addWidget(m_view, 1);
    countryRow->addLayout(countryButtons);

    m_fraud->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto newLabel = [this] { return m_labels.emplace_back(new QLabel(this)); };
    form->addRow(newLabel(), presetRow);
    form->addRow(newLabel(), countryRow);
    form->addRow(newLabel(), m_allowed);
    form->addRow(newLabel(), m_blocked);
    form->addRow(newLabel(), m_fraud);
    form->addRow(m_message);

    connect(m_apply, &QPushButton::clicked, this, [this] { applyPreset(m_preset->currentData().toString()); });
    connect(m_addCountry, &QPushButton::clicked, this, &DestinationEditor::pickCountries);
    connect(m_removeCountry, &QPushButton::clicked, this, &DestinationEditor::removeCountry);
    connect(m_model, &CountryRulesModel::changed, this, &DestinationEditor::changed);
    connect(m_allowed, &PrefixListEditor::changed, this, [this] {
        updateFraudNote();
        emit changed();
    });
    connect(m_blocked, &PrefixListEditor::changed, this, &DestinationEditor::changed);
    retranslate();
}

void DestinationEditor::setWhitelist(const DestinationWhitelist &w)
{
    m_presetKey = w.preset;
    if (const int i = m_preset->findData(w.preset); i >= 0)
        m_preset->setCurrentIndex(i);
    m_model->setRules(w.countries);
    m_allowed->setPrefixes(w.allowedPrefixes);
    m_blocked->setPrefixes(w.blockedPrefixes);
    m_message->clear();
    updateFraudNote();
}

DestinationWhitelist DestinationEditor::whitelist() const
{
    DestinationWhitelist w;
    w.countries = m_model->rules();
    w.allowedPrefixes = m_allowed->prefixes();
    w.blockedPrefixes = m_blocked->prefixes();
    w.preset = m_presetKey;
    return w;
}

bool DestinationEditor::applyPreset(const QString &key)
{
    auto w = destinationPreset(key);
    if (!w) {
        m_message->setText(w.message());
        return false;
    }
    setWhitelist(w.value());
    emit changed();
    return true;
}

void DestinationEditor::addCountries(const QStringList &regions) { m_model->addRegions(regions); }

void DestinationEditor::pickCountries()
{
    CountryPickerDialog picker(m_model->regions(), this);
    if (picker.exec() == QDialog::Accepted)
        addCountries(picker.selectedRegions());
}

void DestinationEditor::removeCountry() { m_model->removeRow(m_view->currentIndex().row()); }

void DestinationEditor::updateFraudNote()
{
    QStringList lines;
    for (const auto &blocked : DestinationWhitelist::fraudProneDefaults()) {
        QString override;
        for (const auto &allowed : m_allowed->prefixes())
            if (blocked.startsWith(allowed) || allowed.startsWith(blocked))
                override = allowed;
        lines << (override.isEmpty() ? tr("+%1 blocked").arg(blocked) : tr("+%1 blocked, except what allowed prefix +%2 opens").arg(blocked, override));
    }
    m_fraud->setText(lines.join(QLatin1Char('\n')) + QLatin1String("\n\n")
                     + tr("These fraud-prone ranges are always blocked. An explicitly allowed prefix overrides the block for what it covers."));
}

void DestinationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DestinationEditor::retranslate()
{
    const QStringList labels{tr("Preset"), tr("Countries"), tr("Extra allowed prefixes"), tr("Blocked prefixes"), tr("Fraud-prone ranges")};
    for (int i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    for (int i = 0; i < m_preset->count(); ++i)
        m_preset->setItemText(i, destinationPresetTitle(m_preset->itemData(i).toString()));
    m_preset->setAccessibleName(tr("Destination preset"));
    m_apply->setText(tr("&Apply preset"));
    m_apply->setToolTip(tr("Replace the countries and prefixes below by the preset's"));
    m_addCountry->setText(tr("Add &countries..."));
    m_removeCountry->setText(tr("&Remove country"));
    m_view->setAccessibleName(tr("Allowed countries and number types"));
    m_allowed->setFieldName(tr("Allowed prefix"));
    m_blocked->setFieldName(tr("Blocked prefix"));
    m_fraud->setAccessibleName(tr("Fraud-prone ranges"));
    updateFraudNote();
}

} // namespace centrale::ui
