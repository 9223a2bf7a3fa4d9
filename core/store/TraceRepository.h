#pragma once
// The SIP trace store: the engine's recent messages in a file of their own next to the
// database (a disposable, bounded ring: its writes never wait for or hold up the group
// commit of the main database, and deleting it loses nothing that matters). Written by the
// engine's trace thread in batches, read by the console and centralectl.
#include "diagnostics/TraceMessage.h"
#include "util/Result.h"
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace centrale {

struct TraceLimits {
    int maxGroups = 5000;  // calls and registrations kept
    qint64 maxBytes = 64ll << 20;
    qint64 maxAgeSecs = 24 * 3600;
};

class TraceRepository {
public:
    ~TraceRepository();
    TraceRepository(const TraceRepository &) = delete;
    TraceRepository &operator=(const TraceRepository &) = delete;

    // The trace file that belongs to a database file ("x.sqlite" → "x.traces.sqlite").
    static QString pathFor(const QString &databasePath);
    // Opens (creating, 0600) on the calling thread; readOnly never creates.
    static Result<std::unique_ptr<TraceRepository>> open(const QString &path, bool readOnly = false);

    Status append(const QList<diagnostics::TraceMessage> &batch); // one transaction
    Status prune(const TraceLimits &limits, qint64 nowUs);

    // Both legs of a call: every message whose group is the call's A-leg Call-ID.
    Result<QList<diagnostics::TraceMessage>> call(const QString &callId);
    // An account's registrations and qualifies (REGISTER and OPTIONS with their answers),
    // newest limit messages, returned oldest first.
    Result<QList<diagnostics::TraceMessage>> registrations(const QStringList &accounts, int limit = 60);
    // The newest request of this method the engine received from one of these accounts.
    Result<std::optional<diagnostics::TraceMessage>> lastReceived(const QStringList &accounts, const QByteArray &method);
    // The engine's last OPTIONS qualify to one of these accounts and its answer, if any.
    Result<QList<diagnostics::TraceMessage>> lastQualify(const QStringList &accounts);
    Result<qint64> count();

private:
    explicit TraceRepository(QString connectionName);
    Result<QList<diagnostics::TraceMessage>> select(const QString &where, const QVariantList &bind, const QString &order = QStringLiteral("id"));
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace centrale
