#include "sip/EngineCore.h"
#include "sip/CallEngine.h"
#include "sip/RequestBuilder.h"
#include "sip/SipText.h"
#include "sip/TraceCapture.h"
#include "sip/UpstreamRegistration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <sofia-sip/msg_addr.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/nta_stateless.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nta_tport.h>
#include <sofia-sip/tport.h>
#include <sofia-sip/url.h>

namespace centrale::sip {

namespace {

constexpr const char *kAllow = "INVITE, ACK, BYE, CANCEL, OPTIONS, REGISTER, INFO, UPDATE";

qint64 nowSecs() { return QDateTime::currentSecsSinceEpoch(); }

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

struct QualifyProbe {
    EngineCore *core;
    qint64 accountId;
    QString contact;
};

int qualifyCallback(nta_outgoing_magic_t *magic, nta_outgoing_t *orq, sip_t const *sip)
{
    const int status = sip && sip->sip_status ? sip->sip_status->st_status : nta_outgoing_status(orq);
    if (status < 200)
        return 0;
    auto *probe = reinterpret_cast<QualifyProbe *>(magic);
    // Any answer from the far end means it is alive; 408/503 come from our own timer or transport.
    const bool alive = sip && status != 408 && status != 503;
    probe->core->onQualifyResult(probe->accountId, probe->contact, alive);
    nta_outgoing_destroy(orq);
    delete probe;
    return 0;
}

EngineEvent accountEvent(const EngineConfig &cfg, RegistrationEventKind kind, qint64 accountId, const Binding &b)
{
    EngineEvent e{kind, accountId, {}, {}, {}, b, {}, {}};
    if (const EngineAccount *a = cfg.findById(accountId)) {
        e.username = QString::fromUtf8(a->username);
        e.role = a->role;
        e.owner = a->owner;
    }
    return e;
}

int messageCallback(nta_agent_magic_t *magic, nta_agent_t *agent, msg_t *msg, sip_t *sip)
{
    return reinterpret_cast<EngineCore *>(magic)->onMessage(agent, msg, sip);
}

QString urlString(const url_t *url) { return QString::fromUtf8(urlBytes(url)); }

} // namespace

EngineCore::EngineCore(EventSink sink, QByteArray masterKey)
    : m_sink(std::move(sink)), m_calls(std::make_unique<CallEngine>(*this)),
      m_upstream(std::make_unique<UpstreamRegistration>([this](const UpstreamStatus &s) {
          if (m_upstreamSink)
              m_upstreamSink(s);
      })),
      m_auth(std::move(masterKey))
{
}

EngineCore::~EngineCore() { stop(); }

void EngineCore::setConfig(EngineConfigPtr config)
{
    // Swapped on the engine thread between requests: no lock on the hot path.
    post([this, config] {
        m_active = config;
        m_blocker.setPolicy(config->block);
        m_limits.configure(config->calls.fraud, config->calls.fraudBlocks);
        m_upstream->configure(config->calls.upstream, QDateTime::currentMSecsSinceEpoch());
    });
}

void EngineCore::post(std::function<void()> command)
{
    {
        std::lock_guard lock(m_queueMutex);
        m_queue.push_back(std::move(command));
    }
    m_acks->wake(); // no waiting for the loop's 100 ms poll
}

void EngineCore::traceLink(const QByteArray &aCallId, const QByteArray &bCallId)
{
    if (m_trace)
        m_trace->link(aCallId, bCallId);
}

void EngineCore::engineThreadViolation(const char *where)
{
    qFatal("centrale: %s called outside the SIP engine thread", where);
}

namespace {
int wakeCallback(su_root_magic_t *, su_wait_t *, su_wakeup_arg_t *) { return 0; } // the loop drains the queue after the step
} // namespace

Status EngineCore::start(EngineConfigPtr cfg, const QList<std::pair<qint64, Binding>> &bindings, const QHash<QString, qint64> &blocked)
{
    if (m_running)
        return {};
    if (cfg->primaryAddress == cfg->secondaryAddress)
        return Status::fail(QCoreApplication::translate("EngineCore", "The primary and secondary server need different addresses."));
    for (const auto &a : {cfg->primaryAddress, cfg->secondaryAddress, cfg->primaryAddress6, cfg->secondaryAddress6})
        if (!a.isEmpty())
            if (auto s = checkPortFree(a); !s)
                return s;
    m_active = cfg;
    m_blocker.setPolicy(cfg->block);
    m_limits.configure(cfg->calls.fraud, cfg->calls.fraudBlocks);
    for (const auto &[id, b] : bindings)
        m_registrar.restore(id, b);
    for (auto it = blocked.begin(); it != blocked.end(); ++it)
        m_blocker.block(it.key(), it.value());
    m_stop = false;
    std::promise<Status> started;
    auto fut = started.get_future();
    m_thread = std::thread([this, &started] { run(&started); });
    Status s = fut.get();
    if (!s) {
        m_thread.join();
        return s;
    }
    m_running = true;
    return {};
}

void EngineCore::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    m_thread.join();
    m_running = false;
}

namespace {
// T4 (RFC 3261: how long a message may stay in the network, 5 s) is how long nta keeps an
// answered INVITE server transaction (timer I) and a completed non-INVITE client transaction
// such as a BYE (timer K) to absorb retransmissions; every call holds one of each, with their
// messages, that long after it is answered or ended. The engine answers what comes later
// itself (a late ACK or INVITE retransmission of a known call is dropped, a late response is
// stray and discarded), so 1 s changes what is absorbed inside nta, not what a peer sees, and
// the memory held per call/s is a fifth.
constexpr unsigned kSipT4Ms = 1000;
} // namespace

void EngineCore::run(std::promise<Status> *started)
{
    m_threadId = std::this_thread::get_id();
    su_init();
    su_root_t *root = su_root_create(nullptr);
    m_root = root;
    const EngineConfigPtr cfg = config();
    const QString addrs[2] = {cfg->primaryAddress, cfg->secondaryAddress};
    const QString addrs6[2] = {cfg->primaryAddress6, cfg->secondaryAddress6};
    for (int i = 0; i < 2; ++i) {
        const QByteArray url = "sip:" + addrs[i].toUtf8() + ";transport=udp";
        m_agents[i] = nta_agent_create(root, URL_STRING_MAKE(url.constData()), messageCallback, reinterpret_cast<nta_agent_magic_t *>(this),
                                       NTATAG_SERVER_RPORT(1), NTATAG_UA(0), NTATAG_SIP_T1X64(8000), NTATAG_SIP_T4(kSipT4Ms), TAG_END());
        // IPv6 only when configured: an open IPv6 address is a way past a firewall set up for IPv4.
        const QByteArray url6 = "sip:" + addrs6[i].toUtf8() + ";transport=udp";
        if (m_agents[i] && !addrs6[i].isEmpty() && nta_agent_add_tport(static_cast<nta_agent_t *>(m_agents[i]), URL_STRING_MAKE(url6.constData()), TAG_END()) != 0) {
            nta_agent_destroy(static_cast<nta_agent_t *>(m_agents[i]));
            m_agents[i] = nullptr;
        }
        if (!m_agents[i]) {
            for (int j = 0; j < i; ++j)
                nta_agent_destroy(static_cast<nta_agent_t *>(m_agents[j]));
            m_agents[0] = m_agents[1] = nullptr;
            su_root_destroy(root);
            su_deinit();
            started->set_value(Status::fail(QCoreApplication::translate("EngineCore", "Cannot listen on %1 (UDP).")
                                                .arg(addrs6[i].isEmpty() ? addrs[i] : addrs[i] + QLatin1String(", ") + addrs6[i])));
            return;
        }
    }
    if (m_trace)
        for (int i = 0; i < 2; ++i)
            m_trace->attach(nta_agent_tports(static_cast<nta_agent_t *>(m_agents[i])), addrs[i].toUtf8(), addrs6[i].toUtf8());
    m_calls->setAgents(static_cast<nta_agent_t *>(m_agents[0]), static_cast<nta_agent_t *>(m_agents[1]), cfg->primaryAddress.toUtf8(),
                       cfg->secondaryAddress.toUtf8());
    m_calls->setAddresses6(cfg->primaryAddress6.toUtf8(), cfg->secondaryAddress6.toUtf8());
    // Carriers send calls to the Contact we register: the primary address.
    m_upstream->setAgent(static_cast<nta_agent_t *>(m_agents[0]), cfg->primaryAddress.toUtf8());
    m_upstream->configure(cfg->calls.upstream, QDateTime::currentMSecsSinceEpoch());
    su_wait_t wake;
    su_wait_create(&wake, m_acks->fd(), SU_WAIT_IN);
    const int wakeIndex = su_root_register(root, &wake, wakeCallback, nullptr, 0);
    started->set_value(Status{});

    while (!m_stop) {
        su_root_step(root, 100);
        sendReleased();
        std::deque<std::function<void()>> commands;
        {
            std::lock_guard lock(m_queueMutex);
            commands.swap(m_queue);
        }
        for (auto &c : commands)
            c();
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        m_calls->tick(nowMs);
        m_upstream->tick(nowMs);
        m_stats.activeCalls = m_calls->activeCalls();
        if (!m_pendingEvents.isEmpty())
            m_sink(std::exchange(m_pendingEvents, {}));
        if (!m_pendingCalls.isEmpty()) {
            if (m_callSink)
                m_callSink(std::exchange(m_pendingCalls, {}));
            else
                m_pendingCalls.clear();
        }
        flushWrites();
        const qint64 now = nowSecs();
        if (now != m_lastHousekeeping) {
            m_lastHousekeeping = now;
            housekeeping(now);
        }
    }
    if (wakeIndex >= 0)
        su_root_deregister(root, wakeIndex);
    m_calls->shutdown(); // BYE to both legs of every call still up
    m_upstream->shutdown();
    if (m_callSink && !m_pendingCalls.isEmpty())
        m_callSink(std::exchange(m_pendingCalls, {}));
    flushWrites(); // the call log of the calls just ended
    for (int i = 0; i < 5; ++i)
        su_root_step(root, 10);
    m_upstream->release(); // its transactions belong to the agent
    // Answers never released: their writes did not happen, so no 200 goes out; the peer retries.
    for (const auto &h : std::as_const(m_held)) {
        msg_destroy(h.msg);
        tport_unref(h.tport);
    }
    m_held.clear();
    for (auto &a : m_agents) {
        nta_agent_destroy(static_cast<nta_agent_t *>(a));
        a = nullptr;
    }
    su_root_destroy(root);
    m_root = nullptr;
    su_deinit();
}

void EngineCore::housekeeping(qint64 now)
{
    const EngineConfigPtr cfg = config();
    for (const auto &[accountId, b] : m_registrar.expire(now)) {
        emitEvent(accountEvent(*cfg, RegistrationEventKind::Expired, accountId, b));
    }
    if (cfg->qualifySecs > 0 && now - m_lastQualify >= cfg->qualifySecs) {
        m_lastQualify = now;
        qualifyAll(*cfg);
    }
    for (const auto &addr : m_flood.takeNewOffenders())
        emitEvent(EngineEvent{RegistrationEventKind::Flood, 0, {}, {}, {}, {}, addr, QStringLiteral("rate-limited")});
    m_flood.purgeIdle(now * 1000);
    for (const auto &addr : m_blocker.expire(now))
        emitEvent(EngineEvent{RegistrationEventKind::Unblocked, 0, {}, {}, {}, {}, addr, {}});
    if (now - m_lastWarnCheck >= 60) {
        m_lastWarnCheck = now;
        m_limits.checkRunning(m_active->calls.policies, now * 1000);
        emitLimitNotices();
    }
}

void EngineCore::qualifyAll(const EngineConfig &cfg)
{
    const auto &all = m_registrar.all();
    for (auto it = all.begin(); it != all.end(); ++it) {
        for (const auto &b : it.value()) {
            auto *agent = static_cast<nta_agent_t *>(m_agents[b.server == QLatin1String("secondary") ? 1 : 0]);
            const QByteArray contact = b.contact.toUtf8();
            const QByteArray route = "sip:" + b.source.toUtf8() + ";transport=udp"; // where it really is, NAT or not
            const QByteArray server = (b.server == QLatin1String("secondary") ? cfg.secondaryAddress : cfg.primaryAddress).toUtf8();
            RequestSpec r;
            r.method = "OPTIONS";
            r.requestUri = contact;
            r.to = '<' + contact + '>';
            r.from = "<sip:centrale@" + server + ">;tag=" + randomToken();
            r.callId = randomToken() + "@centrale";
            msg_t *m = buildRequest(agent, r);
            if (!m)
                continue;
            auto *probe = new QualifyProbe{this, it.key(), b.contact};
            if (!nta_outgoing_mcreate(agent, qualifyCallback, reinterpret_cast<nta_outgoing_magic_t *>(probe), URL_STRING_MAKE(route.constData()), m,
                                      TAG_END())) {
                delete probe;
                onQualifyResult(it.key(), b.contact, false);
            }
        }
    }
}

void EngineCore::onQualifyResult(qint64 accountId, const QString &contact, bool alive)
{
    if (!m_registrar.setReachable(accountId, contact, alive))
        return;
    const EngineConfigPtr cfg = config();
    for (const auto &b : m_registrar.bindings(accountId)) {
        if (b.contact != contact)
            continue;
        emitEvent(accountEvent(*cfg, alive ? RegistrationEventKind::Reachable : RegistrationEventKind::Unreachable, accountId, b));
    }
}

int EngineCore::onMessage(void *agentPtr, void *msgPtr, void *sipPtr)
{
    assertEngineThread("EngineCore::onMessage");
    auto *agent = static_cast<nta_agent_t *>(agentPtr);
    auto *msg = static_cast<msg_t *>(msgPtr);
    auto *sip = static_cast<sip_t *>(sipPtr);
    m_stats.requests++;
    const ServerRole server = agent == m_agents[0] ? ServerRole::Primary : ServerRole::Secondary;

    // Source address of the datagram.
    char ipbuf[INET6_ADDRSTRLEN] = "";
    int port = 0;
    if (su_addrinfo_t *ai = msg_addrinfo(msg); ai && ai->ai_addr) {
        auto *su = reinterpret_cast<su_sockaddr_t *>(ai->ai_addr);
        su_inet_ntop(su->su_family, SU_ADDR(su), ipbuf, sizeof ipbuf);
        port = ntohs(su->su_port);
    }
    const QString ip = QString::fromLatin1(ipbuf);
    const EngineConfigPtr cfg = config();
    m_flood.setRate(cfg->floodRate);
    // Whitelisted PBXs and the carrier are never shed: a busy carrier is traffic, not an attack.
    if (!cfg->isTrusted(ip) && !cfg->calls.upstream.addresses.contains(ip) && !m_flood.admit(ip, QDateTime::currentMSecsSinceEpoch())) {
        m_stats.shed++;
        nta_msg_discard(agent, msg);
        return 0;
    }
    if (m_blocker.isBlocked(ip, nowSecs())) {
        // Blocked sources get no answer at all: a scanner learns nothing and costs nothing.
        m_stats.dropped++;
        nta_msg_discard(agent, msg);
        return 0;
    }
    if (sip && sip->sip_status && !sip->sip_request) {
        m_calls->onStrayResponse(agent, msg, sip); // e.g. a retransmitted 2xx whose transaction is done
        return 0;
    }
    if (!sip || !sip->sip_request) {
        nta_msg_discard(agent, msg); // unparsable
        return 0;
    }
    if (!sip->sip_from || !sip->sip_to || !sip->sip_call_id || !sip->sip_cseq || !sip->sip_via) {
        m_stats.refused++;
        nta_msg_treply(agent, msg, 400, "Missing Mandatory Header", TAG_END());
        return 0;
    }
    const sip_method_t method = sip->sip_request->rq_method;
    if (method == sip_method_register) {
        handleRegister(agent, msg, sip, hostPort(ip, port), ip, server);
        return 0;
    }
    const bool inDialog = sip->sip_to->a_tag != nullptr;
    if (method == sip_method_options && !inDialog) {
        nta_msg_treply(agent, msg, SIP_200_OK, SIPTAG_ALLOW_STR(kAllow), SIPTAG_ACCEPT_STR("application/sdp"), TAG_END());
        return 0;
    }
    if (method == sip_method_invite || method == sip_method_ack || method == sip_method_bye || method == sip_method_cancel || inDialog) {
        m_calls->onRequest(agent, msg, sip, ip, port, server);
        return 0;
    }
    nta_msg_treply(agent, msg, SIP_405_METHOD_NOT_ALLOWED, SIPTAG_ALLOW_STR(kAllow), TAG_END());
    return 0;
}

void EngineCore::handleRegister(void *agentPtr, void *msgPtr, void *sipPtr, const QString &source, const QString &ip, ServerRole server)
{
    auto *agent = static_cast<nta_agent_t *>(agentPtr);
    auto *msg = static_cast<msg_t *>(msgPtr);
    auto *sip = static_cast<sip_t *>(sipPtr);
    const EngineConfigPtr cfg = config();
    const qint64 now = nowSecs();

    auto challenge = [&](bool stale) {
        m_stats.challenged++;
        const QByteArray value = m_auth.challenge(cfg->realm, now, stale);
        nta_msg_treply(agent, msg, SIP_401_UNAUTHORIZED, SIPTAG_WWW_AUTHENTICATE_STR(value.constData()), TAG_END());
    };
    // Unknown user, wrong password, wrong address and wrong server all look the same.
    auto refuse = [&](const EngineAccount *account, const QString &why) {
        noteAuthFailure(account, ip, why);
        nta_msg_treply(agent, msg, SIP_403_FORBIDDEN, TAG_END());
    };

    const msg_auth_t *au = sip->sip_authorization;
    if (!au)
        return challenge(false);
    DigestCredentials cred;
    if (!parseDigest(authorizationValue(au), &cred) || cred.realm != cfg->realm)
        return challenge(false);
    const NonceCheck nonce = m_auth.checkNonce(cred.nonce, now, cfg->nonceLifetimeSecs);
    if (nonce == NonceCheck::Invalid)
        return challenge(false);

    const EngineAccount *account = cfg->find(cred.username);
    // Registering someone else's address-of-record is not allowed.
    const QByteArray toUser = sip->sip_to->a_url->url_user ? QByteArray(sip->sip_to->a_url->url_user) : QByteArray();
    if (!account || toUser != cred.username)
        return refuse(account, QStringLiteral("unknown-user"));
    if (!DigestAuth::responseMatches(cred, "REGISTER", account->ha1))
        return refuse(account, QStringLiteral("wrong-password"));
    if (!whitelistAllows(account->whitelist, QHostAddress(ip)))
        return refuse(account, QStringLiteral("ip-not-whitelisted"));
    if (!account->allowedOn(server))
        return refuse(account, QStringLiteral("wrong-server"));
    if (nonce == NonceCheck::Stale)
        return challenge(true);
    m_blocker.recordSuccess(ip);

    RegisterRequest req;
    req.accountId = account->id;
    req.headerExpires = sip->sip_expires ? int(std::min<unsigned long>(sip->sip_expires->ex_delta, 0x7fffffff)) : -1;
    req.source = source;
    req.server = server == ServerRole::Primary ? QStringLiteral("primary") : QStringLiteral("secondary");
    req.userAgent = sip->sip_user_agent && sip->sip_user_agent->g_string ? QString::fromUtf8(sip->sip_user_agent->g_string).left(200) : QString();
    req.callId = QString::fromUtf8(sip->sip_call_id->i_id);
    req.cseq = sip->sip_cseq->cs_seq;
    for (const sip_contact_t *m = sip->sip_contact; m; m = m->m_next) {
        ContactRequest c;
        if (m->m_url->url_type == url_any)
            c.contact = QStringLiteral("*");
        else
            c.contact = urlString(m->m_url);
        if (c.contact.isEmpty()) {
            nta_msg_treply(agent, msg, 400, "Bad Contact", TAG_END());
            return;
        }
        if (m->m_expires) {
            bool ok = false;
            const long e = QByteArray(m->m_expires).toLong(&ok);
            c.expires = ok && e >= 0 ? int(std::min<long>(e, 0x7fffffff)) : -1;
        }
        req.contacts << c;
    }
    if (req.contacts.size() > 10) {
        nta_msg_treply(agent, msg, 403, "Too Many Contacts", TAG_END());
        return;
    }
    const ExpiryLimits limits{cfg->expiresDefault, cfg->expiresMin, cfg->expiresMax};
    const RegisterOutcome out = m_registrar.apply(req, limits, now);
    if (out.status == 423) {
        const QByteArray min = QByteArray::number(out.minExpires);
        nta_msg_treply(agent, msg, SIP_423_INTERVAL_TOO_BRIEF, SIPTAG_MIN_EXPIRES_STR(min.constData()), TAG_END());
        return;
    }
    if (out.status == 400) {
        nta_msg_treply(agent, msg, 400, "Wildcard Contact Needs Expires 0", TAG_END());
        return;
    }
    QByteArray contacts;
    for (const auto &b : m_registrar.bindings(account->id)) {
        if (!contacts.isEmpty())
            contacts += ", ";
        contacts += '<' + b.contact.toUtf8() + ">;expires=" + QByteArray::number(std::max<qint64>(0, b.expiresAt - now));
    }
    m_stats.registered++;
    if (out.events.isEmpty()) { // nothing changed (a fetch of the bindings): nothing to wait for
        if (contacts.isEmpty())
            nta_msg_treply(agent, msg, SIP_200_OK, TAG_END());
        else
            nta_msg_treply(agent, msg, SIP_200_OK, SIPTAG_CONTACT_STR(contacts.constData()), TAG_END());
        return;
    }
    // The 200 OK promises the binding: it goes out once the writer has committed it.
    const quint64 ack = holdReply(agent, msg, SIP_200_OK, contacts);
    for (qsizetype i = 0; i < out.events.size(); ++i) {
        const auto &[kind, b] = out.events[i];
        emitEvent(EngineEvent{kind, account->id, QString::fromUtf8(account->username), account->role, account->owner, b, ip, {}, i + 1 == out.events.size() ? ack : 0});
    }
}

} // namespace centrale::sip
