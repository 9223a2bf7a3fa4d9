#pragma once
#include <functional>
// The Kamailio cluster's PostgreSQL database (its own tables, not Centrale's store):
// creates Kamailio's schema when the database is empty, replaces the provisioned tables
// in one transaction, and reads what the nodes write (location, acc).
#include "util/Result.h"
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace centrale {

struct KamailioConnection {
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database = QStringLiteral("kamailio");
    QString user = QStringLiteral("kamailio");
    QString password; // from the secret store; never in the settings
};

struct SubscriberRow {
    QString username, domain, ha1, ha1b;
};
struct AddressRow {
    int group = 0;
    QString ip;
    int mask = 32;
    QString tag;
};
// One entry of the "centrale" htable; valueType 0 = string, 1 = integer (Kamailio's codes).
struct HtableRow {
    QString key, value;
    int valueType = 0;
};
struct DialplanRow {
    int dpid = 1, priority = 0, matchOp = 1; // 1 = regular expression
    QString matchExp;
    QString substExp, replExp, attrs;
};

// What Centrale provisions; the store keeps the tables equal to this.
struct KamailioTables {
    QList<SubscriberRow> subscribers;
    QList<AddressRow> addresses;
    QList<HtableRow> htable;
    QList<DialplanRow> dialplan;
};

// Which tables a write changed (so only those modules need a reload).
struct KamailioChanges {
    bool subscriber = false, address = false, htable = false, dialplan = false;
    bool any() const { return subscriber || address || htable || dialplan; }
    QStringList names() const;
};

struct LocationRow {
    QString username, contact, received, userAgent, socket;
    QDateTime expires, lastModified; // UTC
};

struct AccRow {
    qint64 id = 0;
    QString method, callid, sipCode, sipReason;
    QString toTag; // empty when the node itself refused the INVITE (no transaction, no callee)
    QString srcUser, dstUser, srcIp, policy, node;
    QDateTime time; // UTC
};

class KamailioStore {
public:
    ~KamailioStore();
    KamailioStore(const KamailioStore &) = delete;
    KamailioStore &operator=(const KamailioStore &) = delete;

    static Result<std::unique_ptr<KamailioStore>> open(const KamailioConnection &connection);

    // Creates Kamailio's tables from its own SQL files (schemaDir: the kamailio package's
    // postgres folder) when the database has none yet; true when it did.
    Result<bool> ensureSchema(const QString &schemaDir);
    // Makes the four tables equal to tables in one transaction; untouched when equal.
    Result<KamailioChanges> write(const KamailioTables &tables);

    Result<QList<LocationRow>> locations();   // current bindings (unexpired)
    Result<QList<AccRow>> accounting(int limit); // newest first
    // Rows after afterId, oldest first, at most limit (the guard reads acc incrementally).
    Result<QList<AccRow>> accountingAfter(qint64 afterId, int limit);

    // A row the nodes did not write: a call Centrale's guard ended over JSON-RPC (the node's
    // own BYEs pass no route that accounts), so every reader of acc sees it end, and why.
    Status addAccRow(const AccRow &row);

    // Accounts whose outbound calls the nodes refuse (over a limit, blocked by the fraud
    // detector): the "centrale_block" htable's table, key = policy, value = the reason.
    // Made equal to blocks in one transaction; true when it changed.
    Result<bool> writeBlocks(const QList<HtableRow> &blocks);
    static constexpr auto kBlockTable = "centrale_block";

private:
    explicit KamailioStore(QString connectionName);
    Result<QStringList> rows(const QString &sql);
    Status exec(const QString &sql, const QVariantList &bind = {});
    Status ensureBlockTable();
    Status inTransaction(const std::function<Status()> &body); // rolled back when body fails
    Result<QList<AccRow>> readAcc(QSqlQuery &q);
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace centrale
