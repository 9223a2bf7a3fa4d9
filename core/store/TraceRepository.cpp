#include "store/TraceRepository.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace centrale {

using diagnostics::TraceMessage;

namespace {
constexpr auto kColumns = "id, time_us, outgoing, local, remote, call_id, grp, method, status, account, data";
} // namespace

TraceRepository::TraceRepository(QString connectionName)
    : m_connectionName(std::move(connectionName)), m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName))
{
}

TraceRepository::~TraceRepository()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString TraceRepository::pathFor(const QString &databasePath)
{
    // The trace cache stays an SQLite file beside the store, or in the data folder when
    // the store is a PostgreSQL server (each machine keeps the traces it captured).
    if (StoreLocation::isPostgres(databasePath))
        return QDir(StoreLocation::dataFolder(databasePath)).filePath(QStringLiteral("centrale.traces.sqlite"));
    const QFileInfo info(databasePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".traces.sqlite"));
}

Result<std::unique_ptr<TraceRepository>> TraceRepository::open(const QString &path, bool readOnly)
{
    using R = Result<std::unique_ptr<TraceRepository>>;
    if (!QFileInfo::exists(path)) {
        if (readOnly)
            return R::fail(QCoreApplication::translate("TraceRepository", "No SIP trace yet (%1 does not exist): is the engine running with diagnostics.trace on?").arg(path), QStringLiteral("trace"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return R::fail(QCoreApplication::translate("TraceRepository", "Cannot create the trace file %1: %2").arg(path, f.errorString()), QStringLiteral("trace"));
    }
    std::unique_ptr<TraceRepository> repo(new TraceRepository(QStringLiteral("trace-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    repo->m_db.setDatabaseName(path);
    repo->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!repo->m_db.open())
        return R::fail(QCoreApplication::translate("TraceRepository", "Cannot open the trace file %1: %2").arg(path, repo->m_db.lastError().text()), QStringLiteral("trace"));
    QSqlQuery q(repo->m_db);
    // A cache, not a record: losing its last batch in a power cut is acceptable.
    for (const char *sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = OFF",
                            "CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, time_us INTEGER NOT NULL, outgoing INTEGER NOT NULL,"
                            " local TEXT NOT NULL, remote TEXT NOT NULL, call_id TEXT NOT NULL, grp TEXT NOT NULL, method TEXT NOT NULL,"
                            " status INTEGER NOT NULL, account TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL)",
                            "CREATE INDEX IF NOT EXISTS messages_grp ON messages(grp)",
                            "CREATE INDEX IF NOT EXISTS messages_account ON messages(account, method)"}) {
        if (!q.exec(QLatin1String(sql)))
            return R::fail(QCoreApplication::translate("TraceRepository", "The trace file %1 is not usable: %2").arg(path, q.lastError().text()), QStringLiteral("trace"));
    }
    return repo;
}

Status TraceRepository::append(const QList<TraceMessage> &batch)
{
    if (batch.isEmpty())
        return {};
    if (!m_db.transaction())
        return Status::fail(m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO messages (time_us, outgoing, local, remote, call_id, grp, method, status, account, size, data)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    // A null QString or QByteArray binds as NULL; a message without Call-ID or account (garbage
    // on the port) is still kept, with empty text.
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    for (const auto &m : batch) {
        q.addBindValue(m.timeUs);
        q.addBindValue(m.outgoing ? 1 : 0);
        q.addBindValue(text(m.local));
        q.addBindValue(text(m.remote));
        q.addBindValue(text(QString::fromLatin1(m.callId)));
        q.addBindValue(text(QString::fromLatin1(m.group)));
        q.addBindValue(text(QString::fromLatin1(m.method)));
        q.addBindValue(m.status);
        q.addBindValue(text(m.account));
        q.addBindValue(m.data.size());
        q.addBindValue(m.data.isNull() ? QByteArray("") : m.data);
        if (!q.exec()) {
            const QString why = q.lastError().text();
            m_db.rollback();
            return Status::fail(why);
        }
    }
    if (!m_db.commit())
        return Status::fail(m_db.lastError().text());
    return {};
}

Status TraceRepository::prune(const TraceLimits &limits, qint64 nowUs)
{
    // Every query here is cheap on a full store: rows are in time order by id, and the size
    // comes from SQLite's page counts rather than a scan.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE time_us >= ? ORDER BY id LIMIT 1"));
    q.addBindValue(nowUs - limits.maxAgeSecs * 1000000);
    if (q.exec()) {
        const QVariant keepFrom = q.next() ? q.value(0) : QVariant(std::numeric_limits<qint64>::max());
        q.prepare(QStringLiteral("DELETE FROM messages WHERE id < ?"));
        q.addBindValue(keepFrom);
        if (!q.exec())
            return Status::fail(q.lastError().text());
    }
    auto pragma = [&](const char *name) {
        return q.exec(QLatin1String(name)) && q.next() ? q.value(0).toLongLong() : 0;
    };
    const qint64 used = (pragma("PRAGMA page_count") - pragma("PRAGMA freelist_count")) * pragma("PRAGMA page_size");
    if (used > limits.maxBytes && q.exec(QStringLiteral("SELECT min(id), max(id) FROM messages")) && q.next()) {
        // Over the size: the oldest tenth goes, and more next time if that was not enough.
        const qint64 lo = q.value(0).toLongLong(), hi = q.value(1).toLongLong();
        q.prepare(QStringLiteral("DELETE FROM messages WHERE id < ?"));
        q.addBindValue(lo + std::max<qint64>(1, (hi - lo) / 10));
        if (!q.exec())
            return Status::fail(q.lastError().text());
    }
    // Over the number of calls and registrations: the oldest groups go whole.
    if (q.exec(QStringLiteral("SELECT count(DISTINCT grp) FROM messages")) && q.next()) {
        const qint64 excess = q.value(0).toLongLong() - limits.maxGroups;
        if (excess > 0) {
            q.prepare(QStringLiteral("DELETE FROM messages WHERE grp IN (SELECT grp FROM messages GROUP BY grp ORDER BY min(id) LIMIT ?)"));
            q.addBindValue(excess);
            if (!q.exec())
                return Status::fail(q.lastError().text());
        }
    }
    return {};
}

Result<QList<TraceMessage>> TraceRepository::select(const QString &where, const QVariantList &bind, const QString &order)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE %2 ORDER BY %3").arg(QLatin1String(kColumns), where, order)))
        return Result<QList<TraceMessage>>::fail(q.lastError().text());
    for (const auto &b : bind)
        q.addBindValue(b);
    if (!q.exec())
        return Result<QList<TraceMessage>>::fail(QCoreApplication::translate("TraceRepository", "Reading the SIP trace failed: %1").arg(q.lastError().text()));
    QList<TraceMessage> out;
    while (q.next()) {
        TraceMessage m;
        m.id = q.value(0).toLongLong();
        m.timeUs = q.value(1).toLongLong();
        m.outgoing = q.value(2).toInt() != 0;
        m.local = q.value(3).toString();
        m.remote = q.value(4).toString();
        m.callId = q.value(5).toString().toLatin1();
        m.group = q.value(6).toString().toLatin1();
        m.method = q.value(7).toString().toLatin1();
        m.status = q.value(8).toInt();
        m.account = q.value(9).toString();
        m.data = q.value(10).toByteArray();
        out << m;
    }
    return out;
}

Result<QList<TraceMessage>> TraceRepository::call(const QString &callId)
{
    return select(QStringLiteral("grp = ?"), {callId});
}

namespace {
QString placeholders(qsizetype n)
{
    QStringList p;
    for (qsizetype i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(QLatin1Char(','));
}
QVariantList variants(const QStringList &l)
{
    QVariantList v;
    for (const auto &s : l)
        v << s;
    return v;
}
} // namespace

Result<QList<TraceMessage>> TraceRepository::registrations(const QStringList &accounts, int limit)
{
    if (accounts.isEmpty())
        return QList<TraceMessage>{};
    auto r = select(QStringLiteral("account IN (%1) AND method IN ('REGISTER','OPTIONS')").arg(placeholders(accounts.size())), variants(accounts),
                    QStringLiteral("id DESC LIMIT %1").arg(std::max(1, limit)));
    if (r)
        std::reverse(r->begin(), r->end());
    return r;
}

Result<std::optional<TraceMessage>> TraceRepository::lastReceived(const QStringList &accounts, const QByteArray &method)
{
    if (accounts.isEmpty())
        return std::optional<TraceMessage>{};
    QVariantList bind = variants(accounts);
    bind << QString::fromLatin1(method);
    auto r = select(QStringLiteral("account IN (%1) AND method = ? AND status = 0 AND outgoing = 0").arg(placeholders(accounts.size())), bind,
                    QStringLiteral("id DESC LIMIT 1"));
    if (!r)
        return r.error();
    return r->isEmpty() ? std::optional<TraceMessage>{} : std::optional<TraceMessage>{r->first()};
}

Result<QList<TraceMessage>> TraceRepository::lastQualify(const QStringList &accounts)
{
    if (accounts.isEmpty())
        return QList<TraceMessage>{};
    auto last = select(QStringLiteral("account IN (%1) AND method = 'OPTIONS' AND status = 0 AND outgoing = 1").arg(placeholders(accounts.size())),
                       variants(accounts), QStringLiteral("id DESC LIMIT 1"));
    if (!last || last->isEmpty())
        return last;
    return select(QStringLiteral("call_id = ? AND id >= ?"), {QString::fromLatin1(last->first().callId), last->first().id});
}

Result<qint64> TraceRepository::count()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM messages")) || !q.next())
        return Result<qint64>::fail(q.lastError().text());
    return q.value(0).toLongLong();
}

} // namespace centrale
