#include "store/Database.h"
#include "store/Migrations.h"
#include "store/DefaultRates.h"
#include "store/AuditContext.h"
#include "store/AuditRecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

namespace centrale {

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName))
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
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/centrale.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, int targetVersion)
{
    using R = Result<std::unique_ptr<Database>>;
    if (path.isEmpty())
        return R::fail(QCoreApplication::translate("Database", "No database path given."), QStringLiteral("db"));
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
    std::unique_ptr<Database> db(new Database(path, QStringLiteral("centrale-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return R::fail(QCoreApplication::translate("Database", "Cannot open database %1: %2").arg(path, db->m_db.lastError().text()), QStringLiteral("db"));

    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (auto r = db->exec(QLatin1String(pragma)); !r)
            return R::fail(QCoreApplication::translate("Database", "Database %1 is not usable: %2").arg(path, r.message()), QStringLiteral("db"));
    }
    if (auto r = db->exec(QStringLiteral("PRAGMA quick_check")); !r || !r->next() || r->value(0).toString() != QLatin1String("ok"))
        return R::fail(QCoreApplication::translate("Database", "Database %1 is damaged or not a Centrale database.").arg(path), QStringLiteral("db"));

    const int v = db->schemaVersion();
    if (v > latestVersion())
        return R::fail(QCoreApplication::translate("Database", "Database %1 was written by a newer Centrale (schema %2, this one knows %3).").arg(path).arg(v).arg(latestVersion()),
                       QStringLiteral("db"));
    if (auto s = db->migrate(targetVersion < 0 ? latestVersion() : targetVersion); !s)
        return s.error();
    db->detectAudit();
    return db;
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString &path)
{
    using R = Result<std::unique_ptr<Database>>;
    std::unique_ptr<Database> db(new Database(path, QStringLiteral("centrale-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return R::fail(QCoreApplication::translate("Database", "Cannot open database %1: %2").arg(path, db->m_db.lastError().text()), QStringLiteral("db"));
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"})
        if (auto r = db->exec(QLatin1String(pragma)); !r)
            return R::fail(QCoreApplication::translate("Database", "Database %1 is not usable: %2").arg(path, r.message()), QStringLiteral("db"));
    if (db->schemaVersion() != latestVersion())
        return R::fail(QCoreApplication::translate("Database", "Database %1 is damaged or not a Centrale database.").arg(path), QStringLiteral("db"));
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
    if (QSqlQuery begin(m_db); !begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Status::fail(QCoreApplication::translate("Database", "Cannot start a database transaction: %1").arg(begin.lastError().text()));
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

Status Database::execEach(const QString &sql, const QList<QVariantList> &rows, qsizetype *failedRow)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Status::fail(q.lastError().text());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QVariantList &bind = rows.at(r);
        for (int i = 0; i < bind.size(); ++i) {
            const QVariant &v = bind.at(i);
            q.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v); // as exec() does
        }
        if (!q.exec()) {
            if (failedRow)
                *failedRow = r;
            return Status::fail(q.lastError().text());
        }
    }
    return {};
}

Result<QSqlQuery> Database::execNow(const QString &sql, const QVariantList &bind)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Result<QSqlQuery>::fail(q.lastError().text());
    for (const auto &v : bind) {
        // A null QString is still text: bind it as '' (QSQLITE would bind NULL). Callers
        // that mean NULL pass QVariant().
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return Result<QSqlQuery>::fail(q.lastError().text());
    return q;
}

} // namespace centrale
