#pragma once
// The SIP side of the engine: one su_root on its own thread with one UDP agent per
// server address. Everything sofia-sip runs here; the rest of the program talks to it
// through post() and hears from it through the event callback (called on this thread).
#include "sip/AckQueue.h"
#include "sip/BindingWriter.h"
#include "sip/DigestAuth.h"
#include "sip/EngineConfig.h"
#include "sip/FailureBlocker.h"
#include "sip/FloodGuard.h"
#include "sip/Registrar.h"
#include "sip/UpstreamStatus.h"
#include "calls/CallLimits.h"
#include "domain/RateTable.h"
#include "calls/NumberRules.h"
#include "domain/CallRecord.h"
#include <QString>
#include <atomic>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

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

    EngineCore(EventSink sink, QByteArray masterKey);
    ~EngineCore();

    // Binds both server sockets; fails with a readable message (e.g. the address is taken).
    Status start(EngineConfigPtr config, const QList<std::pair<qint64, Binding>> &bindings, const QHash<QString, qint64> &blocked);
    void stop();
    bool isRunning() const { return m_running.load(); }

    void setConfig(EngineConfigPtr config);  // thread-safe; applies to the next request
    // Where the writer releases held answers once their changes are committed.
    const std::shared_ptr<AckQueue> &acks() const { return m_acks; }
    // Engine thread: keeps msg's answer until acks() releases the returned id (a 500 when the
    // write failed). Nothing acknowledged is lost: the answer goes out after the commit.
    quint64 holdReply(nta_agent_t *agent, msg_t *msg, int status, const char *phrase, QByteArray contacts = {});
    void post(std::function<void()> command); // runs on the engine thread
    // sofia-sip and everything below is confined to the engine thread; a call from any other
    // thread is a bug that would corrupt its state, so it stops the program (release builds too).
    void assertEngineThread(const char *where) const
    {
        if (std::this_thread::get_id() != m_threadId) [[unlikely]]
            engineThreadViolation(where);
    }
    // Engine-thread state, for commands posted with post().
    Registrar &registrar() { return m_registrar; }
    FailureBlocker &blocker() { return m_blocker; }
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
    const EngineConfigPtr &activeConfig() const { return m_active; }
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
    void run(std::promise<Status> *started);
    [[noreturn]] static void engineThreadViolation(const char *where);
    void sendReleased();
    void persist(const EngineEvent &e);
    void flushWrites();
    void emitLimitNotices(); // what m_limits has to say, as call notices
    void housekeeping(qint64 now);
    void qualifyAll(const EngineConfig &cfg);
    void handleRegister(void *agent, void *msg, void *sip, const QString &source, const QString &ip, ServerRole server);
    const EngineConfigPtr &config() const { return m_active; } // engine thread only

    EventSink m_sink;
    CallSink m_callSink;
    WriteSink m_writeSink;
    QList<WriteOp> m_pendingWrites;
    // What the store holds as each binding's expiry: a refresh is only written when a restart
    // would otherwise lose the binding early.
    QHash<std::pair<qint64, QString>, qint64> m_persistedExpiry;
    UpstreamSink m_upstreamSink;
    std::shared_ptr<TraceCapture> m_trace;
    std::unique_ptr<CallEngine> m_calls;
    std::unique_ptr<UpstreamRegistration> m_upstream;
    QList<CallNotice> m_pendingCalls;
    calls::CallLimits m_limits; // price, limits and fraud blocks of calls out
    qint64 m_lastWarnCheck = 0;
    std::shared_ptr<const RateTable> m_rates;
    std::mutex m_ratesMutex;
    std::shared_ptr<const RateTable> rates();
    DigestAuth m_auth;
    Registrar m_registrar;
    FailureBlocker m_blocker;
    FloodGuard m_flood;
    EngineStats m_stats;

    EngineConfigPtr m_active; // owned by the engine thread once it runs
    QList<EngineEvent> m_pendingEvents;
    struct HeldReply {
        nta_agent_t *agent;
        msg_t *msg;
        tport_t *tport; // the socket it came in on: after the callback nta no longer knows it
        int status;
        QByteArray phrase, contacts;
    };
    std::shared_ptr<AckQueue> m_acks = std::make_shared<AckQueue>();
    QHash<quint64, HeldReply> m_held;
    quint64 m_nextAck = 1;
    std::mutex m_queueMutex;
    std::deque<std::function<void()>> m_queue;
    std::thread m_thread;
    std::thread::id m_threadId;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stop{false};
    void *m_root = nullptr;
    void *m_agents[2] = {nullptr, nullptr};
    qint64 m_lastHousekeeping = 0;
    qint64 m_lastQualify = 0;
};

} // namespace centrale::sip
