#pragma once
// Spend limits and fraud detection in cluster mode. The nodes only route; Centrale, as the
// control plane, reads the calls they write to acc (a bounded batch per pass), prices them
// with the rate table, books them into Centrale's call log (so the Dashboard, the Security
// page and the history show them as they show the bundled engine's) and runs the same
// SpendGuard and FraudDetector the bundled engine runs. An account over a limit or blocked
// by the fraud detector gets an entry in the nodes' "centrale_block" htable (refused with
// 403 Forbidden before the carrier, the reason in a Warning header); the 80 %/95 % and
// fraud mails are the bundled engine's. An answered call runs until the bundled engine would
// end it (SpendGuard's deadline at the amount limit): then the guard ends it on the node that
// relays it and writes its end to acc. Not thread-safe: the follower's thread owns it.
#include "calls/SpendGuard.h"
#include "cluster/AccCalls.h"
#include "cluster/ClusterSync.h"

#include <memory>

namespace centrale::cluster {

struct GuardMail {
    QString subject, body;
};

struct GuardReport {
    int rowsRead = 0, imported = 0;
    QStringList blocked;   // policy keys refused by the nodes now
    QStringList cutOff;    // Call-IDs ended at the amount limit in this pass
    bool blocksChanged = false;
    QList<NodeReload> nodes; // reloads of centrale_block after a change
    QJsonObject toJson() const;
};

class ClusterGuard {
public:
    explicit ClusterGuard(Database &db) : m_db(db) {}

    // One pass: new acc rows (kamailio: the cluster database, reopened by the caller when
    // it fails; what the guard knows survives that) (at most batchRows), the checks, the block table, the reloads.
    // The first pass loads the history (call log) and the recent acc rows first.
    Result<GuardReport> run(KamailioStore &kamailio, const QStringList &nodes, qint64 nowMs, QList<GuardMail> *mails, int batchRows = 2000);

    // The reason the nodes give for a blocked account, sanitised for a SIP header.
    static QString headerSafe(const QString &reason);

private:
    Status reloadConfig(qint64 nowMs);
    Status start(qint64 nowMs);
    void apply(const AccCalls::Events &events, const QSet<QString> &alreadyLogged);
    void checkFraud(qint64 nowMs, QList<GuardMail> *mails);
    void applyFraudBlocks();
    void answered(const AccCall &c);
    void cutOff(const QStringList &nodes, qint64 nowMs, GuardReport *report);
    const calls::CallPolicy *policy(const QString &key) const;

    Database &m_db;
    KamailioStore *m_kamailio = nullptr; // the one run() was given
    calls::SpendGuard m_spend;
    calls::FraudDetector m_fraud;
    calls::CallConfig m_cfg;
    AccountOwners m_owners;
    std::shared_ptr<const RateTable> m_rates;
    AccCalls m_calls;
    QHash<QString, calls::FraudBlock> m_fraudBlocked;
    QList<CallRecord> m_toLog;
    QHash<QString, calls::SpendGuard::Deadline> m_deadlines; // by Call-ID: answered calls to end at an amount limit
    qint64 m_version = -1;
    qint64 m_lastAccId = -1; // -1: not started
    bool m_reloadPending = false;
};

// Books the finished calls among the newest `rows` acc rows that the call log lacks, priced
// as the guard prices them (centralectl calls list, so it is current without a follower);
// how many it booked. Counts against no limit: the guard does that.
Result<int> bookClusterCalls(Database &db, KamailioStore &kamailio, int rows = 5000);

} // namespace centrale::cluster
