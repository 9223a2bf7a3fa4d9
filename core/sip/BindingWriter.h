#pragma once
// Writes registrar state and the call log behind the hot path: changes are queued and flushed in one
// transaction every 200 ms on the writer's own thread and database connection.
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
using WriteOp = std::variant<UpsertBinding, DeleteBinding, BlockSource, UnblockSource, Heartbeat, LogCall>;

class BindingWriter : public QObject {
    Q_OBJECT
public:
    explicit BindingWriter(QString dbPath) : m_path(std::move(dbPath)) {}
    void enqueue(WriteOp op); // call on the writer's thread
    void flush();

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    QList<WriteOp> m_pending;
    QTimer *m_timer = nullptr;
};

// What a restarted engine starts from.
QList<std::pair<qint64, Binding>> loadBindings(Database &db, qint64 now);
QHash<QString, qint64> loadBlocked(Database &db, qint64 now);

} // namespace centrale::sip
