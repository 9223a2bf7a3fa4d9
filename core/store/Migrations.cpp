#include "store/Migrations.h"
#include "store/AuditSchema.h"
#include "store/MigrationSchema.h"

namespace centrale::migrations {

const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: the portal's aggregates.
        {
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE call_plans ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " internal_number TEXT UNIQUE,"
                           " steps TEXT NOT NULL DEFAULT '[]')"),
            QStringLiteral("CREATE TABLE trunks ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " channels INTEGER NOT NULL CHECK (channels >= 1),"
                           " brand TEXT NOT NULL,"
                           " type TEXT NOT NULL DEFAULT '',"
                           " number_format TEXT NOT NULL CHECK (number_format IN ('plus','noplus')),"
                           " ip_whitelist TEXT NOT NULL,"
                           " failover_call_plan_id INTEGER REFERENCES call_plans(id) ON DELETE RESTRICT,"
                           " limits TEXT NOT NULL,"
                           " destinations TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE phone_accounts ("
                           " id INTEGER PRIMARY KEY,"
                           " number TEXT NOT NULL UNIQUE,"
                           " channels INTEGER NOT NULL CHECK (channels >= 1),"
                           " ip_whitelist TEXT NOT NULL,"
                           " limits TEXT NOT NULL,"
                           " destinations TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE sip_accounts ("
                           " id INTEGER PRIMARY KEY,"
                           " username TEXT NOT NULL UNIQUE,"
                           " role TEXT NOT NULL CHECK (role IN ('primary','secondary','phone')),"
                           " trunk_id INTEGER REFERENCES trunks(id) ON DELETE CASCADE,"
                           " phone_account_id INTEGER REFERENCES phone_accounts(id) ON DELETE CASCADE,"
                           " ha1 TEXT NOT NULL,"
                           " CHECK ((trunk_id IS NULL) <> (phone_account_id IS NULL)))"),
            // A number is linked to at most one owner; the CHECK is the last line of
            // defence behind NumberLinks, which gives the readable message.
            QStringLiteral("CREATE TABLE numbers ("
                           " digits TEXT PRIMARY KEY,"
                           " call_plan_id INTEGER REFERENCES call_plans(id) ON DELETE SET NULL,"
                           " trunk_id INTEGER REFERENCES trunks(id) ON DELETE SET NULL,"
                           " phone_account_id INTEGER REFERENCES phone_accounts(id) ON DELETE SET NULL,"
                           " inbound INTEGER NOT NULL DEFAULT 1,"
                           " caller_id INTEGER NOT NULL DEFAULT 1,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " CHECK ((call_plan_id IS NOT NULL) + (trunk_id IS NOT NULL) + (phone_account_id IS NOT NULL) <= 1))"),
            QStringLiteral("CREATE INDEX numbers_call_plan ON numbers(call_plan_id)"),
            QStringLiteral("CREATE INDEX numbers_trunk ON numbers(trunk_id)"),
            QStringLiteral("CREATE INDEX sip_accounts_trunk ON sip_accounts(trunk_id)"),
        },
        // 2: the registrar's state: bindings that survive a restart, blocked sources.
        {
            QStringLiteral("CREATE TABLE bindings ("
                           " account_id INTEGER NOT NULL REFERENCES sip_accounts(id) ON DELETE CASCADE,"
                           " contact TEXT NOT NULL,"
                           " source TEXT NOT NULL,"
                           " server TEXT NOT NULL,"
                           " user_agent TEXT NOT NULL DEFAULT '',"
                           " call_id TEXT NOT NULL DEFAULT '',"
                           " cseq INTEGER NOT NULL DEFAULT 0,"
                           " expires_at INTEGER NOT NULL,"
                           " reachable INTEGER NOT NULL DEFAULT 1,"
                           " PRIMARY KEY (account_id, contact))"),
            QStringLiteral("CREATE TABLE blocked_sources ("
                           " address TEXT PRIMARY KEY,"
                           " blocked_at INTEGER NOT NULL,"
                           " until INTEGER NOT NULL,"
                           " failures INTEGER NOT NULL,"
                           " reason TEXT NOT NULL DEFAULT '')"),
            // A running engine polls this counter to notice edits made by other
            // processes (the CLI, the console) and reloads its snapshot.
            // Which engine serves this database, where, and whether it is alive.
            QStringLiteral("CREATE TABLE engine_state (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL,"
                           " listen TEXT NOT NULL, heartbeat INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE config_version (n INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO config_version (n) VALUES (0)"),
            QStringLiteral("CREATE TRIGGER sip_accounts_insert AFTER INSERT ON sip_accounts BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER sip_accounts_update AFTER UPDATE ON sip_accounts BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER sip_accounts_delete AFTER DELETE ON sip_accounts BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER trunks_insert AFTER INSERT ON trunks BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER trunks_update AFTER UPDATE ON trunks BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER trunks_delete AFTER DELETE ON trunks BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER phone_accounts_insert AFTER INSERT ON phone_accounts BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER phone_accounts_update AFTER UPDATE ON phone_accounts BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER phone_accounts_delete AFTER DELETE ON phone_accounts BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER settings_insert AFTER INSERT ON settings BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER settings_update AFTER UPDATE ON settings BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER settings_delete AFTER DELETE ON settings BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER blocked_sources_insert AFTER INSERT ON blocked_sources BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER blocked_sources_update AFTER UPDATE ON blocked_sources BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER blocked_sources_delete AFTER DELETE ON blocked_sources BEGIN UPDATE config_version SET n = n + 1; END"),
        },
        // 3: the rate table (money in micro-euro) and the call log the engine writes behind.
        {
            // Digits only: GLOB '[0-9]*' alone would accept "3x".
            QStringLiteral("CREATE TABLE rates ("
                           " prefix TEXT PRIMARY KEY CHECK (prefix GLOB '[0-9]*' AND prefix NOT GLOB '*[^0-9]*'),"
                           " description TEXT NOT NULL,"
                           " per_minute_micros INTEGER NOT NULL CHECK (per_minute_micros >= 0),"
                           " setup_micros INTEGER NOT NULL CHECK (setup_micros >= 0))"),
            // The running engine prices calls from its snapshot; an import must reach it.
            QStringLiteral("CREATE TRIGGER rates_insert AFTER INSERT ON rates BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER rates_update AFTER UPDATE ON rates BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER rates_delete AFTER DELETE ON rates BEGIN UPDATE config_version SET n = n + 1; END"),
            // Names, not ids: a record stays readable after its trunk or account is deleted.
            QStringLiteral("CREATE TABLE call_log ("
                           " id INTEGER PRIMARY KEY,"
                           " call_id TEXT NOT NULL,"
                           " direction TEXT NOT NULL CHECK (direction IN ('outbound','inbound')),"
                           " account TEXT NOT NULL,"
                           " account_role TEXT NOT NULL,"
                           " owner TEXT NOT NULL,"
                           " caller TEXT NOT NULL,"
                           " callee TEXT NOT NULL,"
                           " dialled TEXT NOT NULL,"
                           " a_leg TEXT NOT NULL,"
                           " b_leg TEXT NOT NULL,"
                           " started_ms INTEGER NOT NULL,"
                           " answered_ms INTEGER NOT NULL DEFAULT 0,"
                           " ended_ms INTEGER NOT NULL DEFAULT 0,"
                           " sip_status INTEGER NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " cost_micros INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX call_log_started ON call_log(started_ms)"),
        },
        // 4: the engine's own registration at the carrier, as JSON, beside its heartbeat.
        {
            QStringLiteral("ALTER TABLE engine_state ADD COLUMN upstream TEXT NOT NULL DEFAULT '{}'"),
        },
        // 5: accounts the fraud detector blocked outbound (kept when lifted: the lift time
        // tells the detector which calls are forgiven). Call plans and numbers reach a
        // running engine too. The default rate table is seeded after this step (seedAfter).
        {
            QStringLiteral("CREATE TABLE fraud_blocks ("
                           " policy_key TEXT PRIMARY KEY,"
                           " owner TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " blocked_ms INTEGER NOT NULL,"
                           " lifted_ms INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TRIGGER fraud_blocks_insert AFTER INSERT ON fraud_blocks BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER fraud_blocks_update AFTER UPDATE ON fraud_blocks BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER fraud_blocks_delete AFTER DELETE ON fraud_blocks BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER call_plans_insert AFTER INSERT ON call_plans BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER call_plans_update AFTER UPDATE ON call_plans BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER call_plans_delete AFTER DELETE ON call_plans BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER numbers_insert AFTER INSERT ON numbers BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER numbers_update AFTER UPDATE ON numbers BEGIN UPDATE config_version SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER numbers_delete AFTER DELETE ON numbers BEGIN UPDATE config_version SET n = n + 1; END"),
        },
        // 6: phone autoprovisioning: the handset (MAC, model) and display name of a phone
        // account, the hash of its HTTPS provisioning token, and a log of every fetch (no
        // config_version trigger on the log: a fetch is no reason to reload the engine).
        {
            QStringLiteral("ALTER TABLE phone_accounts ADD COLUMN mac TEXT"),
            QStringLiteral("ALTER TABLE phone_accounts ADD COLUMN model TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE phone_accounts ADD COLUMN display_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE phone_accounts ADD COLUMN provisioning_token TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE UNIQUE INDEX phone_accounts_mac ON phone_accounts(mac) WHERE mac IS NOT NULL"),
            QStringLiteral("CREATE TABLE provisioning_log ("
                           " id INTEGER PRIMARY KEY,"
                           " at_ms INTEGER NOT NULL,"
                           " address TEXT NOT NULL,"
                           " protocol TEXT NOT NULL,"
                           " file TEXT NOT NULL,"
                           " mac TEXT NOT NULL DEFAULT '',"
                           " served INTEGER NOT NULL,"
                           " reason TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX provisioning_log_mac ON provisioning_log(mac, served, at_ms)"),
        },
        // 7: the audit log: every write to the tables in AuditSchema.cpp is recorded by a
        // trigger and stamped (who, interface, group) by the writing transaction.
        audit::schemaStatements(),
        // 8: call recording. Retention per trunk and phone account (NULL: the global default
        // in the settings), and one row per recording the engine made; the WAV files live in
        // <data dir>/recordings and the row says when they expire.
        [] {
            QStringList s = {
                QStringLiteral("ALTER TABLE trunks ADD COLUMN recording_retention TEXT CHECK (recording_retention IN ('off','30','90','365'))"),
                QStringLiteral("ALTER TABLE trunks ADD COLUMN recording_announce INTEGER CHECK (recording_announce IN (0,1))"),
                QStringLiteral("ALTER TABLE phone_accounts ADD COLUMN recording_retention TEXT CHECK (recording_retention IN ('off','30','90','365'))"),
                QStringLiteral("ALTER TABLE phone_accounts ADD COLUMN recording_announce INTEGER CHECK (recording_announce IN (0,1))"),
                QStringLiteral("CREATE TABLE recordings ("
                               " id INTEGER PRIMARY KEY,"
                               " call_id TEXT NOT NULL,"
                               " started_ms INTEGER NOT NULL,"
                               " ended_ms INTEGER NOT NULL,"
                               " direction TEXT NOT NULL,"
                               " caller TEXT NOT NULL,"
                               " callee TEXT NOT NULL,"
                               " account TEXT NOT NULL,"
                               " owner TEXT NOT NULL,"
                               " duration_ms INTEGER NOT NULL,"
                               " file TEXT NOT NULL UNIQUE,"
                               " direction_files TEXT NOT NULL DEFAULT '',"
                               " expires_ms INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX recordings_started ON recordings(started_ms)"),
                QStringLiteral("CREATE INDEX recordings_expires ON recordings(expires_ms)"),
                QStringLiteral("CREATE INDEX recordings_call ON recordings(call_id)"),
            };
            return s + audit::recordingStatements();
        }(),
        // 9: PSTN/ISDN → SIP migration projects with their tasks,
        // current contracts and numbers to port.
        migrationschema::schemaStatements(),
        // 10: voicemail messages; the WAV
        // files are in <data dir>/voicemail/. No foreign key: a message outlives its call plan.
        {
            QStringLiteral("CREATE TABLE voicemail_messages ("
                           " id INTEGER PRIMARY KEY,"
                           " plan_id INTEGER NOT NULL,"
                           " caller TEXT NOT NULL,"
                           " called TEXT NOT NULL,"
                           " received_ms INTEGER NOT NULL,"
                           " duration_ms INTEGER NOT NULL,"
                           " file TEXT NOT NULL,"
                           " call_id TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX voicemail_messages_plan ON voicemail_messages(plan_id, received_ms)"),
        },
    };
    return all;
}

} // namespace centrale::migrations
