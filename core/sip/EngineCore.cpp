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

QString urlString(const url_t *url) { return QString::fromUtf8(urlBytes(url)); }

} // namespace

void EngineCore::housekeeping(qint64 now)
{
    const EngineConfigPtr cfg = config();
    const auto expired = m_registrar.with([&](Registrar &r) { return r.expire(now); });
    for (const auto &[accountId, b] : expired) {
        emitEvent(accountEvent(*cfg, RegistrationEventKind::Expired, accountId, b));
    }
    if (cfg->qualifySecs > 0 && now - m_lastQualify >= cfg->qualifySecs) {
        m_lastQualify = now;
        qualifyAll(*cfg);
    }
    const auto offenders = m_flood.with([&](FloodGuard &f) {
        auto newOffenders = f.takeNewOffenders();
        f.purgeIdle(now * 1000);
        return newOffenders;
    });
    for (const auto &addr : offenders)
        emitEvent(EngineEvent{RegistrationEventKind::Flood, 0, {}, {}, {}, {}, addr, QStringLiteral("rate-limited")});
    const auto unblocked = m_blocker.with([&](FailureBlocker &b) { return b.expire(now); });
    for (const auto &addr : unblocked)
        emitEvent(EngineEvent{RegistrationEventKind::Unblocked, 0, {}, {}, {}, {}, addr, {}});
    if (now - m_lastWarnCheck >= 60) {
        m_lastWarnCheck = now;
        m_limits.with([&](calls::CallLimits &l) { l.checkRunning(cfg->calls.policies, now * 1000); });
        emitLimitNotices();
    }
}

void EngineCore::qualifyAll(const EngineConfig &cfg)
{
    const auto all = m_registrar.with([](const Registrar &r) { return r.all(); }); // a copy: probes go out unlocked
    const Worker &w = worker("EngineCore::qualifyAll");
    for (auto it = all.begin(); it != all.end(); ++it) {
        for (const auto &b : it.value()) {
            auto *agent = static_cast<nta_agent_t *>(w.own[b.server == QLatin1String("secondary") ? 1 : 0]);
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
    const auto bindings = m_registrar.with([&](Registrar &r) { return r.setReachable(accountId, contact, alive) ? r.bindings(accountId) : QList<Binding>{}; });
    const EngineConfigPtr cfg = config();
    for (const auto &b : bindings) {
        if (b.contact != contact)
            continue;
        emitEvent(accountEvent(*cfg, alive ? RegistrationEventKind::Reachable : RegistrationEventKind::Unreachable, accountId, b));
    }
}

int EngineCore::onMessage(void *agentPtr, void *msgPtr, void *sipPtr)
{
    Worker &w = worker("EngineCore::onMessage");
    auto *agent = static_cast<nta_agent_t *>(agentPtr);
    auto *msg = static_cast<msg_t *>(msgPtr);
    auto *sip = static_cast<sip_t *>(sipPtr);
    m_stats.requests++;
    m_stats.workerRequests[w.index]++;
    const ServerRole server = agent == w.agents[0] || agent == w.own[0] ? ServerRole::Primary : ServerRole::Secondary;

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
    // Whitelisted PBXs and the carrier are never shed: a busy carrier is traffic, not an attack.
    const bool exempt = cfg->isTrusted(ip) || cfg->calls.upstream.addresses.contains(ip);
    const bool admitted = exempt || m_flood.with([&](FloodGuard &f) {
        f.setRate(cfg->floodRate);
        return f.admit(ip, QDateTime::currentMSecsSinceEpoch());
    });
    if (!admitted) {
        m_stats.shed++;
        nta_msg_discard(agent, msg);
        return 0;
    }
    if (m_blocker.with([&](FailureBlocker &b) { return b.isBlocked(ip, nowSecs()); })) {
        // Blocked sources get no answer at all: a scanner learns nothing and costs nothing.
        m_stats.dropped++;
        nta_msg_discard(agent, msg);
        return 0;
    }
    if (sip && sip->sip_status && !sip->sip_request) {
        w.calls->onStrayResponse(agent, msg, sip); // e.g. a retransmitted 2xx whose transaction is done
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
        w.calls->onRequest(agent, msg, sip, ip, port, server);
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
    m_blocker.with([&](FailureBlocker &b) { b.recordSuccess(ip); });

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
    QList<Binding> current; // the account's bindings after this REGISTER, read under the same lock
    const RegisterOutcome out = m_registrar.with([&](Registrar &r) {
        RegisterOutcome o = r.apply(req, limits, now);
        current = r.bindings(account->id);
        return o;
    });
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
    for (const auto &b : std::as_const(current)) {
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
