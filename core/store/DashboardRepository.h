#pragma once
// Aggregate reads for the Dashboard: every figure is one GROUP BY over an indexed range of
// the call log (or a small table), so a refresh every few seconds stays cheap.
#include "domain/Security.h"
#include "store/Database.h"
#include <QList>

namespace centrale {

// An account that spends: a trunk (by name) or a phone account (by number), with its limits.
struct SpendingAccount {
    QString owner;
    bool isTrunk = true;
    Limits limits;
};

struct OwnerSpend {
    QString owner;
    qint64 dayMicros = 0, weekMicros = 0;
};

struct TrunkDaySpend {
    QString trunk;
    int day = 0; // index into the day starts given
    qint64 micros = 0;
};

class DashboardRepository {
public:
    explicit DashboardRepository(Database &db) : m_db(db) {}

    Result<QList<SpendingAccount>> spendingAccounts(); // trunks first, each by name
    // What each owner spent (the calls CallLogRepository::spentMicros counts) since dayStart
    // and since weekStart; owners with nothing spent are left out.
    Result<QList<OwnerSpend>> spendByOwner(qint64 dayStartMs, qint64 weekStartMs);
    // Calls started since dayStartMs per hour after it: hourCount entries, oldest first.
    Result<QList<int>> callsPerHour(qint64 dayStartMs, int hourCount);
    // Calls started since dayStartMs: all, and those answered.
    Result<QPair<int, int>> callsSince(qint64 sinceMs);
    // Spend of trunks per day; dayStarts ascending, day i runs to dayStarts[i + 1] (the last to now).
    Result<QList<TrunkDaySpend>> trunkSpendPerDay(const QList<qint64> &dayStarts);
    // Trunk names with the usernames of their primary and secondary account.
    Result<QList<QStringList>> trunkAccounts(); // {name, primary, secondary}

private:
    Database &m_db;
};

} // namespace centrale
