#pragma once
// The call log: the engine appends in batches (written behind the SIP thread), the
// console and the CLI read it newest first.
#include "domain/CallRecord.h"
#include "store/Database.h"
#include <QList>
#include <QSet>

namespace centrale {

struct CallLogFilter {
    QString text;      // substring of caller, callee, account, owner or reason (case-insensitive)
    QString direction; // "outbound", "inbound" or empty for both
    qint64 sinceMs = 0; // started at or after; 0 = any time
    int limit = 1000;   // newest first; 0 or less = no limit
};

// A call that counts against an account's limits and fraud baseline: its own calls out
// (past authentication) and forwards it paid for.
struct ChargedCall {
    QString owner;
    qint64 startedMs = 0, endedMs = 0, costMicros = 0;
};

class CallLogRepository {
public:
    explicit CallLogRepository(Database &db) : m_db(db) {}

    Status insert(const QList<CallRecord> &records); // one transaction for the batch
    Result<QList<CallRecord>> list(const CallLogFilter &filter = {});
    Result<qint64> count();
    // Which of these Call-IDs the log already has (cluster mode imports each call once).
    Result<QSet<QString>> knownCallIds(const QStringList &callIds);
    Result<QList<ChargedCall>> charged(qint64 sinceMs); // oldest first
    // What one owner (trunk name, phone number) spent since each given time, over the calls
    // charged() counts: one sum per entry of sinceMs, in the same order.
    Result<QList<qint64>> spentMicros(const QString &owner, const QList<qint64> &sinceMs);

private:
    Database &m_db;
};

} // namespace centrale
