#include "trunks/TrunkGeneralPage.h"
#include "common/IpListEditor.h"
#include "trunks/TrunkNumbersEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace centrale::ui {

static QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setStyleSheet(QStringLiteral("color: #b00020"));
    return l;
}

TrunkGeneralPage::TrunkGeneralPage(const QStringList &offeredNumbers, const QStringList &callPlans, const QStringList &takenNames, QWidget *parent)
    : QWizardPage(parent), m_takenNames(takenNames), m_name(new QLineEdit(this)), m_nameError(errorLabel(this)), m_channels(new QSpinBox(this)),
      m_brand(new QComboBox(this)), m_type(new QLineEdit(this)), m_format(new QComboBox(this)), m_formatHelp(new QLabel(this)), m_ips(new IpListEditor(this)),
      m_ipError(errorLabel(this)), m_numbers(new TrunkNumbersEditor(this)), m_failover(new QComboBox(this))
{
    m_channels->setRange(1, Trunk::kMaxChannels);
    m_channels->setValue(2);
    for (PbxBrand b : allPbxBrands())
        m_brand->addItem(pbxBrandDisplayName(b), int(b));
    m_format->addItem(QString(), int(NumberFormat::Plus));
    m_format->addItem(QString(), int(NumberFormat::NoPlus));
    m_formatHelp->setWordWrap(true);
    m_numbers->setOffered(offeredNumbers);
    m_failover->addItem(QString(), QString());
    for (const auto &p : callPlans)
        m_failover->addItem(p, p);

    auto *form = new QFormLayout(this);
    for (int i = 0; i < 8; ++i)
        m_labels << new QLabel(this);
    form->addRow(m_labels[0], m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(m_labels[1], m_channels);
    form->addRow(m_labels[2], m_brand);
    form->addRow(m_labels[3], m_type);
    form->addRow(m_labels[4], m_format);
    form->addRow(QString(), m_formatHelp);
    form->addRow(m_labels[5], m_ips);
    form->addRow(QString(), m_ipError);
    form->addRow(m_labels[6], m_numbers);
    form->addRow(m_labels[7], m_failover);
    for (int i = 0; i < 8; ++i)
        m_labels[i]->setBuddy(QList<QWidget *>{m_name, m_channels, m_brand, m_type, m_format, m_ips->input(), m_numbers->picker(), m_failover}[i]);

    connect(m_name, &QLineEdit::textChanged, this, &TrunkGeneralPage::validateInline);
    connect(m_ips, &IpListEditor::changed, this, &TrunkGeneralPage::validateInline);
    connect(m_numbers, &TrunkNumbersEditor::changed, this, &TrunkGeneralPage::completeChanged);
    retranslate();
    validateInline();
}

void TrunkGeneralPage::load(const Trunk &t)
{
    m_takenNames.removeAll(t.name); // editing: its own name is not taken
    m_name->setText(t.name);
    m_channels->setValue(t.channels);
    m_brand->setCurrentIndex(m_brand->findData(int(t.brand)));
    m_type->setText(t.type);
    m_format->setCurrentIndex(m_format->findData(int(t.format)));
    m_ips->setNetworks(t.ipWhitelist);
    m_numbers->setNumbers(t.numbers);
    m_failover->setCurrentIndex(qMax(0, m_failover->findData(t.failoverCallPlan)));
    validateInline();
}

void TrunkGeneralPage::store(Trunk &t) const
{
    t.name = m_name->text().trimmed();
    t.channels = m_channels->value();
    t.brand = PbxBrand(m_brand->currentData().toInt());
    t.type = m_type->text().trimmed();
    t.format = NumberFormat(m_format->currentData().toInt());
    t.ipWhitelist = m_ips->networks();
    t.numbers = m_numbers->numbers();
    t.failoverCallPlan = m_failover->currentData().toString();
}

QString TrunkGeneralPage::nameError() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a name for the trunk.");
    if (m_takenNames.contains(name, Qt::CaseInsensitive))
        return tr("A trunk named \"%1\" already exists.").arg(name);
    return {};
}

void TrunkGeneralPage::validateInline()
{
    m_nameError->setText(m_name->text().isEmpty() ? QString() : nameError()); // no nagging before typing
    m_ipError->setText(m_ips->networks().isEmpty() ? tr("Add at least one IP address or subnet of the PBX.") : QString());
    emit completeChanged();
}

bool TrunkGeneralPage::isComplete() const { return nameError().isEmpty() && !m_ips->networks().isEmpty(); }

void TrunkGeneralPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void TrunkGeneralPage::retranslate()
{
    setTitle(tr("Wizard - step 1/2"));
    setSubTitle(tr("The trunk: its PBX, the addresses it connects from and its numbers."));
    const QStringList labels{tr("&Name"), tr("&Simultaneous calls"), tr("&Brand"), tr("T&ype"), tr("Number &format"),
                             tr("&IP addresses/subnets"), tr("N&umbers"), tr("Fail&over to call plan")};
    for (int i = 0; i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_name->setAccessibleName(tr("Trunk name"));
    m_channels->setAccessibleName(tr("Simultaneous calls"));
    m_brand->setAccessibleName(tr("Brand"));
    m_type->setAccessibleName(tr("Type"));
    m_type->setPlaceholderText(tr("PBX model, e.g. 520"));
    m_format->setAccessibleName(tr("Number format"));
    m_format->setItemText(0, tr("With + (+31502053031)"));
    m_format->setItemText(1, tr("Without + (31502053031)"));
    m_formatHelp->setText(tr("How numbers are sent to your PBX and how the PBX must send them to us: in international format "
                             "with a leading + or without it. Choose what your PBX expects."));
    m_failover->setAccessibleName(tr("Failover to call plan"));
    m_failover->setItemText(0, tr("None"));
    validateInline();
}

} // namespace centrale::ui
