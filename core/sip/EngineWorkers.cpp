// EngineCore's workers: their threads, sockets and loops. Worker 0 also does the engine's
// housekeeping and the upstream registration; the others only serve the peers the kernel
// sends them (SO_REUSEPORT spreads by 4-tuple, so a peer and its retransmissions stay on one).
#include "sip/EngineCore.h"
#include "sip/CallEngine.h"
#include "sip/SharedPort.h"
#include "sip/TraceCapture.h"
#include "sip/UpstreamRegistration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>

#include <arpa/inet.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

#include <sofia-sip/msg.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/nta_tport.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/tport.h>

namespace centrale::sip {

thread_local EngineCore::Worker *EngineCore::tl_worker = nullptr;

namespace {

// Linux lets UDP sockets with SO_REUSEADDR share a port and split its packets; sofia's
// transport may set it. A plain bind without the flag tells whether anyone holds the port.
Status checkPortFree(const QString &hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    QString host = hostPort.left(colon);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    const int port = hostPort.mid(colon + 1).toInt();
    QHostAddress addr;
    if (!addr.setAddress(host))
        return Status::fail(QCoreApplication::translate("EngineCore", "Listen address %1 must be an IP address.").arg(hostPort));
    const bool v6 = addr.protocol() == QAbstractSocket::IPv6Protocol;
    int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return Status::fail(QStringLiteral("socket: ") + QString::fromLocal8Bit(std::strerror(errno)));
    int rc;
    if (v6) {
        sockaddr_in6 sa{};
        sa.sin6_family = AF_INET6;
        sa.sin6_port = htons(quint16(port));
        Q_IPV6ADDR a = addr.toIPv6Address();
        std::memcpy(&sa.sin6_addr, &a, 16);
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    } else {
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(quint16(port));
        sa.sin_addr.s_addr = htonl(addr.toIPv4Address());
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    }
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return Status::fail(err == EADDRINUSE
                                ? QCoreApplication::translate("EngineCore", "%1 is already in use by another program (another engine or SIP server?); not sharing it.").arg(hostPort)
                                : QCoreApplication::translate("EngineCore", "Cannot listen on %1: %2").arg(hostPort, QString::fromLocal8Bit(std::strerror(err))));
    return {};
}

int messageCallback(nta_agent_magic_t *magic, nta_agent_t *agent, msg_t *msg, sip_t *sip)
{
    return reinterpret_cast<EngineCore *>(magic)->onMessage(agent, msg, sip);
}

int wakeCallback(su_root_magic_t *, su_wait_t *, su_wakeup_arg_t *) { return 0; } // the loop drains the queue after the step

// T4 (RFC 3261: how long a message may stay in the network, 5 s) is how long nta keeps an
// answered INVITE server transaction (timer I) and a completed non-INVITE client transaction
// such as a BYE (timer K) to absorb retransmissions; every call holds one of each, with their
// messages, that long after it is answered or ended. The engine answers what comes later
// itself (a late ACK or INVITE retransmission of a known call is dropped, a late response is
// stray and discarded), so 1 s changes what is absorbed inside nta, not what a peer sees, and
// the memory held per call/s is a fifth.
constexpr unsigned kSipT4Ms = 1000;

// A worker's private address for one server role: the role's host, port base + 2*index + role.
QString ownAddress(const QString &hostPort, int base, int index, int role)
{
    if (hostPort.isEmpty())
        return {};
    return hostPort.left(hostPort.lastIndexOf(QLatin1Char(':')) + 1) + QString::number(base + 2 * index + role);
}

} // namespace

EngineCore::EngineCore(EventSink sink, QByteArray masterKey, int workers)
    : m_sink(std::move(sink)),
      m_upstream(std::make_unique<UpstreamRegistration>([this](const UpstreamStatus &s) {
          if (m_upstreamSink)
              m_upstreamSink(s);
      })),
      m_auth(std::move(masterKey))
{
    int n = std::clamp(workers, 1, kMaxWorkers);
    if (n > 1 && !sharedPortAvailable()) {
        qWarning("centrale: SO_REUSEPORT is not available through sofia-sip here; running one SIP worker");
        n = 1;
    }
    for (int i = 0; i < n; ++i) {
        auto w = std::make_unique<Worker>();
        w->core = this;
        w->index = i;
        w->calls = std::make_unique<CallEngine>(*this);
        m_workers.push_back(std::move(w));
    }
}

EngineCore::~EngineCore() { stop(); }

QList<std::shared_ptr<AckQueue>> EngineCore::ackQueues() const
{
    QList<std::shared_ptr<AckQueue>> out;
    for (const auto &w : m_workers)
        out << w->acks;
    return out;
}

void EngineCore::setConfig(EngineConfigPtr config)
{
    // Swapped on each worker between requests: no lock on the hot path.
    for (const auto &w : m_workers)
        postTo(*w, [this, config, index = w->index] {
            tl_worker->active = config;
            if (index != 0)
                return;
            m_blocker.with([&](FailureBlocker &b) { b.setPolicy(config->block); });
            m_limits.with([&](calls::CallLimits &l) { l.configure(config->calls.fraud, config->calls.fraudBlocks); });
            m_upstream->configure(config->calls.upstream, QDateTime::currentMSecsSinceEpoch());
        });
}

void EngineCore::post(std::function<void()> command) { postTo(*m_workers.front(), std::move(command)); }

void EngineCore::postTo(Worker &w, std::function<void()> command)
{
    {
        std::lock_guard lock(w.queueMutex);
        w.queue.push_back(std::move(command));
    }
    w.acks->wake(); // no waiting for the loop's 100 ms poll
}

void EngineCore::traceLink(const QByteArray &aCallId, const QByteArray &bCallId)
{
    if (m_trace)
        m_trace->link(aCallId, bCallId);
}

void EngineCore::engineThreadViolation(const char *where)
{
    qFatal("centrale: %s called outside the SIP engine's worker threads", where);
}

Status EngineCore::start(EngineConfigPtr cfg, const QList<std::pair<qint64, Binding>> &bindings, const QHash<QString, qint64> &blocked)
{
    if (m_running)
        return {};
    if (cfg->primaryAddress == cfg->secondaryAddress)
        return Status::fail(QCoreApplication::translate("EngineCore", "The primary and secondary server need different addresses."));
    QStringList addresses{cfg->primaryAddress, cfg->secondaryAddress, cfg->primaryAddress6, cfg->secondaryAddress6};
    if (m_workers.size() > 1)
        for (const auto &w : m_workers)
            for (int role = 0; role < 2; ++role)
                addresses << ownAddress(role ? cfg->secondaryAddress : cfg->primaryAddress, cfg->workerPortBase(), w->index, role)
                          << ownAddress(role ? cfg->secondaryAddress6 : cfg->primaryAddress6, cfg->workerPortBase(), w->index, role);
    for (const auto &a : std::as_const(addresses))
        if (!a.isEmpty())
            if (auto s = checkPortFree(a); !s)
                return s;
    m_config = cfg;
    for (const auto &w : m_workers)
        w->active = cfg;
    m_blocker.with([&](FailureBlocker &b) {
        b.setPolicy(cfg->block);
        for (auto it = blocked.begin(); it != blocked.end(); ++it)
            b.block(it.key(), it.value());
    });
    m_limits.with([&](calls::CallLimits &l) { l.configure(cfg->calls.fraud, cfg->calls.fraudBlocks); });
    m_registrar.with([&](Registrar &r) {
        for (const auto &[id, b] : bindings)
            r.restore(id, b);
    });
    m_stop = false;
    // One at a time: a worker's failure to bind stops the ones already running.
    for (const auto &w : m_workers) {
        std::promise<Status> started;
        auto fut = started.get_future();
        w->thread = std::thread([this, worker = w.get(), &started] { run(worker, &started); });
        if (Status s = fut.get(); !s) {
            m_stop = true;
            for (const auto &other : m_workers)
                if (other->thread.joinable())
                    other->thread.join();
            return s;
        }
    }
    m_running = true;
    return {};
}

void EngineCore::stop()
{
    if (m_workers.empty() || !m_workers.front()->thread.joinable())
        return;
    m_stop = true;
    for (const auto &w : m_workers)
        if (w->thread.joinable())
            w->thread.join();
    m_running = false;
}

Status EngineCore::createAgents(Worker &w)
{
    const EngineConfig &cfg = *w.active;
    const bool shared = m_workers.size() > 1;
    auto *root = static_cast<su_root_t *>(w.root);
    auto *magic = reinterpret_cast<nta_agent_magic_t *>(this);
    // One agent on an IPv4 address, plus its IPv6 one when configured (an open IPv6 address
    // is a way past a firewall set up for IPv4).
    auto create = [&](const QString &addr, const QString &addr6) -> nta_agent_t * {
        const QByteArray url = "sip:" + addr.toUtf8() + ";transport=udp";
        nta_agent_t *a = nta_agent_create(root, URL_STRING_MAKE(url.constData()), messageCallback, magic, NTATAG_SERVER_RPORT(1), NTATAG_UA(0),
                                          NTATAG_SIP_T1X64(8000), NTATAG_SIP_T4(kSipT4Ms), TAG_END());
        const QByteArray url6 = "sip:" + addr6.toUtf8() + ";transport=udp";
        if (a && !addr6.isEmpty() && nta_agent_add_tport(a, URL_STRING_MAKE(url6.constData()), TAG_END()) != 0) {
            nta_agent_destroy(a);
            a = nullptr;
        }
        return a;
    };
    auto failed = [&](const QString &addr, const QString &addr6) {
        destroyAgents(w);
        return Status::fail(QCoreApplication::translate("EngineCore", "Cannot listen on %1 (UDP).").arg(addr6.isEmpty() ? addr : addr + QLatin1String(", ") + addr6));
    };
    const QString addrs[2] = {cfg.primaryAddress, cfg.secondaryAddress};
    const QString addrs6[2] = {cfg.primaryAddress6, cfg.secondaryAddress6};
    {
        std::optional<SharedPortScope> sharing; // every worker binds the server addresses
        if (shared)
            sharing.emplace();
        for (int i = 0; i < 2; ++i)
            if (!(w.agents[i] = create(addrs[i], addrs6[i])))
                return failed(addrs[i], addrs6[i]);
    }
    for (int i = 0; i < 2; ++i) {
        if (!shared) {
            w.own[i] = w.agents[i];
            continue;
        }
        const QString own = ownAddress(addrs[i], cfg.workerPortBase(), w.index, i), own6 = ownAddress(addrs6[i], cfg.workerPortBase(), w.index, i);
        if (!(w.own[i] = create(own, own6)))
            return failed(own, own6);
    }
    if (m_trace)
        for (int i = 0; i < 2; ++i) {
            m_trace->attach(nta_agent_tports(static_cast<nta_agent_t *>(w.agents[i])), addrs[i].toUtf8(), addrs6[i].toUtf8());
            if (shared)
                m_trace->attach(nta_agent_tports(static_cast<nta_agent_t *>(w.own[i])), ownAddress(addrs[i], cfg.workerPortBase(), w.index, i).toUtf8(),
                                ownAddress(addrs6[i], cfg.workerPortBase(), w.index, i).toUtf8());
        }
    auto agent = [](void *a) { return static_cast<nta_agent_t *>(a); };
    w.calls->setAgents(agent(w.agents[0]), agent(w.agents[1]), addrs[0].toUtf8(), addrs[1].toUtf8());
    w.calls->setAddresses6(addrs6[0].toUtf8(), addrs6[1].toUtf8());
    if (shared)
        w.calls->setOwnAgents(agent(w.own[0]), agent(w.own[1]), {ownAddress(addrs[0], cfg.workerPortBase(), w.index, 0).toUtf8(), ownAddress(addrs[1], cfg.workerPortBase(), w.index, 1).toUtf8()},
                              {ownAddress(addrs6[0], cfg.workerPortBase(), w.index, 0).toUtf8(), ownAddress(addrs6[1], cfg.workerPortBase(), w.index, 1).toUtf8()});
    return {};
}

void EngineCore::destroyAgents(Worker &w)
{
    for (int i = 0; i < 2; ++i) {
        if (w.own[i] && w.own[i] != w.agents[i])
            nta_agent_destroy(static_cast<nta_agent_t *>(w.own[i]));
        if (w.agents[i])
            nta_agent_destroy(static_cast<nta_agent_t *>(w.agents[i]));
        w.own[i] = w.agents[i] = nullptr;
    }
}

void EngineCore::run(Worker *w, std::promise<Status> *started)
{
    tl_worker = w;
    su_init();
    su_root_t *root = su_root_create(nullptr);
    w->root = root;
    if (Status s = createAgents(*w); !s) {
        su_root_destroy(root);
        w->root = nullptr;
        su_deinit();
        tl_worker = nullptr;
        started->set_value(s);
        return;
    }
    const bool first = w->index == 0;
    if (first) {
        // Carriers send calls to the Contact we register (the primary address); the REGISTER
        // goes out from worker 0's own socket, so its answers come back here.
        m_upstream->setAgent(static_cast<nta_agent_t *>(w->own[0]), w->active->primaryAddress.toUtf8());
        m_upstream->configure(w->active->calls.upstream, QDateTime::currentMSecsSinceEpoch());
    }
    su_wait_t wake;
    su_wait_create(&wake, w->acks->fd(), SU_WAIT_IN);
    const int wakeIndex = su_root_register(root, &wake, wakeCallback, nullptr, 0);
    started->set_value(Status{});

    while (!m_stop) {
        su_root_step(root, 100);
        sendReleased();
        std::deque<std::function<void()>> commands;
        {
            std::lock_guard lock(w->queueMutex);
            commands.swap(w->queue);
        }
        for (auto &c : commands)
            c();
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        w->calls->tick(nowMs);
        if (first)
            m_upstream->tick(nowMs);
        w->activeCalls = w->calls->activeCalls();
        int active = 0;
        for (const auto &other : m_workers)
            active += other->activeCalls;
        m_stats.activeCalls = active;
        if (!w->pendingEvents.isEmpty())
            m_sink(std::exchange(w->pendingEvents, {}));
        if (!w->pendingCalls.isEmpty()) {
            if (m_callSink)
                m_callSink(std::exchange(w->pendingCalls, {}));
            else
                w->pendingCalls.clear();
        }
        flushWrites();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (first && now != m_lastHousekeeping) {
            m_lastHousekeeping = now;
            housekeeping(now);
        }
    }
    if (wakeIndex >= 0)
        su_root_deregister(root, wakeIndex);
    w->calls->shutdown(); // BYE to both legs of every call still up
    if (first)
        m_upstream->shutdown();
    if (m_callSink && !w->pendingCalls.isEmpty())
        m_callSink(std::exchange(w->pendingCalls, {}));
    flushWrites(); // the call log of the calls just ended
    for (int i = 0; i < 5; ++i)
        su_root_step(root, 10);
    if (first)
        m_upstream->release(); // its transactions belong to the agent
    // Answers never released: their writes did not happen, so no 200 goes out; the peer retries.
    for (const auto &h : std::as_const(w->held)) {
        msg_destroy(h.msg);
        tport_unref(h.tport);
    }
    w->held.clear();
    destroyAgents(*w);
    su_root_destroy(root);
    w->root = nullptr;
    su_deinit();
    tl_worker = nullptr;
}

} // namespace centrale::sip
