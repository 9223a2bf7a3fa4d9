#include "store/KamailioStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace centrale {

namespace {

// The module tables the shipped kamailio-centrale-cluster.cfg reads or writes.
const char *const kSchemaFiles[] = {"standard", "auth_db", "permissions", "dialplan", "htable", "usrloc", "acc", "dialog"};

// Kamailio's create scripts are plain statements ending in ';' at the end of a line.
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

// Kamailio writes timestamps without a zone in the node's local time.
QDateTime fromKamailio(const QVariant &v)
{
    QDateTime t = v.toDateTime();
    t.setTimeSpec(Qt::LocalTime);
    return t.toUTC();
}

QString subscriberLine(const SubscriberRow &r) { return QStringList{r.username, r.domain, r.ha1, r.ha1b}.join(QLatin1Char('\x1f')); }
QString addressLine(const AddressRow &r)
{
    return QStringList{QString::number(r.group), r.ip, QString::number(r.mask), r.tag}.join(QLatin1Char('\x1f'));
}
QString htableLine(const HtableRow &r) { return QStringList{r.key, QString::number(r.valueType), r.value}.join(QLatin1Char('\x1f')); }
QString dialplanLine(const DialplanRow &r)
{
    return QStringList{QString::number(r.dpid), QString::number(r.priority), QString::number(r.matchOp), r.matchExp, r.substExp, r.replExp, r.attrs}.join(
        QLatin1Char('\x1f'));
}

// A null QString binds as SQL NULL; Kamailio's columns are NOT NULL with '' for none.
QString nn(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

template <typename Row>
QStringList sortedLines(const QList<Row> &rows, QString (*line)(const Row &))
{
    QStringList out;
    for (const auto &r : rows)
        out << line(r);
    out.sort();
    return out;
}

} // namespace

QStringList KamailioChanges::names() const
{
    QStringList n;
    if (subscriber)
        n << QStringLiteral("subscriber");
    if (address)
        n << QStringLiteral("address");
    if (htable)
        n << QStringLiteral("htable");
    if (dialplan)
        n << QStringLiteral("dialplan");
    return n;
}

KamailioStore::KamailioStore(QString connectionName) : m_name(std::move(connectionName)), m_db(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name)) {}

KamailioStore::~KamailioStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<KamailioStore>> KamailioStore::open(const KamailioConnection &c)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Result<std::unique_ptr<KamailioStore>>::fail(
            QCoreApplication::translate("KamailioStore", "The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql)."));
    std::unique_ptr<KamailioStore> store(new KamailioStore(QStringLiteral("kamailio-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    store->m_db.setHostName(c.host);
    store->m_db.setPort(c.port);
    store->m_db.setDatabaseName(c.database);
    store->m_db.setUserName(c.user);
    store->m_db.setPassword(c.password);
    store->m_db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    if (!store->m_db.open())
        return Result<std::unique_ptr<KamailioStore>>::fail(
            QCoreApplication::translate("KamailioStore", "Cannot connect to the cluster database %1 on %2:%3 as %4: %5")
                .arg(c.database, c.host)
                .arg(c.port)
                .arg(c.user, store->m_db.lastError().text().trimmed()),
            QStringLiteral("cluster.db"));
    return store;
}

Status KamailioStore::exec(const QString &sql, const QVariantList &bind)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return Status::fail(QCoreApplication::translate("KamailioStore", "Cluster database: %1").arg(q.lastError().text().trimmed()));
    for (const auto &v : bind)
        q.addBindValue(v);
    if (!q.exec())
        return Status::fail(QCoreApplication::translate("KamailioStore", "Cluster database: %1").arg(q.lastError().text().trimmed()));
    return {};
}

Result<QStringList> KamailioStore::rows(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Result<QStringList>::fail(QCoreApplication::translate("KamailioStore", "Cluster database: %1").arg(q.lastError().text().trimmed()));
    QStringList out;
    const int columns = q.record().count();
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < columns; ++i)
            fields << q.value(i).toString();
        out << fields.join(QLatin1Char('\x1f'));
    }
    out.sort();
    return out;
}

Result<bool> KamailioStore::ensureSchema(const QString &schemaDir)
{
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT to_regclass('version') IS NOT NULL")) || !probe.next())
        return Result<bool>::fail(QCoreApplication::translate("KamailioStore", "Cluster database: %1").arg(probe.lastError().text().trimmed()));
    if (probe.value(0).toBool()) {
        // A database created before the block table existed gets it now.
        if (auto s = ensureBlockTable(); !s)
            return s.error();
        return false;
    }
    QStringList all;
    for (const char *name : kSchemaFiles) {
        QFile f(QDir(schemaDir).filePath(QString::fromLatin1(name) + QStringLiteral("-create.sql")));
        if (!f.open(QIODevice::ReadOnly))
            return Result<bool>::fail(QCoreApplication::translate("KamailioStore", "Kamailio's schema file %1 is missing (package kamailio-postgres-modules?).")
                                          .arg(f.fileName()));
        all << statements(QString::fromUtf8(f.readAll()));
    }
    // The call log needs who called whom, from where, under which account, on which node.
    for (const char *table : {"acc", "missed_calls"})
        for (const char *column : {"src_user", "dst_user", "src_ip", "policy", "node"})
            all << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 VARCHAR(64) DEFAULT '' NOT NULL").arg(QLatin1String(table), QLatin1String(column));
    if (!m_db.transaction())
        return Result<bool>::fail(m_db.lastError().text());
    for (const auto &sql : all) {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            const QString error = q.lastError().text().trimmed();
            m_db.rollback();
            return Result<bool>::fail(QCoreApplication::translate("KamailioStore", "Creating Kamailio's tables failed: %1").arg(error));
        }
    }
    if (!m_db.commit())
        return Result<bool>::fail(m_db.lastError().text());
    if (auto s = ensureBlockTable(); !s)
        return s.error();
    return true;
}

Status KamailioStore::ensureBlockTable()
{
    // Same columns as Kamailio's htable table (the htable module loads it), own rows: the
    // provisioning sync rewrites "htable" whole and must not drop a block.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(QLatin1String(kBlockTable))) || !probe.next())
        return Status::fail(QCoreApplication::translate("KamailioStore", "Cluster database: %1").arg(probe.lastError().text().trimmed()));
    if (probe.value(0).toBool())
        return {};
    // Not prepared: PostgreSQL prepares no DDL. A reason is up to 200 characters (as the
    // bundled engine's Warning), longer than htable's 128.
    for (const QString &sql : {QStringLiteral("CREATE TABLE %1 (LIKE htable INCLUDING DEFAULTS INCLUDING CONSTRAINTS)"),
                               QStringLiteral("ALTER TABLE %1 ALTER COLUMN key_value TYPE VARCHAR(255)")}) {
        QSqlQuery q(m_db);
        if (!q.exec(sql.arg(QLatin1String(kBlockTable))))
            return Status::fail(QCoreApplication::translate("KamailioStore", "Cluster database: %1").arg(q.lastError().text().trimmed()));
    }
    return exec(QStringLiteral("INSERT INTO version (table_name, table_version) SELECT ?, table_version FROM version WHERE table_name = 'htable'"),
                {QString::fromLatin1(kBlockTable)});
}

Status KamailioStore::inTransaction(const std::function<Status()> &body)
{
    if (!m_db.transaction())
        return Status::fail(QCoreApplication::translate("KamailioStore", "Cluster database: %1").arg(m_db.lastError().text().trimmed()));
    if (auto s = body(); !s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text().trimmed();
        m_db.rollback();
        return Status::fail(QCoreApplication::translate("KamailioStore", "Cluster database: %1").arg(error));
    }
    return {};
}

Result<bool> KamailioStore::writeBlocks(const QList<HtableRow> &blocks)
{
    auto now = rows(QStringLiteral("SELECT key_name, value_type, key_value FROM %1").arg(QLatin1String(kBlockTable)));
    if (!now)
        return now.error();
    if (now.value() == sortedLines(blocks, htableLine))
        return false;
    if (auto done = inTransaction([&]() -> Status {
        if (auto s = exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(kBlockTable))); !s)
            return s;
        for (const auto &r : blocks)
            if (auto s = exec(QStringLiteral("INSERT INTO %1 (key_name, key_type, value_type, key_value, expires) VALUES (?, 0, ?, ?, 0)").arg(QLatin1String(kBlockTable)),
                              {nn(r.key), r.valueType, nn(r.value)});
                !s)
                return s;
        return {};
    });
        !done)
        return done.error();
    return true;
}

Status KamailioStore::addAccRow(const AccRow &r)
{
    // The nodes write their local time without a zone; so does this row (see fromKamailio).
    const QString time = r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return exec(QStringLiteral("INSERT INTO acc (method, from_tag, to_tag, callid, sip_code, sip_reason, time, src_user, dst_user, src_ip, policy, node)"
                               " VALUES (?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {nn(r.method), nn(r.toTag.left(128)), nn(r.callid.left(255)), nn(r.sipCode.left(3)), nn(r.sipReason.left(128)), time, nn(r.srcUser.left(64)),
                 nn(r.dstUser.left(64)), nn(r.srcIp.left(64)), nn(r.policy.left(64)), nn(r.node.left(64))});
}

Result<KamailioChanges> KamailioStore::write(const KamailioTables &t)
{
    // Compare first: a sync that changes nothing writes nothing (and reloads nothing).
    auto sub = rows(QStringLiteral("SELECT username, domain, ha1, ha1b FROM subscriber"));
    auto addr = rows(QStringLiteral("SELECT grp, ip_addr, mask, COALESCE(tag, '') FROM address"));
    auto ht = rows(QStringLiteral("SELECT key_name, value_type, key_value FROM htable"));
    auto dp = rows(QStringLiteral("SELECT dpid, pr, match_op, match_exp, subst_exp, repl_exp, attrs FROM dialplan"));
    for (const auto *r : {&sub, &addr, &ht, &dp})
        if (!*r)
            return r->error();
    KamailioChanges ch;
    ch.subscriber = sub.value() != sortedLines(t.subscribers, subscriberLine);
    ch.address = addr.value() != sortedLines(t.addresses, addressLine);
    ch.htable = ht.value() != sortedLines(t.htable, htableLine);
    ch.dialplan = dp.value() != sortedLines(t.dialplan, dialplanLine);
    if (!ch.any())
        return ch;

    if (auto done = inTransaction([&]() -> Status {
        if (ch.subscriber) {
            if (auto s = exec(QStringLiteral("DELETE FROM subscriber")); !s)
                return s;
            for (const auto &r : t.subscribers)
                if (auto s = exec(QStringLiteral("INSERT INTO subscriber (username, domain, password, ha1, ha1b) VALUES (?, ?, '', ?, ?)"),
                                  {nn(r.username), nn(r.domain), nn(r.ha1), nn(r.ha1b)});
                    !s)
                    return s;
        }
        if (ch.address) {
            if (auto s = exec(QStringLiteral("DELETE FROM address")); !s)
                return s;
            for (const auto &r : t.addresses)
                if (auto s = exec(QStringLiteral("INSERT INTO address (grp, ip_addr, mask, port, tag) VALUES (?, ?, ?, 0, ?)"), {r.group, nn(r.ip), r.mask, nn(r.tag)});
                    !s)
                    return s;
        }
        if (ch.htable) {
            if (auto s = exec(QStringLiteral("DELETE FROM htable")); !s)
                return s;
            for (const auto &r : t.htable)
                if (auto s = exec(QStringLiteral("INSERT INTO htable (key_name, key_type, value_type, key_value, expires) VALUES (?, 0, ?, ?, 0)"),
                                  {nn(r.key), r.valueType, nn(r.value)});
                    !s)
                    return s;
        }
        if (ch.dialplan) {
            if (auto s = exec(QStringLiteral("DELETE FROM dialplan")); !s)
                return s;
            for (const auto &r : t.dialplan)
                if (auto s = exec(QStringLiteral("INSERT INTO dialplan (dpid, pr, match_op, match_exp, match_len, subst_exp, repl_exp, attrs)"
                                                 " VALUES (?, ?, ?, ?, 0, ?, ?, ?)"),
                                  {r.dpid, r.priority, r.matchOp, nn(r.matchExp), nn(r.substExp), nn(r.replExp), nn(r.attrs)});
                    !s)
                    return s;
        }
        return {};
    });
        !done)
        return done.error();
    return ch;
}

Result<QList<LocationRow>> KamailioStore::locations()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT username, contact, COALESCE(received, ''), user_agent, COALESCE(socket, ''), expires, last_modified"
                               " FROM location WHERE expires > LOCALTIMESTAMP ORDER BY username, last_modified DESC")))
        return Result<QList<LocationRow>>::fail(QCoreApplication::translate("KamailioStore", "Cluster database: %1").arg(q.lastError().text().trimmed()));
    QList<LocationRow> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    fromKamailio(q.value(5)), fromKamailio(q.value(6))});
    return out;
}

Result<QList<AccRow>> KamailioStore::readAcc(QSqlQuery &q)
{
    if (!q.exec())
        return Result<QList<AccRow>>::fail(QCoreApplication::translate("KamailioStore", "Cluster database: %1").arg(q.lastError().text().trimmed()));
    QList<AccRow> out;
    while (q.next()) {
        AccRow r;
        r.id = q.value(0).toLongLong();
        r.method = q.value(1).toString();
        r.callid = q.value(2).toString();
        r.sipCode = q.value(3).toString();
        r.sipReason = q.value(4).toString();
        r.srcUser = q.value(5).toString();
        r.dstUser = q.value(6).toString();
        r.srcIp = q.value(7).toString();
        r.policy = q.value(8).toString();
        r.node = q.value(9).toString();
        r.time = fromKamailio(q.value(10));
        r.toTag = q.value(11).toString();
        out.append(r);
    }
    return out;
}

namespace {
constexpr auto kAccColumns = "id, method, callid, sip_code, sip_reason, src_user, dst_user, src_ip, policy, node, time, to_tag";
}

Result<QList<AccRow>> KamailioStore::accounting(int limit)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM acc ORDER BY id DESC LIMIT ?").arg(QLatin1String(kAccColumns)));
    q.addBindValue(limit);
    return readAcc(q);
}

Result<QList<AccRow>> KamailioStore::accountingAfter(qint64 afterId, int limit)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM acc WHERE id > ? ORDER BY id LIMIT ?").arg(QLatin1String(kAccColumns)));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    return readAcc(q);
}

} // namespace centrale
