// The PostgreSQL translation of SQLite SQL, statement by statement (no server needed; the
// *_pg store tests run the result for real).
#include "store/SqlDialect.h"

#include <QTest>

using namespace centrale;

class TestSqlDialect : public QObject {
    Q_OBJECT
    static QString pg(const QString &sql, const QStringList &key = {QStringLiteral("policy_key")})
    {
        SqlDialect d(StoreBackend::Postgres);
        return d.translate(sql, [&](const QString &) { return key; }).join(QStringLiteral(" ;; "));
    }

private slots:
    void sqliteIsUntouched()
    {
        SqlDialect d(StoreBackend::Sqlite);
        const QString sql = QStringLiteral("INSERT OR REPLACE INTO t (a) VALUES (?)");
        QCOMPARE(d.translate(sql, {}), QStringList{sql});
        QCOMPARE(d.beginWrite(), QStringList{QStringLiteral("BEGIN IMMEDIATE")});
    }

    void tables()
    {
        QCOMPARE(pg(QStringLiteral("CREATE TABLE x (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER NOT NULL, p INTEGER REFERENCES y(id) ON DELETE CASCADE, d BLOB)")),
                 QStringLiteral("CREATE TABLE x (id BIGSERIAL PRIMARY KEY, n BIGINT NOT NULL, p BIGINT REFERENCES y(id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE, d BYTEA)"));
        QCOMPARE(pg(QStringLiteral("CREATE TABLE r (prefix TEXT CHECK (prefix GLOB '[0-9]*' AND prefix NOT GLOB '*[^0-9]*'))")),
                 QStringLiteral("CREATE TABLE r (prefix TEXT CHECK (prefix ~ '^[0-9].*$' AND prefix !~ '^.*[^0-9].*$'))"));
        QCOMPARE(pg(QStringLiteral("CREATE TABLE n (a INTEGER, b INTEGER, CHECK ((a IS NOT NULL) + (b IS NOT NULL) <= 1))")),
                 QStringLiteral("CREATE TABLE n (a BIGINT, b BIGINT, CHECK ((a IS NOT NULL)::int + (b IS NOT NULL)::int <= 1))"));
    }

    void pragmas()
    {
        QCOMPARE(pg(QStringLiteral("PRAGMA user_version")), QStringLiteral("SELECT version FROM centrale_schema"));
        QCOMPARE(pg(QStringLiteral("PRAGMA user_version = 8")), QStringLiteral("UPDATE centrale_schema SET version = 8"));
        QCOMPARE(pg(QStringLiteral("PRAGMA journal_mode = WAL")), QStringLiteral("SELECT 1"));
        QCOMPARE(pg(QStringLiteral("PRAGMA defer_foreign_keys = ON")), QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
    }

    void triggersBecomeFunctions()
    {
        SqlDialect d(StoreBackend::Postgres);
        const auto out = d.translate(QStringLiteral("CREATE TRIGGER t_insert AFTER INSERT ON t BEGIN UPDATE config_version SET n = n + 1; END"), {});
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0], QStringLiteral("CREATE OR REPLACE FUNCTION t_insert_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN UPDATE config_version SET n = n + 1; RETURN NULL; END $fn$"));
        QCOMPARE(out[1], QStringLiteral("CREATE TRIGGER t_insert AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION t_insert_fn()"));
        const auto when = d.translate(QStringLiteral("CREATE TRIGGER u BEFORE UPDATE ON t WHEN OLD.a IS NOT NEW.a BEGIN DELETE FROM x; END"), {});
        QVERIFY2(when[0].contains(QLatin1String("IF OLD.a IS DISTINCT FROM NEW.a THEN DELETE FROM x; END IF; RETURN NEW;")), qPrintable(when[0]));
    }

    void statements()
    {
        QCOMPARE(pg(QStringLiteral("INSERT OR REPLACE INTO fraud_blocks (policy_key, owner) VALUES (?, ?)")),
                 QStringLiteral("INSERT INTO fraud_blocks (policy_key, owner) VALUES (?, ?) ON CONFLICT (policy_key) DO UPDATE SET owner = EXCLUDED.owner"));
        QCOMPARE(pg(QStringLiteral("INSERT OR IGNORE INTO t (a) VALUES (?)")), QStringLiteral("INSERT INTO t (a) VALUES (?) ON CONFLICT DO NOTHING"));
        QCOMPARE(pg(QStringLiteral("SELECT a FROM t WHERE a LIKE ? ESCAPE '\\' AND b IS ? AND c IS NOT NULL")),
                 QStringLiteral("SELECT a FROM t WHERE a ILIKE ? ESCAPE '\\' AND b IS NOT DISTINCT FROM ? AND c IS NOT NULL"));
        QCOMPARE(pg(QStringLiteral("SELECT group_concat(d, ','), instr(a, ?), ifnull(b, 0) FROM t")), QStringLiteral("SELECT string_agg(d, ','), strpos(a, ?), coalesce(b, 0) FROM t"));
        QCOMPARE(pg(QStringLiteral("UPDATE trunks SET name = json_extract(?, '$.name') WHERE id = ?")),
                 QStringLiteral("UPDATE trunks SET name = (jsonb_populate_record(NULL::trunks, ?::jsonb)).name WHERE id = ?"));
        QVERIFY(pg(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'")).contains(QLatin1String("pg_tables")));
    }
};

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
