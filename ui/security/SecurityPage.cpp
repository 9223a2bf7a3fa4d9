#include "security/SecurityPage.h"
#include "common/Background.h"
#include "common/IpListEditor.h"
#include "security/DestinationEditor.h"
#include "security/UsageBar.h"
#include "store/PhoneAccountRepository.h"
#include "store/TrunkRepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace centrale::ui {

SecurityPage::SecurityPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_usageSource([](const QString &) { return LimitUsage{}; }), m_account(new QComboBox(this)), m_tabs(new QTabWidget(this)),
      m_channels(new QSpinBox(this)), m_ips(new IpListEditor(this)), m_destinations(new DestinationEditor(this)), m_save(new QPushButton(this)),
      m_result(new QLabel(this)), m_accountLabel(new QLabel(this))
{
    auto newLabel = [this] { return m_labels.emplace_back(new QLabel(this)); };
    auto *access = new QWidget(this);
    m_accessForm = new QFormLayout(access);
    m_channels->setRange(1, Trunk::kMaxChannels);
    m_accessForm->addRow(newLabel(), m_channels);
    m_accessForm->addRow(newLabel(), m_ips);

    auto *limits = new QWidget(this);
    m_limitsForm = new QFormLayout(limits);
    for (int i = 0; i < 3; ++i) {
        m_amount[i] = new QDoubleSpinBox(this);
        m_amount[i]->setRange(0, 100000);
        m_amount[i]->setPrefix(QStringLiteral("€ "));
        m_usage[i] = new UsageBar(this);
        auto *row = new QHBoxLayout;
        row->addWidget(m_amount[i]);
        row->addWidget(m_usage[i], 1);
        m_limitsForm->addRow(newLabel(), row);
        connect(m_amount[i], &QDoubleSpinBox::valueChanged, this, &SecurityPage::updateUsage);
    }
    for (int i = 0; i < 3; ++i) {
        m_calls[i] = new QSpinBox(this);
        m_calls[i]->setRange(0, 1000000);
        m_limitsForm->addRow(newLabel(), m_calls[i]);
    }

    auto *destinations = new QScrollArea(this);
    destinations->setWidget(m_destinations);
    destinations->setWidgetResizable(true);
    m_tabs->addTab(access, QString());
    m_tabs->addTab(limits, QString());
    m_tabs->addTab(destinations, QString());

    auto *top = new QHBoxLayout;
    top->addWidget(m_accountLabel);
    top->addWidget(m_account, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_result, 1);
    bottom->addWidget(m_save);
    m_result->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    connect(m_account, &QComboBox::currentIndexChanged, this, &SecurityPage::showAccount);
    connect(m_save, &QPushButton::clicked, this, &SecurityPage::save);
    retranslate();
    reload();
}

void SecurityPage::setUsageSource(LimitUsageSource source)
{
    m_usageSource = std::move(source);
    updateUsage();
}

void SecurityPage::reload()
{
    if (m_saving)
        return; // the save reloads when it is done
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
    showAccount(m_account->currentIndex());
}

QString SecurityPage::currentAccount() const
{
    const int index = m_account->currentIndex();
    if (index >= 0 && index < m_trunks.size())
        return m_trunks[index].primary.username;
    if (index >= m_trunks.size() && index < m_trunks.size() + m_phones.size())
        return m_phones[index - m_trunks.size()].account.username;
    return {};
}

void SecurityPage::showAccount(int index)
{
    const bool isTrunk = index >= 0 && index < m_trunks.size();
    const bool isPhone = index >= m_trunks.size() && index < m_trunks.size() + m_phones.size();
    m_save->setEnabled((isTrunk || isPhone) && !m_saving);
    m_tabs->setEnabled(isTrunk || isPhone);
    if (!isTrunk && !isPhone)
        return;
    const PhoneAccount *phone = isPhone ? &m_phones[index - m_trunks.size()] : nullptr;
    m_limits = isTrunk ? m_trunks[index].limits : phone->limits;
    m_channels->setValue(isTrunk ? m_trunks[index].channels : phone->channels);
    m_ips->setNetworks(isTrunk ? m_trunks[index].ipWhitelist : phone->ipWhitelist);
    const int cents[3] = {m_limits.amountHourCents, m_limits.amountDayCents, m_limits.amountWeekCents};
    const int calls[3] = {m_limits.callsHour, m_limits.callsDay, m_limits.callsWeek};
    for (int i = 0; i < 3; ++i) {
        const QSignalBlocker block(m_amount[i]);
        m_amount[i]->setValue(cents[i] / 100.0);
        m_calls[i]->setValue(calls[i]);
    }
    m_destinations->setWhitelist(isTrunk ? m_trunks[index].destinations : phone->destinations);
    updateUsage();
    m_result->clear();
}

void SecurityPage::updateUsage()
{
    const QString account = currentAccount();
    const LimitUsage used = account.isEmpty() ? LimitUsage{} : m_usageSource(account);
    const int spent[3] = {used.hourCents, used.dayCents, used.weekCents};
    for (int i = 0; i < 3; ++i)
        m_usage[i]->setUsage(spent[i], qRound(m_amount[i]->value() * 100), m_limits.warnPercentFirst, m_limits.warnPercentSecond);
}

void SecurityPage::save()
{
    const int index = m_account->currentIndex();
    if (m_saving || index < 0 || index >= m_trunks.size() + m_phones.size())
        return;
    Limits limits = m_limits;
    limits.amountHourCents = qRound(m_amount[0]->value() * 100);
    limits.amountDayCents = qRound(m_amount[1]->value() * 100);
    limits.amountWeekCents = qRound(m_amount[2]->value() * 100);
    limits.callsHour = m_calls[0]->value();
    limits.callsDay = m_calls[1]->value();
    limits.callsWeek = m_calls[2]->value();
    std::function<Status(Database &)> job;
    Status valid;
    if (index < m_trunks.size()) {
        Trunk t = m_trunks[index];
        t.channels = m_channels->value();
        t.ipWhitelist = m_ips->networks();
        t.limits = limits;
        t.destinations = m_destinations->whitelist();
        t.primary.ha1.clear(); // empty keeps the stored HA1
        t.secondary.ha1.clear();
        valid = t.validate();
        job = [t](Database &db) { return TrunkRepository(db).update(t); };
    } else {
        PhoneAccount p = m_phones[index - m_trunks.size()];
        p.channels = m_channels->value();
        p.ipWhitelist = m_ips->networks();
        p.limits = limits;
        p.destinations = m_destinations->whitelist();
        p.account.ha1.clear();
        valid = p.validate();
        job = [p](Database &db) { return PhoneAccountRepository(db).update(p); };
    }
    if (!valid) {
        m_result->setText(valid.message());
        emit saved(false);
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    m_account->setEnabled(false);
    m_result->setText(tr("Saving..."));
    runInBackground<void>(this, m_ctx.db.path(), job, [this](Status s) {
        m_saving = false;
        m_account->setEnabled(true);
        m_save->setEnabled(true);
        if (s) {
            reload();
            emit dataChanged();
        }
        m_result->setText(s ? tr("Saved.") : s.message());
        emit saved(s.ok());
    });
}

void SecurityPage::retranslate()
{
    const QStringList labels{tr("Simultaneous calls"), tr("IP whitelist"), tr("Limit per hour"), tr("Limit per day"), tr("Limit per week"),
                             tr("Calls per hour (0 = no limit)"), tr("Calls per day (0 = no limit)"), tr("Calls per week (0 = no limit)")};
    for (int i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_channels->setAccessibleName(labels[0]);
    m_ips->setAccessibleName(labels[1]);
    for (int i = 0; i < 3; ++i) {
        m_amount[i]->setAccessibleName(labels[2 + i]);
        m_usage[i]->setAccessibleName(tr("Usage of the limit: %1").arg(labels[2 + i]));
        m_calls[i]->setAccessibleName(labels[5 + i]);
    }
    m_accountLabel->setText(tr("Account"));
    m_account->setAccessibleName(tr("Account"));
    m_tabs->setTabText(0, tr("Access"));
    m_tabs->setTabText(1, tr("Limits"));
    m_tabs->setTabText(2, tr("Destinations"));
    m_save->setText(tr("&Save"));
}

} // namespace centrale::ui
