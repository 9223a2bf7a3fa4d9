#include "store/Database.h"
#include "store/Migrations.h"
#include "store/DefaultRates.h"
#include "store/AuditContext.h"
#include "store/AuditRecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QStandardPaths>
#include <QUuid>

namespace centrale {

Database::Database(QString path, QString connectionName, StoreBackend backend)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_db(QSqlDatabase::addDatabase(backend == StoreBackend::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_connectionName)),
      m_dialect(backend)
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestVersion() { return int(migrations::steps().size()); }

QString Database::defaultPath()
{
    // A server keeps its choice (a postgresql:// address) in the environment, so the
    // console, the CLI and the engine agree without repeating --db.
    if (const QString env = qEnvironmentVariable("CENTRALE_DB"); !env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/centrale.sqlite");
}

// Opens the connection (no schema work): the SQLite file or the PostgreSQL server.
Result<std::unique_ptr<Database>> Database::connect(const QString &path)
{
    using R = Result<std::unique_ptr<Database>>;
    auto loc = StoreLocation::parse(path);
    if (!loc)
        return loc.error();
    const QString name = QStringLiteral("centrale-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (loc->backend == StoreBackend::Sqlite) {
        std::unique_ptr<Database> db(new Database(path, name, StoreBackend::Sqlite));
        db->m_db.setDatabaseName(path);
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db->m_db.open())
            return R::fail(QCoreApplication::translate("Database", "Cannot open database %1: %2").arg(path, db->m_db.lastError().text()), QStringLiteral("db"));
        return db;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return R::fail(QCoreApplication::translate("Database", "Cannot use %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).").arg(loc->display()),
                       QStringLiteral("db"));
    std::unique_ptr<Database> db(new Database(path, name, StoreBackend::Postgres));
    db->m_db.setHostName(loc->host);
    db->m_db.setPort(loc->port);
    db->m_db.setUserName(loc->user);
    db->m_db.setDatabaseName(loc->database);
    db->m_db.setConnectOptions(loc->options);
    if (!db->m_db.open())
        return R::fail(QCoreApplication::translate("Database", "Cannot open database %1: %2").arg(loc->display(), db->m_db.lastError().text().trimmed()),
                       QStringLiteral("db"));
    // Quiet NOTICEs; timestamps and text compare the same in every session.
    if (auto r = db->execOne(QStringLiteral("SET client_min_messages = warning"), {}); !r)
        return r.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, int targetVersion)
{
    using R = Result<std::unique_ptr<Database>>;
    if (path.isEmpty())
        return R::fail(QCoreApplication::translate("Database", "No database path given."), QStringLiteral("db"));
    if (!StoreLocation::isPostgres(path)) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return R::fail(QCoreApplication::translate("Database", "Cannot create the folder for database %1.").arg(path), QStringLiteral("db"));

        // The database holds HA1 digests, which are password-equivalent for this realm: owner only.
        if (!info.exists()) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return R::fail(QCoreApplication::translate("Database", "Cannot create database %1: %2").arg(path, f.errorString()), QStringLiteral("db"));
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    auto opened = connect(path);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    const QString shown = StoreLocation::parse(path)->display();

    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (auto r = db->exec(QLatin1String(pragma)); !r)
            return R::fail(QCoreApplication::translate("Database", "Database %1 is not usable: %2").arg(shown, r.message()), QStringLiteral("db"));
    }
    if (auto r = db->exec(QStringLiteral("PRAGMA quick_check")); !r || !r->next() || r->value(0).toString() != QLatin1String("ok"))
        return R::fail(QCoreApplication::translate("Database", "Database %1 is damaged or not a Centrale database.").arg(shown), QStringLiteral("db"));

    if (auto s = db->migrate(targetVersion < 0 ? latestVersion() : targetVersion); !s)
        return s.error();
    db->detectAudit();
    return db;
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString &path)
{
    using R = Result<std::unique_ptr<Database>>;
    auto opened = connect(path);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    const QString shown = StoreLocation::parse(path)->display();
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"})
        if (auto r = db->exec(QLatin1String(pragma)); !r)
            return R::fail(QCoreApplication::translate("Database", "Database %1 is not usable: %2").arg(shown, r.message()), QStringLiteral("db"));
    if (db->schemaVersion() != latestVersion())
        return R::fail(QCoreApplication::translate("Database", "Database %1 is damaged or not a Centrale database.").arg(shown), QStringLiteral("db"));
    db->detectAudit();
    return db;
}

void Database::detectAudit()
{
    // By the table, not a version number: migrations are renumbered when branches merge.
    auto r = execNow(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"), {});
    m_auditReady = r && r->next();
}

int Database::schemaVersion()
{
    auto r = exec(QStringLiteral("PRAGMA user_version"));
    return r && r->next() ? r->value(0).toInt() : -1;
}

Status Database::migrate(int targetVersion)
{
    if (!isPostgres())
        return migrateLocked(targetVersion);
    // Several processes may start on a new database at once: one migrates, the others
    // wait and then find it done. The lock ends with the session if this one dies.
    if (auto r = execOne(SqlDialect::migrationLock(), {}); !r)
        return r.error();
    Status s;
    auto exists = execOne(QStringLiteral("SELECT to_regclass('centrale_schema') IS NOT NULL"), {});
    if (!exists)
        s = exists.error();
    else if (!exists->next() || !exists->value(0).toBool() || schemaVersion() < targetVersion)
        // Idempotent, and run before every upgrade: a newer release may bring new helpers.
        for (const auto &sql : SqlDialect::postgresBootstrap())
            if (auto r = execOne(sql, {}); !r) {
                s = Status::fail(QCoreApplication::translate("Database", "Preparing PostgreSQL database %1 failed: %2").arg(StoreLocation::parse(m_path)->display(), r.message()));
                break;
            }
    if (s)
        s = migrateLocked(targetVersion);
    (void)execOne(SqlDialect::migrationUnlock(), {}); // and the session ends it anyway
    return s;
}

Status Database::migrateLocked(int targetVersion)
{
    const int current = schemaVersion();
    if (current > latestVersion())
        return Status::fail(QCoreApplication::translate("Database", "Database %1 was written by a newer Centrale (schema %2, this one knows %3).")
                                .arg(StoreLocation::parse(m_path)->display())
                                .arg(current)
                                .arg(latestVersion()),
                            QStringLiteral("db"));
    const auto &steps = migrations::steps();
    for (int v = schemaVersion(); v < targetVersion; ++v) {
        // Each step and its version bump commit together, so a crash never leaves a half-migrated schema.
        auto s = transaction([&]() -> Status {
            for (const auto &sql : steps.at(v))
                if (auto r = exec(sql); !r)
                    return Status::fail(QCoreApplication::translate("Database", "Migrating database to schema %1 failed: %2").arg(v + 1).arg(r.message()));
            if (v + 1 == migrations::kSeedRatesAfter)
                if (auto seeded = seedDefaultRates(*this); !seeded)
                    return seeded;
            if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)); !r)
                return r.error();
            return {};
        });
        if (!s)
            return s;
    }
    return {};
}

Status Database::transaction(const std::function<Status()> &body)
{
    if (m_inTransaction) // nested user action: part of the outer transaction
        return body();
    // IMMEDIATE takes the write lock up front, waiting out the busy timeout. A deferred
    // transaction that reads first fails at its first write, without waiting, when another
    // process (the engine recording a registration) wrote in between (SQLITE_BUSY_SNAPSHOT).
    for (const auto &sql : m_dialect.beginWrite())
        if (QSqlQuery begin(m_db); !begin.exec(sql)) {
            const QString why = begin.lastError().text();
            if (isPostgres())
                m_db.rollback();
            return Status::fail(QCoreApplication::translate("Database", "Cannot start a database transaction: %1").arg(why));
        }
    m_inTransaction = true;
    qint64 floor = 0;
    if (m_auditReady) {
        auto f = audit::pendingFloor(*this);
        if (!f) {
            m_inTransaction = false;
            m_db.rollback();
            return f.error();
        }
        floor = f.value();
    }
    Status s = body();
    StampResult stamp;
    if (s && m_auditReady) {
        // The audit entry commits with the change it describes, or not at all.
        auto st = audit::stampPending(*this, floor, m_auditInterface, m_undoOf);
        if (st)
            stamp = st.value();
        else
            s = Status::fail(QCoreApplication::translate("Database", "Recording the change in the audit log failed: %1").arg(st.message()));
    }
    m_inTransaction = false;
    if (!s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return Status::fail(QCoreApplication::translate("Database", "Saving failed, nothing was changed: %1").arg(why));
    }
    m_lastChangeId = stamp.changeId;
    if (stamp.startsGroup)
        AuditContext::adoptGroupId(stamp.changeId);
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bind)
{
    static const QStringList writes = {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE"), QStringLiteral("REPLACE")};
    if (m_auditReady && !m_inTransaction) {
        const QString verb = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
        if (writes.contains(verb)) {
            std::optional<Result<QSqlQuery>> out;
            auto s = transaction([&]() -> Status {
                out = execNow(sql, bind);
                return *out ? Status{} : Status((*out).error());
            });
            if (!s)
                return s.error();
            return std::move(*out);
        }
    }
    return execNow(sql, bind);
}

namespace {

// A null QString is still text: bind it as '' (QSQLITE would bind NULL). Callers that
// mean NULL pass QVariant(). PostgreSQL stores flags as integers, as SQLite does.
QVariant bindable(const QVariant &v, bool postgres)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QStringLiteral("");
    if (postgres && v.typeId() == QMetaType::Bool)
        return v.toBool() ? 1 : 0;
    return v;
}

} // namespace

Status Database::execEach(const QString &sql, const QList<QVariantList> &rows, qsizetype *failedRow)
{
    const QStringList translated = m_dialect.translate(sql, [this](const QString &t) { return primaryKey(t); });
    if (translated.size() != 1)
        return Status::fail(QStringLiteral("execEach takes one statement"));
    if (isPostgres()) {
        for (qsizetype r = 0; r < rows.size(); ++r)
            if (auto done = execOne(translated.first(), rows.at(r)); !done) {
                if (failedRow)
                    *failedRow = r;
                return done.error();
            }
        return {};
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(translated.first()))
        return Status::fail(q.lastError().text());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QVariantList &bind = rows.at(r);
        for (qsizetype i = 0; i < bind.size(); ++i)
            q.bindValue(int(i), bindable(bind.at(i), isPostgres()));
        if (!q.exec()) {
            if (failedRow)
                *failedRow = r;
            return Status::fail(q.lastError().text());
        }
    }
    return {};
}

qint64 Database::insertedId(const QSqlQuery &q, const QString &table)
{
    if (!isPostgres())
        return q.lastInsertId().toLongLong();
    // This session's last value of the table's own sequence: triggers that insert
    // elsewhere (the audit log) do not change it.
    auto r = execOne(QStringLiteral("SELECT currval(pg_get_serial_sequence(?, 'id'))"), {table});
    return r && r->next() ? r->value(0).toLongLong() : 0;
}

QStringList Database::primaryKey(const QString &table)
{
    if (auto it = m_keys.constFind(table); it != m_keys.constEnd())
        return *it;
    QStringList out;
    auto r = execOne(QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
                                    " WHERE i.indrelid = to_regclass(?) AND i.indisprimary ORDER BY a.attnum"),
                     {table});
    while (r && r->next())
        out << r->value(0).toString();
    m_keys.insert(table, out);
    return out;
}

namespace {

QString inlined(const QSqlDatabase &db, const QString &sql, const QVariantList &bind)
{
    QString out;
    out.reserve(sql.size() + 16 * bind.size());
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            quote = c == quote ? QChar() : quote; // '' inside a literal closes and reopens it
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?') && next < bind.size()) {
            const QVariant v = bindable(bind.at(next++), true);
            QSqlField field(QString(), v.metaType());
            field.setValue(v);
            const QString literal = db.driver()->formatValue(field);
            // "x - -1" would start a comment.
            out += literal.startsWith(QLatin1Char('-')) ? QLatin1Char('(') + literal + QLatin1Char(')') : literal;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

Result<QSqlQuery> Database::execNow(const QString &sql, const QVariantList &bind)
{
    if (!isPostgres())
        return execOne(sql, bind);
    const QStringList statements = m_dialect.translate(sql, [this](const QString &t) { return primaryKey(t); });
    Result<QSqlQuery> last = Result<QSqlQuery>::fail(QString());
    for (const auto &statement : statements)
        if (!(last = execOne(statement, bind)))
            return last;
    return last;
}

Result<QSqlQuery> Database::execOne(const QString &sql, const QVariantList &bind)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (bind.isEmpty() && isPostgres()) {
        // Unprepared: PostgreSQL cannot PREPARE DDL, and a plain statement is one round trip.
        if (!q.exec(sql))
            return Result<QSqlQuery>::fail(q.lastError().text());
        return q;
    }
    if (isPostgres()) {
        // Values inlined as the driver quotes them, rather than PREPARE/EXECUTE: one round
        // trip instead of three, and no DEALLOCATE that fails (with a warning on stderr)
        // after an error aborted the transaction.
        if (!q.exec(inlined(m_db, sql, bind)))
            return Result<QSqlQuery>::fail(q.lastError().text());
        return q;
    }
    if (!q.prepare(sql))
        return Result<QSqlQuery>::fail(q.lastError().text());
    for (const auto &v : bind)
        q.addBindValue(bindable(v, isPostgres()));
    if (!q.exec())
        return Result<QSqlQuery>::fail(q.lastError().text());
    return q;
}


} // namespace centrale
