#pragma once
// The SIP side of the engine: N workers (sip.workers), each a thread with its own su_root and
// one UDP agent per server address. With more than one worker the agents share each address
// (SO_REUSEPORT: the kernel spreads peers by their 4-tuple), and each worker also has private
// agents on ports of its own for the requests it sends, so their answers come back to it.
// Everything sofia-sip runs on the workers; the rest of the program talks to them through
// post() and hears from them through the callbacks (called on a worker thread).
// Shared state (registrar, source guards, limits, channels) sits behind Guarded locks; per
// worker state (calls, held answers, pending writes) is reached through worker().
#include "sip/AckQueue.h"
#include "sip/BindingWriter.h"
#include "sip/DigestAuth.h"
#include "sip/EngineConfig.h"
#include "sip/FailureBlocker.h"
#include "sip/FloodGuard.h"
#include "sip/Registrar.h"
#include "sip/UpstreamStatus.h"
#include "calls/CallLimits.h"
#include "calls/ChannelCounter.h"
#include "domain/RateTable.h"
#include "calls/NumberRules.h"
#include "domain/CallRecord.h"
#include "util/Guarded.h"
#include <QString>
#include <atomic>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

// sofia-sip's handles, declared as its headers do, so this header needs none of them.
typedef struct nta_agent_s nta_agent_t;
typedef struct msg_s msg_t;
typedef struct tport_s tport_t;

namespace centrale::sip {

struct EngineEvent {
    RegistrationEventKind kind;
    qint64 accountId = 0;
    QString username, role, owner;
    Binding binding;
    QString address; // Blocked / Unblocked / auth failure source
    QString detail;
    quint64 ackId = 0; // the REGISTER's 200 OK waits until this event's writes are durable
};

struct EngineStats {
    std::atomic<quint64> requests{0}, registered{0}, challenged{0}, refused{0}, dropped{0}, shed{0};
    std::atomic<quint64> calls{0};      // calls that got past the checks
    std::atomic<int> activeCalls{0};
    std::atomic<quint64> workerRequests[16] = {}; // requests each worker received (sip.workers)
};

class CallEngine;
struct CallNotice;
class TraceCapture;
class UpstreamRegistration;

class EngineCore {
public:
    using CallSink = std::function<void(QList<CallNotice>)>;

    // Receives events in batches (one hop to the Qt side per loop turn, not per request).
    using EventSink = std::function<void(QList<EngineEvent>)>;

    static constexpr int kMaxWorkers = 16;

    // workers: 1 is one SIP thread; more need SO_REUSEPORT (sharedPortAvailable), else 1 runs.
    EngineCore(EventSink sink, QByteArray masterKey, int workers = 1);
    ~EngineCore();

    // Binds both server sockets; fails with a readable message (e.g. the address is taken).
    Status start(EngineConfigPtr config, const QList<std::pair<qint64, Binding>> &bindings, const QHash<QString, qint64> &blocked);
    void stop();
    bool isRunning() const { return m_running.load(); }

    void setConfig(EngineConfigPtr config);  // thread-safe; applies to the next request
    int workerCount() const { return int(m_workers.size()); }
    // Where the writer releases held answers once their changes are committed, one queue per
    // worker (index = id >> kAckWorkerShift, AckQueue.h).
    QList<std::shared_ptr<AckQueue>> ackQueues() const;
    // Worker thread: keeps msg's answer until its queue releases the returned id (a 500 when the
    // write failed). Nothing acknowledged is lost: the answer goes out after the commit.
    quint64 holdReply(nta_agent_t *agent, msg_t *msg, int status, const char *phrase, QByteArray contacts = {});
    void post(std::function<void()> command); // runs on worker 0 (shared state, housekeeping)
    // sofia-sip and everything below is confined to this engine's worker threads; a call from
    // any other thread is a bug that would corrupt its state, so it stops the program (release
    // builds too). Per-worker state is reached only through worker(), which asserts this.
    void assertEngineThread(const char *where) const
    {
        if (!tl_worker || tl_worker->core != this) [[unlikely]]
            engineThreadViolation(where);
    }
    int workerIndex() const { return worker("EngineCore::workerIndex").index; } // worker thread
    // Shared by the workers, each behind its own lock.
    Guarded<Registrar> &registrar() { return m_registrar; }
    Guarded<FailureBlocker> &blocker() { return m_blocker; }
    Guarded<calls::ChannelCounter> &channels() { return m_channels; }
    void emitEvent(const EngineEvent &e); // engine thread: its writes are queued, then the console hears of it
    const EngineStats &stats() const { return m_stats; }
    EngineStats &stats() { return m_stats; }
    void setCallSink(CallSink sink) { m_callSink = std::move(sink); } // before start()
    // Receives the writes (bindings, blocks, call log, Acks) once per loop turn, on this thread.
    using WriteSink = std::function<void(QList<WriteOp>)>;
    void setWriteSink(WriteSink sink) { m_writeSink = std::move(sink); } // before start()
    // The engine's registration at the carrier, on every change of it (engine thread).
    using UpstreamSink = std::function<void(UpstreamStatus)>;
    void setUpstreamSink(UpstreamSink sink) { m_upstreamSink = std::move(sink); } // before start()
    void setRates(std::shared_ptr<const RateTable> rates);            // thread-safe
    void setUsage(calls::UsageSnapshot usage);                         // before start(): the call log's recent spend

    // Engine-thread services for the call engine.
    const EngineConfigPtr &activeConfig() const { return worker("EngineCore::activeConfig").active; }
    DigestAuth &auth() { return m_auth; }
    void noteAuthFailure(const EngineAccount *account, const QString &ip, const QString &why);
    void emitCallNotice(CallNotice n);
    // Price, limits and the fraud detector for a call out; on success the call is counted.
    calls::Refusal checkLimits(const calls::CallPolicy &policy, const PhoneNumber &callee, qint64 nowMs);
    // Refused while the account is blocked by the fraud detector.
    calls::Refusal fraudRefusal(const calls::CallPolicy &policy) const;
    // payerKey/chargedDigits: whose limits an answered carrier leg counts against and the
    // number it is priced by; empty for calls that cost nothing (inbound to a PBX or phone).
    qint64 callDeadline(const QString &payerKey, const QString &chargedDigits, const CallRecord &rec, int maxCallSecs);
    void callEnded(const QString &payerKey, const QString &chargedDigits, CallRecord &rec);
    QString cutoffReason(const QString &callId) const;
    // The call log's outbound history of the last weeks, for the fraud detector's baseline.
    void setFraudHistory(const QHash<QString, QList<calls::FraudCall>> &history); // before start()
    // SIP trace: every agent's transport dump goes to this capture (before start(); null = off).
    void setTraceCapture(std::shared_ptr<TraceCapture> capture) { m_trace = std::move(capture); }
    void traceLink(const QByteArray &aCallId, const QByteArray &bCallId); // engine thread: both legs of one call

    // Internal: called by the sofia-sip callback.
    int onMessage(void *agent, void *msg, void *sip);
    void onQualifyResult(qint64 accountId, const QString &contact, bool alive);

private:
    struct HeldReply {
        nta_agent_t *agent;
        msg_t *msg;
        tport_t *tport; // the socket it came in on: after the callback nta no longer knows it
        int status;
        QByteArray phrase, contacts;
    };
    // One SIP thread and what only it touches.
    struct Worker {
        EngineCore *core = nullptr;
        int index = 0;
        std::unique_ptr<CallEngine> calls;
        EngineConfigPtr active; // this worker's snapshot, swapped between requests
        QList<WriteOp> pendingWrites;
        QList<EngineEvent> pendingEvents;
        QList<CallNotice> pendingCalls;
        std::shared_ptr<AckQueue> acks = std::make_shared<AckQueue>(); // also wakes its loop
        QHash<quint64, HeldReply> held;
        quint64 nextAck = 1;
        std::mutex queueMutex;
        std::deque<std::function<void()>> queue;
        std::thread thread;
        void *root = nullptr;
        void *agents[2] = {nullptr, nullptr}; // the shared server addresses
        void *own[2] = {nullptr, nullptr};    // what it sends from: private ports, or agents with one worker
        std::atomic<int> activeCalls{0};
    };
    static thread_local Worker *tl_worker;
    Worker &worker(const char *where) const
    {
        assertEngineThread(where);
        return *tl_worker;
    }
    void run(Worker *w, std::promise<Status> *started);
    Status createAgents(Worker &w);
    void destroyAgents(Worker &w);
    void postTo(Worker &w, std::function<void()> command);
    [[noreturn]] static void engineThreadViolation(const char *where);
    void sendReleased();
    void persist(const EngineEvent &e);
    void flushWrites();
    void emitLimitNotices(); // what m_limits has to say, as call notices
    void housekeeping(qint64 now);
    void qualifyAll(const EngineConfig &cfg);
    void handleRegister(void *agent, void *msg, void *sip, const QString &source, const QString &ip, ServerRole server);
    const EngineConfigPtr &config() const { return activeConfig(); } // worker thread only

    EventSink m_sink;
    CallSink m_callSink;
    WriteSink m_writeSink;
    // What the store holds as each binding's expiry: a refresh is only written when a restart
    // would otherwise lose the binding early.
    Guarded<QHash<std::pair<qint64, QString>, qint64>> m_persistedExpiry;
    UpstreamSink m_upstreamSink;
    std::shared_ptr<TraceCapture> m_trace;
    std::unique_ptr<UpstreamRegistration> m_upstream; // worker 0's
    Guarded<calls::CallLimits> m_limits; // price, limits and fraud blocks of calls out
    qint64 m_lastWarnCheck = 0;
    std::shared_ptr<const RateTable> m_rates;
    std::mutex m_ratesMutex;
    std::shared_ptr<const RateTable> rates();
    DigestAuth m_auth;
    Guarded<Registrar> m_registrar;
    Guarded<FailureBlocker> m_blocker;
    Guarded<FloodGuard> m_flood;
    Guarded<calls::ChannelCounter> m_channels; // channels and calls per second, across workers
    EngineStats m_stats;

    EngineConfigPtr m_config; // the snapshot before start(); each worker then keeps its own
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stop{false};
    qint64 m_lastHousekeeping = 0;
    qint64 m_lastQualify = 0;
};

} // namespace centrale::sip
