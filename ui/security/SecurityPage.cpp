#include "security/SecurityPage.h"
#include "common/IpListEditor.h"
#include "store/PhoneAccountRepository.h"
#include "store/TrunkRepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace centrale::ui {

SecurityPage::SecurityPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_account(new QComboBox(this)), m_channels(new QSpinBox(this)), m_ips(new IpListEditor(this)),
      m_allowed(new QLineEdit(this)), m_blocked(new QListWidget(this)), m_save(new QPushButton(this)), m_result(new QLabel(this)), m_form(new QFormLayout(this))
{
    m_channels->setRange(1, Trunk::kMaxChannels);
    auto newLabel = [this] { return m_labels.emplace_back(new QLabel(this)); };
    m_form->addRow(newLabel(), m_account);
    m_form->addRow(newLabel(), m_channels);
    m_form->addRow(newLabel(), m_ips);
    for (int i = 0; i < 3; ++i) {
        m_amount[i] = new QDoubleSpinBox(this);
        m_amount[i]->setRange(0, 100000);
        m_amount[i]->setPrefix(QStringLiteral("€ "));
        m_form->addRow(newLabel(), m_amount[i]);
    }
    for (int i = 0; i < 3; ++i) {
        m_calls[i] = new QSpinBox(this);
        m_calls[i]->setRange(0, 1000000);
        m_form->addRow(newLabel(), m_calls[i]);
    }
    m_form->addRow(newLabel(), m_allowed);
    m_form->addRow(newLabel(), m_blocked);
    m_form->addRow(m_result, m_save);
    m_blocked->setMaximumHeight(120);
    connect(m_account, &QComboBox::currentIndexChanged, this, &SecurityPage::show);
    connect(m_save, &QPushButton::clicked, this, &SecurityPage::save);
    retranslate();
    reload();
}

void SecurityPage::reload()
{
    const int keep = m_account->currentIndex();
    auto t = TrunkRepository(m_ctx.db).list();
    auto p = PhoneAccountRepository(m_ctx.db).list();
    m_trunks = t ? t.value() : QList<Trunk>{};
    m_phones = p ? p.value() : QList<PhoneAccount>{};
    const QSignalBlocker block(m_account);
    m_account->clear();
    for (const auto &trunk : m_trunks)
        m_account->addItem(tr("Trunk %1").arg(trunk.name));
    for (const auto &phone : m_phones)
        m_account->addItem(tr("Phone account +%1").arg(phone.number));
    m_account->setCurrentIndex(keep >= 0 && keep < m_account->count() ? keep : 0);
    show(m_account->currentIndex());
}

void SecurityPage::show(int index)
{
    const bool isTrunk = index >= 0 && index < m_trunks.size();
    const bool isPhone = index >= m_trunks.size() && index < m_trunks.size() + m_phones.size();
    m_save->setEnabled(isTrunk || isPhone);
    if (!isTrunk && !isPhone)
        return;
    const Limits limits = isTrunk ? m_trunks[index].limits : m_phones[index - m_trunks.size()].limits;
    const DestinationWhitelist dest = isTrunk ? m_trunks[index].destinations : m_phones[index - m_trunks.size()].destinations;
    m_channels->setValue(isTrunk ? m_trunks[index].channels : m_phones[index - m_trunks.size()].channels);
    m_ips->setNetworks(isTrunk ? m_trunks[index].ipWhitelist : m_phones[index - m_trunks.size()].ipWhitelist);
    const int cents[3] = {limits.amountHourCents, limits.amountDayCents, limits.amountWeekCents};
    const int calls[3] = {limits.callsHour, limits.callsDay, limits.callsWeek};
    for (int i = 0; i < 3; ++i) {
        m_amount[i]->setValue(cents[i] / 100.0);
        m_calls[i]->setValue(calls[i]);
    }
    m_allowed->setText(dest.allowedPrefixes.join(QStringLiteral(", ")));
    m_blocked->clear();
    for (const auto &prefix : DestinationWhitelist::fraudProneDefaults() + dest.blockedPrefixes)
        m_blocked->addItem(tr("+%1 (blocked)").arg(prefix));
    m_result->clear();
}

void SecurityPage::save()
{
    const int index = m_account->currentIndex();
    Limits limits;
    limits.amountHourCents = qRound(m_amount[0]->value() * 100);
    limits.amountDayCents = qRound(m_amount[1]->value() * 100);
    limits.amountWeekCents = qRound(m_amount[2]->value() * 100);
    limits.callsHour = m_calls[0]->value();
    limits.callsDay = m_calls[1]->value();
    limits.callsWeek = m_calls[2]->value();
    QStringList allowed;
    for (QString s : m_allowed->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        allowed << s.remove(QLatin1Char('+')).trimmed();
    Status s;
    if (index < m_trunks.size()) {
        Trunk t = m_trunks[index];
        t.channels = m_channels->value();
        t.ipWhitelist = m_ips->networks();
        t.limits = limits;
        t.destinations.allowedPrefixes = allowed;
        t.primary.ha1.clear(); // empty keeps the stored HA1
        t.secondary.ha1.clear();
        s = TrunkRepository(m_ctx.db).update(t);
    } else {
        PhoneAccount p = m_phones[index - m_trunks.size()];
        p.channels = m_channels->value();
        p.ipWhitelist = m_ips->networks();
        p.limits = limits;
        p.destinations.allowedPrefixes = allowed;
        p.account.ha1.clear();
        s = PhoneAccountRepository(m_ctx.db).update(p);
    }
    m_result->setText(s ? tr("Saved.") : s.message());
    if (s)
        reload();
}

void SecurityPage::retranslate()
{
    const QStringList labels{tr("Account"), tr("Simultaneous calls"), tr("IP whitelist"), tr("Limit per hour"), tr("Limit per day"),
                             tr("Limit per week"), tr("Calls per hour (0 = no limit)"), tr("Calls per day (0 = no limit)"),
                             tr("Calls per week (0 = no limit)"), tr("Extra allowed prefixes"), tr("Blocked destinations")};
    for (int i = 0; i < labels.size() && i < m_labels.size(); ++i) {
        m_labels[i]->setText(labels[i]);
        if (auto *field = m_form->itemAt(i, QFormLayout::FieldRole); field && field->widget())
            field->widget()->setAccessibleName(labels[i]);
    }
    m_save->setText(tr("&Save"));
    m_allowed->setPlaceholderText(tr("e.g. +3190612, +44"));
}

} // namespace centrale::ui
