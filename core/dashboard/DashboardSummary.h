#pragma once
// The state of the whole system at a glance, as the Dashboard shows it: figures read from
// the store (load(), on a worker thread) plus the live registrations, which come from the
// status feed on the GUI thread (applyLive()). Pure data; no widgets.
#include "dashboard/AttentionSource.h"
#include "sip/RegistrationStatus.h"
#include "sip/UpstreamStatus.h"
#include "store/DashboardRepository.h"

#include <QDateTime>
#include <memory>

namespace centrale {

// Up: at least one of the two accounts registered and reachable. Unreachable: registered
// but not answering OPTIONS (and none up). Down: neither registered.
enum class TrunkHealth { Down, Up, Unreachable };

struct TrunkRegistration {
    QString trunk;
    RegistrationState primary = RegistrationState::Unregistered;
    RegistrationState secondary = RegistrationState::Unregistered;
    TrunkHealth health() const;
};

struct SpendAgainstLimit {
    QString owner;
    bool isTrunk = true;
    qint64 dayMicros = 0, weekMicros = 0;
    qint64 dayLimitMicros = 0, weekLimitMicros = 0;
    int warnPercent = 80; // the first warning level of this account
    int dayPercent() const;
    int weekPercent() const;
};

struct DashboardAlert {
    QDateTime at;
    enum class Severity { Warning, Critical } severity = Severity::Warning;
    QString text; // translated
};

struct DashboardSummary {
    QDateTime at; // when the figures were read
    // Registrations (live)
    QList<TrunkRegistration> trunks;
    int trunksUp = 0, trunksDown = 0, trunksUnreachable = 0;
    int phonesRegistered = 0, phonesTotal = 0;
    bool engineRunning = false;
    UpstreamStatus upstream;
    // Calls
    int callsNow = -1; // -1: the feed cannot tell
    int callsToday = 0, answeredToday = 0;
    QList<int> callsPerHour; // today, from midnight, 24 entries
    // Money
    qint64 spentTodayMicros = 0, spentWeekMicros = 0;
    qint64 limitTodayMicros = 0, limitWeekMicros = 0; // the sums of every account's limits
    QList<SpendAgainstLimit> spend;                   // every account that spent this week, highest day share first
    QList<QDate> days;                                // the last 7 days, oldest first
    QHash<QString, QList<qint64>> trunkSpendPerDay;   // trunk → micro-euro per entry of days
    // Security
    int blockedSources = 0, fraudBlocks = 0;
    QList<DashboardAlert> alerts; // newest first, at most kMaxAlerts
    QList<AttentionItem> attention;

    static constexpr int kMaxAlerts = 8;

    // Everything the store knows, as of now. Runs the attention sources too (their errors
    // become an item that says so, so a broken source is seen, not silently empty).
    static Result<DashboardSummary> load(Database &db, const QDateTime &now,
                                         const QList<std::shared_ptr<const AttentionSource>> &sources = {});
    // The live part: registrations from the feed's snapshot, the carrier, calls now.
    void applyLive(bool running, const QList<AccountStatus> &statuses, const UpstreamStatus &carrier, int activeCalls);

private:
    QList<QStringList> m_trunkAccounts; // {name, primary, secondary}, from load()
    QList<DashboardAlert> m_storedAlerts;
};

} // namespace centrale
