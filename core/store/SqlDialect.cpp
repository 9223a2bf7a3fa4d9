#include "store/SqlDialect.h"

#include <QRegularExpression>

namespace centrale {

namespace {

using RX = QRegularExpression;

const RX &rx(const char *pattern, RX::PatternOptions o = RX::CaseInsensitiveOption)
{
    // Patterns are literals, so one compiled object per call site is enough.
    thread_local QHash<const char *, RX> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, RX(QLatin1String(pattern), o));
    return *it;
}

// A GLOB pattern as an anchored POSIX regular expression.
QString globToRegex(const QString &glob)
{
    QString out = QStringLiteral("^");
    bool inClass = false;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (inClass) {
            out += c;
            if (c == QLatin1Char(']'))
                inClass = false;
        } else if (c == QLatin1Char('*')) {
            out += QStringLiteral(".*");
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('.');
        } else if (c == QLatin1Char('[')) {
            inClass = true;
            out += c;
        } else if (QStringLiteral(".^$+(){}|\\").contains(c)) {
            out += QLatin1Char('\\') + c;
        } else {
            out += c;
        }
    }
    return out + QLatin1Char('$');
}

QString replaceAll(QString s, const RX &re, const std::function<QString(const QRegularExpressionMatch &)> &with)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += s.mid(last, m.capturedStart() - last) + with(m);
        last = m.capturedEnd();
    }
    return out + s.mid(last);
}

} // namespace

QStringList SqlDialect::translate(const QString &sql, const KeyLookup &keys)
{
    if (!postgres())
        return {sql};
    if (auto it = m_cache.constFind(sql); it != m_cache.constEnd())
        return *it;
    QStringList out;
    const QString s = sql.trimmed();
    if (s.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive)) {
        // File-level settings of SQLite have no meaning here; the rest map one to one.
        if (const auto m = rx(R"(^PRAGMA\s+user_version\s*=\s*(\d+)$)").match(s); m.hasMatch())
            out << QStringLiteral("UPDATE centrale_schema SET version = %1").arg(m.captured(1));
        else if (rx(R"(^PRAGMA\s+user_version$)").match(s).hasMatch())
            out << QStringLiteral("SELECT version FROM centrale_schema");
        else if (rx(R"(^PRAGMA\s+(quick_check|integrity_check)$)").match(s).hasMatch())
            out << QStringLiteral("SELECT 'ok'");
        else if (rx(R"(^PRAGMA\s+defer_foreign_keys\s*=\s*(ON|1|TRUE)$)").match(s).hasMatch())
            out << QStringLiteral("SET CONSTRAINTS ALL DEFERRED");
        else
            out << QStringLiteral("SELECT 1");
    } else if (const auto m = rx(R"(^CREATE\s+TRIGGER\s+(\w+)\s+(BEFORE|AFTER)\s+(INSERT|UPDATE|DELETE)\s+ON\s+(\w+)(?:\s+WHEN\s+(.*?))?\s+BEGIN\s+(.*);\s*END$)",
                                 RX::CaseInsensitiveOption | RX::DotMatchesEverythingOption)
                                  .match(s);
               m.hasMatch()) {
        // A PostgreSQL trigger runs a function: the SQLite body becomes one.
        const QString name = m.captured(1), when = m.captured(2).toUpper(), event = m.captured(3).toUpper(), table = m.captured(4);
        const QString cond = m.captured(5).isEmpty() ? QString() : rewrite(m.captured(5), keys);
        const QString body = rewrite(m.captured(6), keys);
        const QString ret = when == QLatin1String("BEFORE") ? (event == QLatin1String("DELETE") ? QStringLiteral("OLD") : QStringLiteral("NEW")) : QStringLiteral("NULL");
        const QString run = cond.isEmpty() ? body + QLatin1Char(';') : QStringLiteral("IF %1 THEN %2; END IF;").arg(cond, body);
        out << QStringLiteral("CREATE OR REPLACE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN %2 RETURN %3; END $fn$").arg(name, run, ret);
        out << QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH ROW EXECUTE FUNCTION %1_fn()").arg(name, when, event, table);
    } else if (const auto d = rx(R"(^DROP\s+TRIGGER\s+(IF\s+EXISTS\s+)?(\w+)$)").match(s); d.hasMatch()) {
        // PostgreSQL names the table in DROP TRIGGER; SQLite's statement does not, so look it up.
        out << QStringLiteral("DO $dt$ DECLARE t text; BEGIN SELECT c.relname INTO t FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
                              "WHERE g.tgname = '%1' AND NOT g.tgisinternal; IF t IS NOT NULL THEN EXECUTE format('DROP TRIGGER %I ON %I', '%1', t); "
                              "%2 END IF; END $dt$")
                   .arg(d.captured(2).toLower(), d.captured(1).isEmpty() ? QStringLiteral("ELSE RAISE EXCEPTION 'no such trigger: %1';").arg(d.captured(2)) : QString());
    } else {
        out << rewrite(s, keys);
    }
    m_cache.insert(sql, out);
    return out;
}

QString SqlDialect::rewrite(QString s, const KeyLookup &keys) const
{
    const bool ddl = rx(R"(^(CREATE\s+TABLE|ALTER\s+TABLE))").match(s).hasMatch();
    if (ddl) {
        s.replace(rx(R"(\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?)"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
        s.replace(rx(R"(\bBLOB\b)"), QStringLiteral("BYTEA"));
        s.replace(rx(R"(\bREAL\b)"), QStringLiteral("DOUBLE PRECISION"));
        // Deferrable, so an undo may restore rows that point at rows restored after them.
        s = replaceAll(s, rx(R"(\bREFERENCES\s+\w+\s*\(\w+\)(\s+ON\s+(DELETE|UPDATE)\s+(CASCADE|SET\s+NULL|SET\s+DEFAULT|NO\s+ACTION|RESTRICT))*)"),
                       [](const QRegularExpressionMatch &m) -> QString { return m.captured(0) + QStringLiteral(" DEFERRABLE INITIALLY IMMEDIATE"); });
    }
    s.replace(rx(R"(\bINTEGER\b)"), QStringLiteral("BIGINT"));
    // SQLite counts truths by adding them: (a IS NOT NULL) + (b IS NOT NULL) <= 1.
    s.replace(rx(R"(\(([\w.]+\s+IS\s+(?:NOT\s+)?NULL)\)(?=\s*\+))"), QStringLiteral("(\\1)::int"));
    s.replace(rx(R"((?<=\+\s)\(([\w.]+\s+IS\s+(?:NOT\s+)?NULL)\))"), QStringLiteral("(\\1)::int"));
    s = replaceAll(s, rx(R"(\b(NOT\s+)?GLOB\s+'([^']*)')"), [](const QRegularExpressionMatch &m) -> QString {
        return QStringLiteral("%1 '%2'").arg(m.captured(1).isEmpty() ? QStringLiteral("~") : QStringLiteral("!~"), globToRegex(m.captured(2)));
    });
    // `a IS NOT b` compares with NULL as a value in SQLite.
    s.replace(rx(R"(\bIS\s+NOT\s+(?!NULL\b|TRUE\b|FALSE\b|DISTINCT\b))"), QStringLiteral("IS DISTINCT FROM "));
    s.replace(rx(R"(\bIS\s+(?!NOT\b|NULL\b|TRUE\b|FALSE\b|DISTINCT\b))"), QStringLiteral("IS NOT DISTINCT FROM "));
    s.replace(rx(R"(\bNOT\s+LIKE\b)"), QStringLiteral("NOT ILIKE"));
    s.replace(rx(R"((?<!NOT )\bLIKE\b)"), QStringLiteral("ILIKE"));
    s.replace(rx(R"(\bgroup_concat\s*\()"), QStringLiteral("string_agg("));
    s.replace(rx(R"(\binstr\s*\()"), QStringLiteral("strpos("));
    s.replace(rx(R"(\bifnull\s*\()"), QStringLiteral("coalesce("));
    // JSON: jsonb, which has equality (the audit triggers compare states).
    s.replace(rx(R"(CASE WHEN json_valid\(([\w.]+)\) THEN json\(\1\) ELSE \1 END)"), QStringLiteral("CASE WHEN json_valid(\\1) THEN (\\1)::jsonb ELSE to_jsonb(\\1) END"));
    s.replace(rx(R"(\bjson_object\s*\()"), QStringLiteral("jsonb_build_object("));
    if (const auto target = rx(R"(^(?:INSERT\s+INTO|UPDATE)\s+(\w+))").match(s); target.hasMatch())
        // A column of a JSON text as the column's own type.
        s.replace(rx(R"(\bjson_extract\(\?,\s*'\$\.(\w+)'\))"), QStringLiteral("(jsonb_populate_record(NULL::%1, ?::jsonb)).\\1").arg(target.captured(1)));
    s.replace(rx(R"(\bFROM\s+sqlite_master\b)"),
              QStringLiteral("FROM (SELECT 'table'::text AS type, tablename::text AS name, tablename::text AS tbl_name FROM pg_tables WHERE schemaname = current_schema()"
                             " UNION ALL SELECT 'index', indexname::text, tablename::text FROM pg_indexes WHERE schemaname = current_schema()"
                             " AND indexname NOT LIKE '%\\_pkey') AS sqlite_master"));
    if (const auto m = rx(R"(^INSERT\s+OR\s+IGNORE\s+INTO\b)").match(s); m.hasMatch()) {
        s = QStringLiteral("INSERT INTO") + s.mid(m.capturedEnd()) + QStringLiteral(" ON CONFLICT DO NOTHING");
    } else if (const auto r = rx(R"(^(?:INSERT\s+OR\s+REPLACE|REPLACE)\s+INTO\s+(\w+)\s*\(([^)]*)\))").match(s); r.hasMatch()) {
        const QString table = r.captured(1);
        const QStringList key = keys ? keys(table) : QStringList();
        QStringList sets;
        for (QString c : r.captured(2).split(QLatin1Char(','))) {
            c = c.trimmed();
            if (!key.contains(c))
                sets << QStringLiteral("%1 = EXCLUDED.%1").arg(c);
        }
        s = QStringLiteral("INSERT INTO ") + s.mid(r.capturedStart(1));
        if (!key.isEmpty())
            s += QStringLiteral(" ON CONFLICT (%1) DO %2").arg(key.join(QStringLiteral(", ")), sets.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + sets.join(QStringLiteral(", ")));
    }
    return s;
}

QStringList SqlDialect::beginWrite() const
{
    if (!postgres())
        return {QStringLiteral("BEGIN IMMEDIATE")};
    return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(7234002)")};
}

QStringList SqlDialect::postgresBootstrap()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS centrale_schema (version BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO centrale_schema (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM centrale_schema)"),
        // COLLATE NOCASE: case-insensitive equality, uniqueness and order, as in SQLite.
        QStringLiteral("DO $$ BEGIN CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);"
                       " EXCEPTION WHEN duplicate_object THEN NULL; END $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION json_valid(t text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $fn$"
                       " BEGIN PERFORM t::jsonb; RETURN true; EXCEPTION WHEN others THEN RETURN false; END $fn$"),
        // json_set(doc, '$.key', value) for the one-level paths the audit triggers use.
        QStringLiteral("CREATE OR REPLACE FUNCTION json_set(j jsonb, path text, v text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $fn$"
                       " SELECT j || jsonb_build_object(substr(path, 3), v) $fn$"),
    };
}

} // namespace centrale
