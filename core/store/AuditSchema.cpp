#include "store/AuditSchema.h"

namespace centrale::audit {

const QList<AuditedTable> &auditedTables()
{
    static const QList<AuditedTable> all = {
        {QStringLiteral("trunks"), QStringLiteral("trunk"), QStringLiteral("id"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("channels"), QStringLiteral("brand"), QStringLiteral("type"), QStringLiteral("number_format"),
          QStringLiteral("ip_whitelist"), QStringLiteral("failover_call_plan_id"), QStringLiteral("limits"), QStringLiteral("destinations"),
          QStringLiteral("recording_retention"), QStringLiteral("recording_announce")},
         {QStringLiteral("ip_whitelist"), QStringLiteral("limits"), QStringLiteral("destinations")},
         {},
         QStringLiteral("%1.name"),
         {{QStringLiteral("numbers"), QStringLiteral("trunk_id"), QStringLiteral("number")}, {QStringLiteral("sip_accounts"), QStringLiteral("trunk_id"), QStringLiteral("sip_account")}}},
        {QStringLiteral("sip_accounts"), QStringLiteral("sip_account"), QStringLiteral("id"),
         {QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("role"), QStringLiteral("trunk_id"), QStringLiteral("phone_account_id")},
         {},
         QStringLiteral("ha1"),
         QStringLiteral("%1.username"),
         {}},
        {QStringLiteral("phone_accounts"), QStringLiteral("phone"), QStringLiteral("id"),
         {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("channels"), QStringLiteral("ip_whitelist"), QStringLiteral("limits"), QStringLiteral("destinations"),
          QStringLiteral("mac"), QStringLiteral("model"), QStringLiteral("display_name"), QStringLiteral("recording_retention"), QStringLiteral("recording_announce")},
         {QStringLiteral("ip_whitelist"), QStringLiteral("limits"), QStringLiteral("destinations")},
         QStringLiteral("provisioning_token"), // only its hash is stored, and the log says "changed"
         QStringLiteral("'+' || %1.number"),
         {{QStringLiteral("numbers"), QStringLiteral("phone_account_id"), QStringLiteral("number")},
          {QStringLiteral("sip_accounts"), QStringLiteral("phone_account_id"), QStringLiteral("sip_account")}}},
        {QStringLiteral("call_plans"), QStringLiteral("callplan"), QStringLiteral("id"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("internal_number"), QStringLiteral("steps")},
         {QStringLiteral("steps")},
         {},
         QStringLiteral("%1.name"),
         {{QStringLiteral("numbers"), QStringLiteral("call_plan_id"), QStringLiteral("number")},
          {QStringLiteral("trunks"), QStringLiteral("failover_call_plan_id"), QStringLiteral("trunk")}}},
        {QStringLiteral("numbers"), QStringLiteral("number"), QStringLiteral("digits"),
         {QStringLiteral("digits"), QStringLiteral("call_plan_id"), QStringLiteral("trunk_id"), QStringLiteral("phone_account_id"), QStringLiteral("inbound"),
          QStringLiteral("caller_id"), QStringLiteral("position")},
         {},
         {},
         QStringLiteral("'+' || %1.digits"),
         {}},
        {QStringLiteral("settings"), QStringLiteral("setting"), QStringLiteral("key"), {QStringLiteral("key"), QStringLiteral("value")}, {}, {}, QStringLiteral("%1.key"), {}},
        {QStringLiteral("rates"), QStringLiteral("rate"), QStringLiteral("prefix"),
         {QStringLiteral("prefix"), QStringLiteral("description"), QStringLiteral("per_minute_micros"), QStringLiteral("setup_micros")},
         {},
         {},
         QStringLiteral("'+' || %1.prefix"),
         {}},
        {QStringLiteral("fraud_blocks"), QStringLiteral("fraud_block"), QStringLiteral("policy_key"),
         {QStringLiteral("policy_key"), QStringLiteral("owner"), QStringLiteral("kind"), QStringLiteral("reason"), QStringLiteral("blocked_ms"), QStringLiteral("lifted_ms")},
         {},
         {},
         QStringLiteral("%1.owner"),
         {}},
        {QStringLiteral("blocked_sources"), QStringLiteral("blocked_source"), QStringLiteral("address"),
         {QStringLiteral("address"), QStringLiteral("blocked_at"), QStringLiteral("until"), QStringLiteral("failures"), QStringLiteral("reason")},
         {},
         {},
         QStringLiteral("%1.address"),
         {}},
    };
    return all;
}

const AuditedTable *tableForKind(const QString &kind)
{
    for (const auto &t : auditedTables())
        if (t.kind == kind)
            return &t;
    return nullptr;
}

QString stateJson(const AuditedTable &t, const QString &alias)
{
    QStringList parts;
    for (const auto &c : t.columns) {
        const QString v = alias + QLatin1Char('.') + c;
        // JSON text columns nest as JSON (readable before/after); anything else stays a string.
        parts << QStringLiteral("'%1'").arg(c)
              << (t.jsonColumns.contains(c) ? QStringLiteral("CASE WHEN json_valid(%1) THEN json(%1) ELSE %1 END").arg(v) : v);
    }
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString displayName(const AuditedTable &t, const QString &alias) { return t.nameExpr.arg(alias); }

namespace {

const QString kInsert = QStringLiteral("INSERT INTO audit_log (object_kind, object_id, object_name, action, before_json, after_json) VALUES ");

// Columns a later migration added: the triggers of step 7 leave them out, step 8 recreates
// those tables' triggers with them (see recordingStatements()).
bool addedLater(const QString &column) { return column == QLatin1String("recording_retention") || column == QLatin1String("recording_announce"); }

QStringList triggerStatements(const AuditedTable &t)
{
    QStringList out;
    const QString &insert = kInsert;
    QString afterNew = stateJson(t, QStringLiteral("NEW"));
    QString afterCreate = afterNew;
    QString changed = QStringLiteral("%1 IS NOT %2").arg(stateJson(t, QStringLiteral("OLD")), afterNew);
    if (!t.secret.isEmpty()) {
        // The secret itself is never written here: only that it was set or changed.
        afterCreate = QStringLiteral("json_set(%1, '$.%2', 'set')").arg(afterNew, QLatin1String(kSecretMarker));
        afterNew = QStringLiteral("CASE WHEN OLD.%1 IS NOT NEW.%1 THEN json_set(%2, '$.%3', 'changed') ELSE %2 END").arg(t.secret, afterNew, QLatin1String(kSecretMarker));
        changed += QStringLiteral(" OR OLD.%1 IS NOT NEW.%1").arg(t.secret);
    }
    // INSERT OR REPLACE and upserts overwrite a row without a delete trigger: record
    // the row as it was first (the merge at commit joins the two into one change).
    out << QStringLiteral("CREATE TRIGGER audit_%1_replace BEFORE INSERT ON %1 BEGIN INSERT INTO audit_log (object_kind, object_id, object_name, action,"
                          " before_json, after_json) SELECT '%2', %1.%3, %4, 'delete', %5, NULL FROM %1 WHERE %1.%3 = NEW.%3; END")
               .arg(t.table, t.kind, t.key, displayName(t, t.table), stateJson(t, t.table));
    out << QStringLiteral("CREATE TRIGGER audit_%1_insert AFTER INSERT ON %1 BEGIN %2('%3', NEW.%4, %5, 'create', NULL, %6); END")
               .arg(t.table, insert, t.kind, t.key, displayName(t, QStringLiteral("NEW")), afterCreate);
    out << QStringLiteral("CREATE TRIGGER audit_%1_update AFTER UPDATE ON %1 WHEN %7 BEGIN %2('%3', NEW.%4, %5, 'update', %6, %8); END")
               .arg(t.table, insert, t.kind, t.key, displayName(t, QStringLiteral("NEW")), stateJson(t, QStringLiteral("OLD")), changed, afterNew);
    out << QStringLiteral("CREATE TRIGGER audit_%1_delete AFTER DELETE ON %1 BEGIN %2('%3', OLD.%4, %5, 'delete', %6, NULL); END")
               .arg(t.table, insert, t.kind, t.key, displayName(t, QStringLiteral("OLD")), stateJson(t, QStringLiteral("OLD")));
    return out;
}

} // namespace

QStringList schemaStatements()
{
    QStringList out = {
        // One row per changed row. change_id stays NULL until the writing transaction stamps
        // it (who, where, when) just before its commit; a rollback takes the row with it.
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " at_ms INTEGER NOT NULL DEFAULT 0,"
                       " os_user TEXT NOT NULL DEFAULT '',"
                       " interface TEXT NOT NULL DEFAULT '',"
                       " object_kind TEXT NOT NULL,"
                       " object_id TEXT NOT NULL,"
                       " object_name TEXT NOT NULL DEFAULT '',"
                       " action TEXT NOT NULL CHECK (action IN ('create','update','delete')),"
                       " before_json TEXT,"
                       " after_json TEXT,"
                       " change_id INTEGER,"
                       " group_id INTEGER,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " undo_of INTEGER,"
                       " undone_by INTEGER)"),
        QStringLiteral("CREATE INDEX audit_log_pending ON audit_log(id) WHERE change_id IS NULL"),
        QStringLiteral("CREATE INDEX audit_log_object ON audit_log(object_kind, object_id)"),
        QStringLiteral("CREATE INDEX audit_log_group ON audit_log(group_id)"),
        QStringLiteral("CREATE INDEX audit_log_time ON audit_log(at_ms)"),
    };
    for (AuditedTable t : auditedTables()) {
        t.columns.removeIf(addedLater);
        out << triggerStatements(t);
    }
    return out;
}

QStringList recordingStatements()
{
    QStringList out;
    for (const auto &t : auditedTables()) {
        if (t.table != QLatin1String("trunks") && t.table != QLatin1String("phone_accounts"))
            continue;
        for (const char *when : {"replace", "insert", "update", "delete"})
            out << QStringLiteral("DROP TRIGGER audit_%1_%2").arg(t.table, QLatin1String(when));
        out << triggerStatements(t);
    }
    return out;
}

} // namespace centrale::audit
