#pragma once
// Writes registrar state and the call log behind the hot path, on the writer's own thread and
// database connection, by group commit: whatever arrived while the last commit ran goes into
// the next one, and the answers waiting for those changes (Ack) are released after it.
#include "sip/AckQueue.h"
#include "domain/CallRecord.h"
#include "sip/Registrar.h"
#include "store/Database.h"
#include <QObject>
#include <QTimer>
#include <variant>

namespace centrale::sip {

struct UpsertBinding { qint64 accountId; Binding binding; };
struct DeleteBinding { qint64 accountId; QString contact; };
struct BlockSource { QString address; qint64 blockedAt; qint64 until; QString reason; };
struct UnblockSource { QString address; };
struct Heartbeat { qint64 pid; QString listen; qint64 at; QString upstream; }; // upstream: UpstreamStatus as JSON
struct LogCall { CallRecord record; };
struct Ack { quint64 id; }; // release this held answer once everything before it is committed
using WriteOp = std::variant<UpsertBinding, DeleteBinding, BlockSource, UnblockSource, Heartbeat, LogCall, Ack>;

class BindingWriter : public QObject {
    Q_OBJECT
public:
    // acks: one queue per engine worker; an Ack's id names its worker (kAckWorkerShift).
    BindingWriter(QString dbPath, QList<std::shared_ptr<AckQueue>> acks) : m_path(std::move(dbPath)), m_acks(std::move(acks)) {}
    void enqueue(WriteOp op); // call on the writer's thread
    void flush();

private:
    Status write(const QList<WriteOp> &ops);

    QString m_path;
    QList<std::shared_ptr<AckQueue>> m_acks;
    std::unique_ptr<Database> m_db;
    QList<WriteOp> m_pending;
    bool m_flushQueued = false;
};

// What a restarted engine starts from.
QList<std::pair<qint64, Binding>> loadBindings(Database &db, qint64 now);
QHash<QString, qint64> loadBlocked(Database &db, qint64 now);

} // namespace centrale::sip
