#pragma once
// The recordings the engine made: one row per recorded call (its WAV files live in
// <data dir>/recordings), and the recording columns of trunks and phone accounts.
#include "domain/RecordingPolicy.h"
#include "store/Database.h"

#include <QHash>
#include <QStringList>
#include <limits>

namespace centrale {

struct Recording {
    qint64 id = 0;
    QString callId;
    qint64 startedMs = 0, endedMs = 0;
    QString direction; // "outbound" / "inbound", as in the call log
    QString caller, callee;
    QString account; // SIP account of the call
    QString owner;   // trunk name or phone number
    qint64 durationMs = 0;
    QString file;                // the mixed WAV, a name inside the recordings folder
    QStringList directionFiles;  // one WAV per direction (recording.split), may be empty
    qint64 expiresMs = 0;
};

// One trunk's or phone account's own recording setting.
struct RecordingOwner {
    QString kind; // "trunk" or "phone"
    QString name; // trunk name, phone number in E.164 with +
    RecordingPolicy policy;
};

class RecordingRepository {
public:
    explicit RecordingRepository(Database &db) : m_db(db) {}

    Status add(const Recording &r);
    // Started within [fromMs, toMs), oldest first.
    Result<QList<Recording>> list(qint64 fromMs = 0, qint64 toMs = std::numeric_limits<qint64>::max());
    Result<QList<Recording>> expired(qint64 nowMs);
    Status remove(qint64 id);
    // Call IDs among callIds that have a recording (for the call log).
    Result<QStringList> recordedCalls(const QStringList &callIds);

    // Per trunk / phone account. Without replace, an empty retention or unset announce
    // leaves that value as it is; with replace, it goes back to the default.
    Status setTrunk(const QString &name, const RecordingPolicy &p, bool replace = false);
    Status setPhone(const QString &digits, const RecordingPolicy &p, bool replace = false);
    Result<RecordingPolicy> trunk(const QString &name);
    Result<RecordingPolicy> phone(const QString &digits);
    Result<QList<RecordingOwner>> owners();
    // Own settings by engine policy key ("trunk:ID", "phone:ID"), for the engine's snapshot.
    Result<QHash<QString, RecordingPolicy>> byPolicyKey();
    // The global default from the settings.
    RecordingPolicy defaults();

private:
    Status set(const QString &table, const QString &keyColumn, const QString &key, const QString &label, const RecordingPolicy &p, bool replace);
    Result<RecordingPolicy> get(const QString &table, const QString &keyColumn, const QString &key, const QString &label);
    Database &m_db;
};

} // namespace centrale
