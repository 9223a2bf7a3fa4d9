#include "cluster/ClusterGuard.h"
#include "calls/CallConfigLoader.h"
#include "cluster/ClusterDialogs.h"
#include "cluster/JsonRpcClient.h"
#include "service/CallHistory.h"
#include "store/CallLogRepository.h"
#include "store/ConfigVersion.h"
#include "store/FraudBlockRepository.h"
#include "store/RateRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace centrale::cluster {

namespace {
// Rows read at the first pass to find the calls in progress (and those not yet in the call
// log): a busy cluster writes many more, but a call older than these is long answered.
constexpr int kStartRows = 20000;
} // namespace

QJsonObject GuardReport::toJson() const
{
    QJsonArray n;
    for (const auto &r : nodes)
        n.append(r.toJson());
    return {{QStringLiteral("acc_rows"), rowsRead},
            {QStringLiteral("imported"), imported},
            {QStringLiteral("blocked"), QJsonArray::fromStringList(blocked)},
            {QStringLiteral("cut_off"), QJsonArray::fromStringList(cutOff)},
            {QStringLiteral("blocks_changed"), blocksChanged},
            {QStringLiteral("nodes"), n}};
}

QString ClusterGuard::headerSafe(const QString &reason)
{
    QString s = reason.simplified();
    s.replace(QLatin1Char('"'), QLatin1Char('\''));
    s.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return s.left(200);
}

const calls::CallPolicy *ClusterGuard::policy(const QString &key) const
{
    const auto it = m_cfg.policies.constFind(key);
    return it == m_cfg.policies.constEnd() ? nullptr : &*it;
}

Status ClusterGuard::reloadConfig(qint64 nowMs)
{
    Q_UNUSED(nowMs)
    auto version = readConfigVersion(m_db);
    if (!version)
        return version.error();
    if (version.value() == m_version)
        return {};
    QHash<qint64, QString> accountPolicy;
    auto cfg = calls::loadCallConfig(m_db, &accountPolicy);
    if (!cfg)
        return cfg.error();
    auto owners = accountOwners(m_db);
    if (!owners)
        return owners.error();
    auto rates = RateRepository(m_db).all();
    if (!rates)
        return rates.error();
    m_cfg = std::move(cfg).value();
    m_owners = std::move(owners).value();
    m_rates = std::make_shared<const RateTable>(rates.value());
    m_fraud.setSettings(m_cfg.fraud);
    applyFraudBlocks();
    m_version = version.value();
    return {};
}

// As the bundled engine: the store is the truth; a lifted block forgives the calls before it.
void ClusterGuard::applyFraudBlocks()
{
    for (const auto &row : m_cfg.fraudBlocks) {
        const auto local = m_fraudBlocked.find(row.key);
        if (row.liftedMs == 0) {
            if (local == m_fraudBlocked.end())
                m_fraudBlocked.insert(row.key, row);
        } else if (local == m_fraudBlocked.end() || local->blockedMs <= row.blockedMs) {
            if (local != m_fraudBlocked.end())
                m_fraudBlocked.erase(local);
            m_fraud.forgive(row.key, row.liftedMs);
        }
    }
}

Status ClusterGuard::start(qint64 nowMs)
{
    // Limits and the fraud baseline count from the call log, as the bundled engine's do.
    auto history = loadCallHistory(m_db, m_cfg, nowMs);
    if (!history)
        return history.error();
    m_spend.load(history->usage);
    for (auto it = history->fraud.cbegin(); it != history->fraud.cend(); ++it)
        m_fraud.load(it.key(), it.value());
    applyFraudBlocks(); // load() forgot what was forgiven

    // The recent acc rows: calls in progress, and calls not yet booked (the guard was down).
    auto rows = m_kamailio->accounting(kStartRows);
    if (!rows)
        return rows.error();
    QList<AccRow> ascending(rows->crbegin(), rows->crend());
    const qint64 lastId = ascending.isEmpty() ? 0 : ascending.last().id;
    AccCalls calls;
    const auto events = calls.feed(ascending, m_owners);
    QStringList ids;
    for (const auto &c : events.ended)
        ids << c.rec.callId;
    auto logged = CallLogRepository(m_db).knownCallIds(ids);
    if (!logged)
        return logged.error();
    apply(events, logged.value());
    m_calls = std::move(calls);
    m_lastAccId = lastId;
    return {};
}

void ClusterGuard::apply(const AccCalls::Events &events, const QSet<QString> &alreadyLogged)
{
    // A call already in the call log is in the history loaded at start: counted once.
    for (const auto &c : events.started) {
        if (!c.counted || alreadyLogged.contains(c.rec.callId))
            continue;
        m_spend.recordStart(c.payerKey, c.rec.startedMs);
        m_fraud.recordStart(c.payerKey, c.rec.startedMs);
        if (c.rec.sipStatus == 200)
            answered(c);
    }
    for (auto c : events.ended) {
        m_deadlines.remove(c.rec.callId);
        if (alreadyLogged.contains(c.rec.callId))
            continue;
        if (c.counted) {
            c.rec.costMicros = m_spend.ended(c.payerKey, c.rec.dialled, c.rec.callId, c.rec.startedMs, c.rec.answeredMs, c.rec.endedMs, m_rates.get());
            m_fraud.recordEnd(c.payerKey, c.rec.startedMs, c.rec.endedMs, c.rec.costMicros);
        }
        m_toLog.append(c.rec);
    }
}

// When the bundled engine would end this call (its amount limits, what the payer's other
// calls cost meanwhile): again after every configuration change, so a lowered limit counts.
void ClusterGuard::answered(const AccCall &c)
{
    const auto d = m_spend.answered(policy(c.payerKey), c.rec.dialled, c.rec.callId, c.rec.answeredMs, m_cfg.maxCallSecs, m_rates.get());
    if (d.amountLimit)
        m_deadlines.insert(c.rec.callId, d);
    else
        m_deadlines.remove(c.rec.callId);
}

void ClusterGuard::cutOff(const QStringList &nodes, qint64 nowMs, GuardReport *report)
{
    QStringList due;
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend(); ++it)
        if (it->atMs <= nowMs)
            due << it.key();
    for (const auto &callId : std::as_const(due)) {
        const AccCall *c = m_calls.upCall(callId);
        if (!c) {
            m_deadlines.remove(callId);
            continue;
        }
        // Not ended (no node reached, or none relays it any more): again at the next pass; a
        // call whose BYE reaches acc meanwhile ends as usual.
        if (!endClusterDialog(nodes, callId))
            continue;
        AccRow end;
        end.method = QStringLiteral("BYE");
        end.callid = callId;
        end.sipCode = QStringLiteral("200");
        end.sipReason = m_deadlines.value(callId).reason;
        end.srcUser = c->rec.account;
        end.dstUser = c->rec.dialled;
        end.policy = c->payerKey;
        end.node = QString::fromLatin1(kGuardNode);
        end.time = QDateTime::fromMSecsSinceEpoch(nowMs);
        // The call log books it from this row at the next pass, as any other end.
        if (!m_kamailio->addAccRow(end))
            continue;
        m_deadlines.remove(callId);
        report->cutOff << callId;
    }
}

void ClusterGuard::checkFraud(qint64 nowMs, QList<GuardMail> *mails)
{
    for (const auto &p : std::as_const(m_cfg.policies)) {
        if (m_fraudBlocked.contains(p.key))
            continue;
        const calls::FraudVerdict v = m_fraud.check(p.key, nowMs);
        if (!v.tripped)
            continue;
        const calls::FraudBlock b{p.key, p.name, v.kind, v.reason, nowMs, 0};
        // Stored first: the console and `centralectl fraud` list it, unblock lifts it.
        if (auto s = FraudBlockRepository(m_db).block(b); !s)
            continue; // tried again at the next pass
        m_fraudBlocked.insert(p.key, b);
        mails->append({QCoreApplication::translate("EngineFraud", "%1: outbound calls blocked by the fraud detector").arg(p.name),
                       QCoreApplication::translate("ClusterGuard", "%1\n\nOutbound calls of %2 are refused on every node of the cluster until an administrator "
                                                                   "unblocks the account (Security page, or: centralectl fraud unblock \"%2\").")
                           .arg(v.reason, p.name)});
    }
}

Result<GuardReport> ClusterGuard::run(KamailioStore &kamailio, const QStringList &nodes, qint64 nowMs, QList<GuardMail> *mails, int batchRows)
{
    m_kamailio = &kamailio;
    GuardReport report;
    const qint64 version = m_version;
    if (auto s = reloadConfig(nowMs); !s)
        return s.error();
    if (m_lastAccId >= 0 && version != m_version)
        for (const auto &c : m_calls.up())
            if (c.counted)
                answered(c);
    if (m_lastAccId < 0) {
        if (auto s = start(nowMs); !s)
            return s.error();
    } else {
        auto rows = m_kamailio->accountingAfter(m_lastAccId, batchRows);
        if (!rows)
            return rows.error();
        report.rowsRead = int(rows->size());
        if (!rows->isEmpty())
            m_lastAccId = rows->last().id;
        apply(m_calls.feed(rows.value(), m_owners), {});
    }
    apply(m_calls.expire(nowMs, qint64(m_cfg.maxCallSecs) * 1000), {});
    cutOff(nodes, nowMs, &report);

    if (!m_toLog.isEmpty()) {
        // Another reader (centralectl calls list) may have booked some already.
        QStringList ids;
        for (const auto &r : std::as_const(m_toLog))
            ids << r.callId;
        auto known = CallLogRepository(m_db).knownCallIds(ids);
        if (!known)
            return known.error();
        QList<CallRecord> fresh;
        for (const auto &r : std::as_const(m_toLog))
            if (!known->contains(r.callId))
                fresh << r;
        if (auto s = CallLogRepository(m_db).insert(fresh); !s)
            return s.error();
        report.imported = int(fresh.size());
        m_toLog.clear();
    }

    for (const auto &p : std::as_const(m_cfg.policies)) {
        for (const auto &w : m_spend.warnings(p, nowMs)) {
            GuardMail m;
            calls::SpendGuard::warningMail(p.name, w, &m.subject, &m.body);
            mails->append(m);
        }
    }
    checkFraud(nowMs, mails);

    QList<HtableRow> blocks;
    for (const auto &p : std::as_const(m_cfg.policies)) {
        QString reason;
        if (const auto b = m_fraudBlocked.constFind(p.key); b != m_fraudBlocked.constEnd())
            reason = QCoreApplication::translate("EngineFraud", "outbound calls of %1 are blocked by the fraud detector since %2: %3 (unblock in the console or with centralectl fraud unblock)")
                         .arg(p.name, QDateTime::fromMSecsSinceEpoch(b->blockedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")), b->reason);
        else if (const auto r = m_spend.overLimit(p, nowMs); r.status)
            reason = r.reason;
        if (reason.isEmpty())
            continue;
        blocks.append({p.key, headerSafe(reason), 0});
        report.blocked << p.key;
    }
    auto changed = m_kamailio->writeBlocks(blocks);
    if (!changed)
        return changed.error();
    report.blocksChanged = changed.value();
    if (report.blocksChanged)
        m_reloadPending = true;
    if (m_reloadPending) {
        m_reloadPending = false;
        for (const auto &url : nodes) {
            NodeReload r;
            r.url = url;
            if (auto res = jsonRpcCall(url, QStringLiteral("htable.reload"), QJsonArray{QString::fromLatin1(KamailioStore::kBlockTable)}); res)
                r.reloaded << QStringLiteral("htable.reload");
            else
                r.error = res.message();
            m_reloadPending = m_reloadPending || !r.error.isEmpty(); // again at the next pass
            report.nodes.append(r);
        }
    }
    return report;
}

Result<int> bookClusterCalls(Database &db, KamailioStore &kamailio, int rows)
{
    auto owners = accountOwners(db);
    if (!owners)
        return owners.error();
    auto rates = RateRepository(db).all();
    if (!rates)
        return rates.error();
    const RateTable table(rates.value());
    auto newest = kamailio.accounting(rows);
    if (!newest)
        return newest.error();
    AccCalls calls;
    const auto events = calls.feed(QList<AccRow>(newest->crbegin(), newest->crend()), owners.value());
    QStringList ids;
    for (const auto &c : events.ended)
        ids << c.rec.callId;
    auto known = CallLogRepository(db).knownCallIds(ids);
    if (!known)
        return known.error();
    QList<CallRecord> fresh;
    for (auto c : events.ended) {
        if (known->contains(c.rec.callId))
            continue;
        if (c.counted && c.rec.answeredMs > 0)
            if (const Rate *rate = table.find(c.rec.dialled))
                c.rec.costMicros = RateTable::costMicros(*rate, c.rec.endedMs - c.rec.answeredMs);
        fresh << c.rec;
    }
    if (auto s = CallLogRepository(db).insert(fresh); !s)
        return s.error();
    return int(fresh.size());
}

} // namespace centrale::cluster
