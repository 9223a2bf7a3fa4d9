#include "security/SecurityPage.h"
#include "common/Background.h"
#include "calls/LimitTracker.h"
#include "common/IpListEditor.h"
#include "security/DestinationEditor.h"
#include "security/FraudBanner.h"
#include "security/RecordingBox.h"
#include "security/UsageBar.h"
#include "store/CallLogRepository.h"
#include "store/FraudBlockRepository.h"
#include "store/PhoneAccountRepository.h"
#include "store/RecordingRepository.h"
#include "store/TrunkRepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include "common/Icons.h"
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <limits>

namespace centrale::ui {

SecurityPage::SecurityPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_account(new QComboBox(this)), m_tabs(new QTabWidget(this)), m_channels(new QSpinBox(this)), m_ips(new IpListEditor(this)),
      m_cps(new QSpinBox(this)), m_banner(new FraudBanner(this)), m_timer(new QTimer(this)), m_destinations(new DestinationEditor(this)),
      m_save(new QPushButton(this)), m_result(new QLabel(this)), m_accountLabel(new QLabel(this)), m_recording(new RecordingBox(this))
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
    m_cps->setRange(0, 1000); // Limits::validate's bounds
    m_limitsForm->addRow(newLabel(), m_cps);
    m_accessForm->addRow(newLabel(), m_recording); // its label is the last in retranslate()

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
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    connect(m_account, &QComboBox::currentIndexChanged, this, &SecurityPage::showAccount);
    m_save->setIcon(icon(QStringLiteral("save")));
    connect(m_save, &QPushButton::clicked, this, &SecurityPage::save);
    connect(m_banner, &FraudBanner::unblockRequested, this, &SecurityPage::unblock);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &SecurityPage::refreshStatus);
    retranslate();
    reload();
}

void SecurityPage::setUsageSource(LimitUsageSource source)
{
    m_usageSource = std::move(source);
    refreshStatus();
}

void SecurityPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refreshStatus();
    m_timer->start();
}

void SecurityPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    Page::hideEvent(event);
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
    RecordingRepository recordings(m_ctx.db);
    m_recordingOf.clear();
    if (auto owners = recordings.owners())
        for (const auto &o : *owners)
            m_recordingOf.insert(o.kind + QLatin1Char(' ') + o.name, o.policy);
    m_recordingDefault = recordings.defaults();
    const QSignalBlocker block(m_account);
    m_account->clear();
    for (const auto &trunk : m_trunks)
        m_account->addItem(tr("Trunk %1").arg(trunk.name));
    for (const auto &phone : m_phones)
        m_account->addItem(tr("Phone account +%1").arg(phone.number));
    m_account->setCurrentIndex(keep >= 0 && keep < m_account->count() ? keep : 0);
    showAccount(m_account->currentIndex());
}

// The name the call log and the fraud detector know the account by.
QString SecurityPage::currentOwner() const
{
    const int index = m_account->currentIndex();
    if (index >= 0 && index < m_trunks.size())
        return m_trunks[index].name;
    if (index >= m_trunks.size() && index < m_trunks.size() + m_phones.size())
        return m_phones[index - m_trunks.size()].number;
    return {};
}

void SecurityPage::showAccount(int index)
{
    const bool isTrunk = index >= 0 && index < m_trunks.size();
    const bool isPhone = index >= m_trunks.size() && index < m_trunks.size() + m_phones.size();
    m_save->setEnabled((isTrunk || isPhone) && !m_saving);
    m_tabs->setEnabled(isTrunk || isPhone);
    const QString owner = currentOwner();
    if (owner != m_shownOwner) {
        // Another account's figures and block must not show under this one, not even briefly.
        m_shownOwner = owner;
        m_used = {};
        m_banner->hide();
    }
    if (!isTrunk && !isPhone) {
        updateUsage();
        return;
    }
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
    m_cps->setValue(m_limits.callsPerSecond);
    m_destinations->setWhitelist(isTrunk ? m_trunks[index].destinations : phone->destinations);
    m_recording->setPolicy(m_recordingOf.value(isTrunk ? QStringLiteral("trunk ") + m_trunks[index].name : QStringLiteral("phone +") + phone->number), m_recordingDefault);
    updateUsage();
    m_result->clear();
    refreshStatus();
}

void SecurityPage::refreshStatus()
{
    const QString owner = currentOwner();
    if (m_usageSource) {
        m_used = owner.isEmpty() ? LimitUsage{} : m_usageSource(owner);
        updateUsage();
    }
    if (owner.isEmpty() || !isVisible())
        return; // a hidden page reads nothing; showEvent catches up
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const bool fromLog = !m_usageSource;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    using calls::LimitTracker, calls::LimitWindow;
    const QList<qint64> since{LimitTracker::windowStart(LimitWindow::Hour, now), LimitTracker::windowStart(LimitWindow::Day, now),
                              LimitTracker::windowStart(LimitWindow::Week, now)};
    runInBackground<AccountStatus>(
        this, m_ctx.db.path(),
        [owner, fromLog, since](Database &db) -> Result<AccountStatus> {
            AccountStatus status;
            if (fromLog) {
                auto spent = CallLogRepository(db).spentMicros(owner, since);
                if (!spent)
                    return spent.error();
                status.spentMicros = *spent;
            }
            auto blocks = FraudBlockRepository(db).list(true);
            if (!blocks)
                return blocks.error();
            for (const auto &b : *blocks)
                if (b.owner == owner) {
                    status.block = b;
                    break;
                }
            return status;
        },
        [this, owner](Result<AccountStatus> status) { onStatus(owner, status); });
}

void SecurityPage::onStatus(const QString &owner, const Result<AccountStatus> &status)
{
    m_refreshing = false;
    if (m_refreshAgain) {
        m_refreshAgain = false; // the account, the source or the block changed meanwhile
        refreshStatus();
        return;
    }
    if (owner != currentOwner())
        return;
    if (!status) {
        m_result->setText(tr("Cannot read what the account spent: %1").arg(status.message()));
        return;
    }
    if (status->spentMicros.size() == 3) {
        auto cents = [](qint64 micros) { return int(qMin<qint64>((micros + 5000) / 10000, std::numeric_limits<int>::max())); };
        m_used = LimitUsage{cents(status->spentMicros[0]), cents(status->spentMicros[1]), cents(status->spentMicros[2])};
        updateUsage();
    }
    if (status->block)
        m_banner->setBlock(*status->block);
    else
        m_banner->hide();
    emit refreshed();
}

void SecurityPage::unblock(const calls::FraudBlock &block)
{
    if (m_unblocking)
        return;
    m_unblocking = true;
    m_banner->unblockButton()->setEnabled(false);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // By policy key: exact even where owner names differ only in case.
    const QString key = block.key;
    runInBackground<calls::FraudBlock>(
        this, m_ctx.db.path(), [key, now](Database &db) { return FraudBlockRepository(db).unblock(key, now); },
        [this](Result<calls::FraudBlock> r) {
            m_unblocking = false;
            m_banner->unblockButton()->setEnabled(true);
            if (r) {
                m_banner->hide();
                emit dataChanged();
                m_result->setText(tr("Unblocked; the engine allows calls again within a second."));
                refreshStatus(); // drops a read that started before the block was lifted
            } else {
                m_result->setText(r.message());
            }
            emit unblocked(r.ok());
        });
}

void SecurityPage::updateUsage()
{
    const int spent[3] = {m_used.hourCents, m_used.dayCents, m_used.weekCents};
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
    limits.callsPerSecond = m_cps->value();
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
        job = [t, rec = m_recording->policy()](Database &db) {
            return db.transaction([&]() -> Status {
                if (auto s = TrunkRepository(db).update(t); !s)
                    return s;
                return RecordingRepository(db).setTrunk(t.name, rec, true);
            });
        };
    } else {
        PhoneAccount p = m_phones[index - m_trunks.size()];
        p.channels = m_channels->value();
        p.ipWhitelist = m_ips->networks();
        p.limits = limits;
        p.destinations = m_destinations->whitelist();
        p.account.ha1.clear();
        valid = p.validate();
        job = [p, rec = m_recording->policy()](Database &db) {
            return db.transaction([&]() -> Status {
                if (auto s = PhoneAccountRepository(db).update(p); !s)
                    return s;
                return RecordingRepository(db).setPhone(p.number, rec, true);
            });
        };
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
                             tr("Calls per hour (0 = no limit)"), tr("Calls per day (0 = no limit)"), tr("Calls per week (0 = no limit)"),
                             tr("New calls per second (0 = no limit)"), tr("Call recording")};
    for (int i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_channels->setAccessibleName(labels[0]);
    m_ips->setAccessibleName(labels[1]);
    for (int i = 0; i < 3; ++i) {
        m_amount[i]->setAccessibleName(labels[2 + i]);
        m_usage[i]->setAccessibleName(tr("Usage of the limit: %1").arg(labels[2 + i]));
        m_calls[i]->setAccessibleName(labels[5 + i]);
    }
    m_cps->setAccessibleName(labels[8]);
    m_accountLabel->setText(tr("Account"));
    m_account->setAccessibleName(tr("Account"));
    m_tabs->setTabText(0, tr("Access"));
    m_tabs->setTabText(1, tr("Limits"));
    m_tabs->setTabText(2, tr("Destinations"));
    m_save->setText(tr("&Save"));
}

} // namespace centrale::ui
