#include "dashboard/DashboardSummary.h"
#include "calls/LimitTracker.h"
#include "domain/Money.h"
#include "store/BlockedSourceRepository.h"
#include "store/FraudBlockRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace centrale {

namespace {

int percentOf(qint64 part, qint64 whole) { return whole > 0 ? int(part * 100 / whole) : 0; }

// Alerts the store knows about (fraud blocks, blocked sources, limits reached); the live
// ones (carrier, trunks down) are added by applyLive.
QList<DashboardAlert> storedAlerts(const QList<calls::FraudBlock> &fraud, const QList<BlockedSource> &blocked,
                                   const QList<SpendAgainstLimit> &spend, const QDateTime &now)
{
    QList<DashboardAlert> out;
    const qint64 weekAgoMs = now.addDays(-7).toMSecsSinceEpoch();
    for (const auto &b : fraud) {
        if (b.blockedMs < weekAgoMs && b.liftedMs != 0)
            continue;
        const QString text = b.liftedMs == 0 ? QCoreApplication::translate("DashboardSummary", "Fraud detector blocked %1: %2").arg(b.owner, b.reason)
                                             : QCoreApplication::translate("DashboardSummary", "Fraud block of %1 lifted (%2)").arg(b.owner, b.reason);
        out << DashboardAlert{QDateTime::fromMSecsSinceEpoch(b.blockedMs), b.liftedMs == 0 ? DashboardAlert::Severity::Critical : DashboardAlert::Severity::Warning, text};
    }
    for (const auto &s : blocked)
        out << DashboardAlert{QDateTime::fromSecsSinceEpoch(s.blockedAt), DashboardAlert::Severity::Warning,
                              s.reason.isEmpty() ? QCoreApplication::translate("DashboardSummary", "%1 blocked after failed logins").arg(s.address) : QCoreApplication::translate("DashboardSummary", "%1 blocked: %2").arg(s.address, s.reason)};
    for (const auto &s : spend) {
        const int pct = qMax(s.dayPercent(), s.weekPercent());
        if (pct < s.warnPercent)
            continue;
        const bool day = s.dayPercent() >= s.weekPercent();
        const QString text = day ? QCoreApplication::translate("DashboardSummary", "%1 has spent %2% of its daily limit (EUR %3 of %4)")
                                       .arg(s.owner)
                                       .arg(pct)
                                       .arg(money::formatEuro(s.dayMicros, 2), money::formatEuro(s.dayLimitMicros, 2))
                                 : QCoreApplication::translate("DashboardSummary", "%1 has spent %2% of its weekly limit (EUR %3 of %4)")
                                       .arg(s.owner)
                                       .arg(pct)
                                       .arg(money::formatEuro(s.weekMicros, 2), money::formatEuro(s.weekLimitMicros, 2));
        out << DashboardAlert{now, pct >= 100 ? DashboardAlert::Severity::Critical : DashboardAlert::Severity::Warning, text};
    }
    return out;
}

void sortAndTrim(QList<DashboardAlert> &alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(), [](const DashboardAlert &a, const DashboardAlert &b) { return a.at > b.at; });
    if (alerts.size() > DashboardSummary::kMaxAlerts)
        alerts.resize(DashboardSummary::kMaxAlerts);
}
} // namespace

TrunkHealth TrunkRegistration::health() const
{
    if (primary == RegistrationState::Registered || secondary == RegistrationState::Registered)
        return TrunkHealth::Up;
    if (primary == RegistrationState::Unreachable || secondary == RegistrationState::Unreachable)
        return TrunkHealth::Unreachable;
    return TrunkHealth::Down;
}

int SpendAgainstLimit::dayPercent() const { return percentOf(dayMicros, dayLimitMicros); }
int SpendAgainstLimit::weekPercent() const { return percentOf(weekMicros, weekLimitMicros); }

Result<DashboardSummary> DashboardSummary::load(Database &db, const QDateTime &now, const QList<std::shared_ptr<const AttentionSource>> &sources)
{
    DashboardSummary s;
    s.at = now;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 dayStart = calls::LimitTracker::windowStart(calls::LimitWindow::Day, nowMs);
    const qint64 weekStart = calls::LimitTracker::windowStart(calls::LimitWindow::Week, nowMs);
    DashboardRepository repo(db);

    auto trunkAccounts = repo.trunkAccounts();
    if (!trunkAccounts)
        return trunkAccounts.error();
    s.m_trunkAccounts = trunkAccounts.value();

    auto calls = repo.callsSince(dayStart);
    if (!calls)
        return calls.error();
    s.callsToday = calls->first;
    s.answeredToday = calls->second;
    auto perHour = repo.callsPerHour(dayStart, 24);
    if (!perHour)
        return perHour.error();
    s.callsPerHour = perHour.value();

    auto accounts = repo.spendingAccounts();
    if (!accounts)
        return accounts.error();
    auto spent = repo.spendByOwner(dayStart, weekStart);
    if (!spent)
        return spent.error();
    QHash<QString, OwnerSpend> byOwner;
    for (const auto &o : spent.value())
        byOwner.insert(o.owner, o);
    for (const auto &a : accounts.value()) {
        const OwnerSpend o = byOwner.value(a.owner);
        s.spentTodayMicros += o.dayMicros;
        s.spentWeekMicros += o.weekMicros;
        const qint64 dayLimit = calls::LimitTracker::limitMicros(a.limits, calls::LimitWindow::Day);
        const qint64 weekLimit = calls::LimitTracker::limitMicros(a.limits, calls::LimitWindow::Week);
        s.limitTodayMicros += dayLimit;
        s.limitWeekMicros += weekLimit;
        if (o.weekMicros > 0)
            s.spend << SpendAgainstLimit{a.owner, a.isTrunk, o.dayMicros, o.weekMicros, dayLimit, weekLimit, a.limits.warnPercentFirst};
    }
    std::stable_sort(s.spend.begin(), s.spend.end(), [](const SpendAgainstLimit &a, const SpendAgainstLimit &b) {
        return qMax(a.dayPercent(), a.weekPercent()) > qMax(b.dayPercent(), b.weekPercent());
    });

    QList<qint64> dayStarts;
    for (int i = 6; i >= 0; --i) {
        const QDate d = now.date().addDays(-i);
        s.days << d;
        dayStarts << QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
    }
    auto perDay = repo.trunkSpendPerDay(dayStarts);
    if (!perDay)
        return perDay.error();
    for (const auto &t : perDay.value()) {
        auto &row = s.trunkSpendPerDay[t.trunk];
        if (row.isEmpty())
            row = QList<qint64>(s.days.size(), 0);
        if (t.day >= 0 && t.day < row.size())
            row[t.day] = t.micros;
    }

    auto blocked = BlockedSourceRepository(db).active(now.toSecsSinceEpoch());
    if (!blocked)
        return blocked.error();
    s.blockedSources = int(blocked->size());
    auto fraud = FraudBlockRepository(db).list(false);
    if (!fraud)
        return fraud.error();
    s.fraudBlocks = int(std::count_if(fraud->begin(), fraud->end(), [](const calls::FraudBlock &b) { return b.liftedMs == 0; }));
    s.m_storedAlerts = storedAlerts(fraud.value(), blocked.value(), s.spend, now);
    s.alerts = s.m_storedAlerts;
    sortAndTrim(s.alerts);

    for (const auto &source : sources) {
        auto items = source->attentionItems(db, now);
        if (!items)
            s.attention << AttentionItem{now, QCoreApplication::translate("DashboardSummary", "Could not read: %1").arg(items.message()), {}, true};
        else
            s.attention += items.value();
    }
    std::stable_sort(s.attention.begin(), s.attention.end(), [](const AttentionItem &a, const AttentionItem &b) { return a.due < b.due; });
    return s;
}

void DashboardSummary::applyLive(bool running, const QList<AccountStatus> &statuses, const UpstreamStatus &carrier, int activeCalls)
{
    engineRunning = running;
    upstream = running ? carrier : UpstreamStatus{};
    callsNow = running ? activeCalls : 0;
    QHash<QString, RegistrationState> byAccount;
    phonesRegistered = phonesTotal = 0;
    for (const auto &st : statuses) {
        byAccount.insert(st.account, running ? st.state : RegistrationState::Unregistered);
        if (st.role == QLatin1String("phone")) {
            ++phonesTotal;
            phonesRegistered += running && st.state == RegistrationState::Registered;
        }
    }
    trunks.clear();
    trunksUp = trunksDown = trunksUnreachable = 0;
    alerts = m_storedAlerts; // the live ones of an earlier call are replaced
    for (const auto &t : m_trunkAccounts) {
        TrunkRegistration r{t.value(0), byAccount.value(t.value(1), RegistrationState::Unregistered), byAccount.value(t.value(2), RegistrationState::Unregistered)};
        trunks << r;
        switch (r.health()) {
        case TrunkHealth::Up:
            ++trunksUp;
            break;
        case TrunkHealth::Down:
            ++trunksDown;
            break;
        case TrunkHealth::Unreachable:
            ++trunksUnreachable;
            break;
        }
    }
    // Live alerts first, so among alerts of the same time the current state leads.
    if (running && upstream.state == UpstreamStatus::State::Failed)
        alerts.prepend(DashboardAlert{upstream.since.isValid() ? upstream.since : at, DashboardAlert::Severity::Critical,
                                      QCoreApplication::translate("DashboardSummary", "Carrier registration failed: %1").arg(upstream.detail)});
    sortAndTrim(alerts);
}

} // namespace centrale
