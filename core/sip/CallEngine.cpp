#include "sip/CallEngine.h"
#include "calls/DestinationPolicy.h"
#include "calls/OpeningHours.h"
#include "calls/Sdp.h"
#include "sip/DigestClient.h"
#include "sip/EngineCore.h"
#include "sip/SipText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/nta_stateless.h>

namespace centrale::sip {

namespace {

thread_local CallEngine *tl_engine = nullptr; // nta callbacks run on the engine thread

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QByteArray randomToken() { return QByteArray::number(QRandomGenerator::global()->generate64(), 36); }

template <typename Magic> Magic *idMagic(quint64 id) { return reinterpret_cast<Magic *>(static_cast<uintptr_t>(id)); }
template <typename Magic> quint64 magicId(Magic *m) { return static_cast<quint64>(reinterpret_cast<uintptr_t>(m)); }

int bCallback(nta_outgoing_magic_t *magic, nta_outgoing_t *orq, const sip_t *sip)
{
    return tl_engine ? tl_engine->onBResponse(magicId(magic), orq, sip) : 0;
}
int relayCallback(nta_outgoing_magic_t *magic, nta_outgoing_t *orq, const sip_t *sip)
{
    return tl_engine ? tl_engine->onRelayResponse(magicId(magic), orq, sip) : 0;
}
int cancelCallback(nta_incoming_magic_t *magic, nta_incoming_t *irq, const sip_t *sip)
{
    return tl_engine ? tl_engine->onACancel(magicId(magic), irq, sip) : 0;
}

QString warningText(const QString &reason)
{
    QString r = reason;
    r.replace(QLatin1Char('"'), QLatin1Char('\''));
    return QStringLiteral("399 centrale \"%1\"").arg(r.left(200));
}

QByteArray body(const sip_t *sip) { return sip && sip->sip_payload ? QByteArray(sip->sip_payload->pl_data, int(sip->sip_payload->pl_len)) : QByteArray(); }
QByteArray bodyType(const sip_t *sip) { return sip && sip->sip_content_type && sip->sip_content_type->c_type ? QByteArray(sip->sip_content_type->c_type) : QByteArray(); }

// The Request-URI of an INVITE to a PBX: its registered contact, with the DID as user part.
QByteArray withUser(const QByteArray &contact, const QByteArray &user)
{
    const qsizetype colon = contact.indexOf(':');
    if (colon < 0)
        return contact;
    QByteArray rest = contact.mid(colon + 1);
    const qsizetype at = rest.indexOf('@');
    const qsizetype semi = rest.indexOf(';');
    if (at >= 0 && (semi < 0 || at < semi))
        rest = rest.mid(at + 1);
    return contact.left(colon + 1) + user + '@' + rest;
}

// The user part of P-Asserted-Identity. The header stays unparsed (an extended parser
// class breaks Authorization parsing in this sofia-sip), so it is read from the text.
QString assertedUser(const sip_t *sip)
{
    for (const sip_unknown_t *u = sip->sip_unknown; u; u = u->un_next) {
        if (!u->un_name || QByteArray(u->un_name).compare("P-Asserted-Identity", Qt::CaseInsensitive) != 0 || !u->un_value)
            continue;
        static const QRegularExpression re(QStringLiteral("(?:sips?|tel):([^@;>]+)"));
        const auto m = re.match(QString::fromUtf8(u->un_value));
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

QByteArray routeSet(const sip_record_route_t *rr, bool reverse)
{
    QList<QByteArray> routes;
    for (; rr; rr = rr->r_next)
        routes << '<' + urlBytes(rr->r_url) + '>';
    if (reverse)
        std::reverse(routes.begin(), routes.end());
    return routes.join(", ");
}

} // namespace

CallEngine::CallEngine(EngineCore &core) : m_core(core) {}

CallEngine::~CallEngine() { shutdown(); }

void CallEngine::setAgents(nta_agent_t *primary, nta_agent_t *secondary, QByteArray primaryAddress, QByteArray secondaryAddress)
{
    tl_engine = this;
    m_agents[0] = primary;
    m_agents[1] = secondary;
    m_addresses[0] = std::move(primaryAddress);
    m_addresses[1] = std::move(secondaryAddress);
}

const EngineConfig &CallEngine::cfg() const { return *m_core.activeConfig(); }

QByteArray CallEngine::contactFor(nta_agent_t *agent) const
{
    return "<sip:centrale@" + m_addresses[agent == m_agents[1] ? 1 : 0] + ">";
}

void CallEngine::notice(CallNotice n) { m_core.emitCallNotice(std::move(n)); }

bool CallEngine::isCarrier(const QString &ip) const
{
    const auto &u = cfg().calls.upstream;
    // By address only: carriers send from more than one port.
    return u.isSet() && ip == u.host;
}

Call *CallEngine::findByLegCallId(const QByteArray &callId, bool *isA)
{
    const auto it = m_byCallId.constFind(callId);
    if (it == m_byCallId.constEnd())
        return nullptr;
    const auto c = m_calls.find(it->first);
    if (c == m_calls.end())
        return nullptr;
    *isA = it->second;
    return c->second.get();
}

void CallEngine::onRequest(nta_agent_t *agent, msg_t *msg, sip_t *sip, const QString &ip, int port, ServerRole server)
{
    const bool initial = sip->sip_request->rq_method == sip_method_invite && !sip->sip_to->a_tag;
    if (initial)
        handleInitialInvite(agent, msg, sip, ip, port, server);
    else
        handleInDialog(agent, msg, sip);
}

void CallEngine::refuse(nta_agent_t *agent, msg_t *msg, const calls::Refusal &r, CallRecord rec)
{
    const QByteArray warning = warningText(r.reason).toUtf8();
    const sip_t *sip = sip_object(msg);
    const QByteArray callId = sip && sip->sip_call_id ? QByteArray(sip->sip_call_id->i_id) : QByteArray();
    nta_msg_treply(agent, msg, r.status, r.phrase.constData(), SIPTAG_WARNING_STR(warning.constData()), TAG_END());
    // A retransmitted INVITE gets the same answer but is one call in the log.
    if (!callId.isEmpty() && m_recentRefusals.contains(callId))
        return;
    m_recentRefusals.insert(callId, nowMs());
    rec.endedMs = nowMs();
    rec.sipStatus = r.status;
    rec.reason = r.reason;
    notice(CallNotice{CallNotice::Kind::Ended, rec, {}, {}, {}, {}});
}

const calls::CallPolicy *CallEngine::authenticate(nta_agent_t *agent, msg_t *msg, sip_t *sip, const QString &ip, CallRecord &rec)
{
    const EngineConfig &c = cfg();
    const qint64 now = nowMs() / 1000;
    if (!c.isTrusted(ip) && !c.anyOpenAccount) {
        m_core.noteAuthFailure(nullptr, ip, QStringLiteral("ip-not-whitelisted"));
        refuse(agent, msg, {403, "Forbidden", QCoreApplication::translate("CallEngine", "source address %1 is in no account's IP whitelist").arg(ip)}, rec);
        return nullptr;
    }
    auto challenge = [&](bool stale) {
        const QByteArray value = m_core.auth().challenge(c.realm, now, stale);
        nta_msg_treply(agent, msg, SIP_407_PROXY_AUTH_REQUIRED, SIPTAG_PROXY_AUTHENTICATE_STR(value.constData()), TAG_END());
        return nullptr;
    };
    const msg_auth_t *au = sip->sip_proxy_authorization;
    if (!au)
        return challenge(false);
    DigestCredentials cred;
    if (!parseDigest(authorizationValue(au), &cred) || cred.realm != c.realm)
        return challenge(false);
    const NonceCheck nonce = m_core.auth().checkNonce(cred.nonce, now, c.nonceLifetimeSecs);
    if (nonce == NonceCheck::Invalid)
        return challenge(false);
    const EngineAccount *account = c.find(cred.username);
    if (account) {
        rec.account = QString::fromUtf8(account->username);
        rec.accountRole = account->role;
        rec.owner = account->owner;
    }
    if (!account || !DigestAuth::responseMatches(cred, "INVITE", account->ha1)) {
        m_core.noteAuthFailure(account, ip, QStringLiteral("wrong-password"));
        refuse(agent, msg, {403, "Forbidden", QCoreApplication::translate("CallEngine", "authentication failed for \"%1\"").arg(QString::fromUtf8(cred.username.left(64)))}, rec);
        return nullptr;
    }
    if (!whitelistAllows(account->whitelist, QHostAddress(ip))) {
        m_core.noteAuthFailure(account, ip, QStringLiteral("ip-not-whitelisted"));
        refuse(agent, msg, {403, "Forbidden", QCoreApplication::translate("CallEngine", "source address %1 is not in the IP whitelist of %2").arg(ip, rec.owner)}, rec);
        return nullptr;
    }
    if (nonce == NonceCheck::Stale)
        return challenge(true);
    m_core.blocker().recordSuccess(ip);
    const auto it = c.calls.policies.constFind(c.accountPolicy.value(account->id));
    if (it == c.calls.policies.constEnd()) {
        refuse(agent, msg, {403, "Forbidden", QCoreApplication::translate("CallEngine", "account %1 belongs to no trunk or phone account").arg(rec.account)}, rec);
        return nullptr;
    }
    return &*it;
}

void CallEngine::handleInitialInvite(nta_agent_t *agent, msg_t *msg, sip_t *sip, const QString &ip, int port, ServerRole)
{
    const QByteArray callId = sip->sip_call_id->i_id;
    bool isA = false;
    if (findByLegCallId(callId, &isA)) {
        nta_msg_discard(agent, msg); // a late retransmission of an INVITE we already took
        return;
    }
    const EngineConfig &c = cfg();
    CallRecord rec;
    rec.callId = QString::fromUtf8(callId);
    rec.startedMs = nowMs();
    rec.aLeg = ip + QLatin1Char(':') + QString::number(port);
    const url_t *ruri = sip->sip_request->rq_url;
    const QString user = QString::fromUtf8(ruri->url_user ? ruri->url_user : "");
    rec.dialled = user.left(64);
    const QString fromUser = QString::fromUtf8(sip->sip_from->a_url->url_user ? sip->sip_from->a_url->url_user : "");
    rec.caller = fromUser.left(64);

    auto call = std::make_unique<Call>();
    call->offer = body(sip);
    call->offerType = bodyType(sip);
    calls::Refusal refusal;

    if (isCarrier(ip)) {
        rec.direction = QStringLiteral("inbound");
        auto number = PhoneNumber::parse(user);
        const auto route = number ? c.calls.dids.constFind(number->digits()) : c.calls.dids.constEnd();
        if (route == c.calls.dids.constEnd())
            return refuse(agent, msg, {404, "Not Found", QCoreApplication::translate("CallEngine", "number %1 is not in service").arg(rec.dialled)}, rec);
        rec.callee = number->e164();
        if (auto from = PhoneNumber::parse(fromUser))
            rec.caller = from->e164();
        call->outbound = false;
        call->fromUser = rec.caller.toUtf8();
        if (!route->policyKey.isEmpty()) {
            const auto &p = c.calls.policies.value(route->policyKey);
            rec.owner = p.name;
            rec.accountRole = p.isTrunk ? QStringLiteral("trunk") : QStringLiteral("phone");
            if (!m_channels.tryAcquire(p.key, p.channels))
                return refuse(agent, msg, {503, "Service Unavailable", QCoreApplication::translate("CallEngine", "all %1 channels of %2 are busy").arg(p.channels).arg(p.name)}, rec);
            call->channelKey = p.key;
        } else if (const auto plan = c.calls.plans.constFind(route->planId); plan != c.calls.plans.constEnd()) {
            rec.owner = plan->name;
            rec.accountRole = QStringLiteral("callplan");
        }
        call->targets = inboundTargets(*route, number->digits(), rec);
    } else {
        rec.direction = QStringLiteral("outbound");
        const calls::CallPolicy *policy = authenticate(agent, msg, sip, ip, rec);
        if (!policy)
            return;
        const QString paiUser = assertedUser(sip);
        const QString callerId = calls::checkCallerId(*policy, paiUser, fromUser, &refusal);
        if (callerId.isEmpty())
            return refuse(agent, msg, refusal, rec);
        rec.caller = QLatin1Char('+') + callerId;
        auto number = calls::normaliseDialled(user, &refusal);
        if (!number)
            return refuse(agent, msg, refusal, rec);
        rec.callee = number->e164();
        const auto verdict = calls::checkDestination(policy->destinations, *number);
        if (!verdict.allowed)
            return refuse(agent, msg, {403, "Forbidden", verdict.reason}, rec);
        if (!m_channels.admitRate(policy->key, policy->callsPerSecond, rec.startedMs))
            return refuse(agent, msg, {503, "Service Unavailable", QCoreApplication::translate("CallEngine", "more than %1 new calls per second for %2").arg(policy->callsPerSecond).arg(policy->name)}, rec);
        if (auto r = m_core.checkLimits(*policy, *number, rec.startedMs); r.status)
            return refuse(agent, msg, r, rec);
        if (!c.calls.upstream.isSet())
            return refuse(agent, msg, {503, "Service Unavailable", QCoreApplication::translate("CallEngine", "no upstream carrier is configured")}, rec);
        if (!m_channels.tryAcquire(policy->key, policy->channels))
            return refuse(agent, msg, {503, "Service Unavailable", QCoreApplication::translate("CallEngine", "all %1 channels of %2 are busy").arg(policy->channels).arg(policy->name)}, rec);
        call->channelKey = policy->key;
        call->fromUser = rec.caller.toUtf8();
        call->paiHeader = "<sip:" + rec.caller.toUtf8() + '@' + m_addresses[0] + '>';
        if (const sip_privacy_t *priv = sip_privacy(sip); priv && priv->priv_values)
            for (int i = 0; priv->priv_values[i]; ++i)
                if (QByteArray(priv->priv_values[i]).toLower() == "id")
                    call->privacy = "id";
        call->targets = {carrierTarget(number->digits(), 0, QCoreApplication::translate("CallEngine", "carrier %1").arg(rec.callee))};
    }

    // From here the call is stateful: nta answers retransmissions and CANCEL.
    nta_incoming_t *irq = nta_incoming_create(agent, nullptr, msg, sip, TAG_END());
    if (!irq) {
        if (!call->channelKey.isEmpty())
            m_channels.release(call->channelKey);
        return;
    }
    call->id = m_nextId++;
    call->irq = irq;
    call->rec = rec;
    nta_incoming_bind(irq, cancelCallback, idMagic<nta_incoming_magic_t>(call->id));
    call->a.callId = callId;
    call->a.agent = agent;
    call->a.localTag = nta_incoming_tag(irq, nullptr);
    call->a.remoteTag = sip->sip_from->a_tag ? QByteArray(sip->sip_from->a_tag) : QByteArray();
    call->a.localUri = '<' + urlBytes(sip->sip_to->a_url) + '>';
    call->a.remoteUri = '<' + urlBytes(sip->sip_from->a_url) + '>';
    call->a.remoteTarget = sip->sip_contact ? urlBytes(sip->sip_contact->m_url) : urlBytes(sip->sip_from->a_url);
    call->a.hop = "sip:" + rec.aLeg.toUtf8() + ";transport=udp";
    call->a.routes = routeSet(sip->sip_record_route, false);
    nta_incoming_treply(irq, SIP_100_TRYING, TAG_END());
    Call &ref = *call;
    m_byCallId.insert(callId, {call->id, true});
    m_calls.emplace(call->id, std::move(call));
    m_core.stats().calls++;
    tryNextTarget(ref);
}

QList<Target> CallEngine::accountTargets(qint64 accountId, const QString &userPart, const QString &label, int timeoutSecs, const QString &policyKey)
{
    QList<Target> out;
    const auto *account = cfg().findById(accountId);
    for (const auto &b : m_core.registrar().bindings(accountId)) {
        if (!b.reachable)
            continue;
        Target t;
        t.kind = Target::Kind::Contact;
        const QByteArray contact = b.contact.toUtf8();
        t.requestUri = account && account->role != QLatin1String("phone") ? withUser(contact, userPart.toUtf8()) : contact;
        t.hop = "sip:" + b.source.toUtf8() + ";transport=udp";
        t.agent = m_agents[b.server == QLatin1String("secondary") ? 1 : 0];
        t.toUri = "sip:" + userPart.toUtf8() + '@' + m_addresses[b.server == QLatin1String("secondary") ? 1 : 0];
        t.timeoutSecs = timeoutSecs;
        t.label = label;
        t.policyKey = policyKey;
        out << t;
    }
    return out;
}

Target CallEngine::carrierTarget(const QString &e164Digits, int timeoutSecs, const QString &label)
{
    const auto &u = cfg().calls.upstream;
    Target t;
    t.kind = Target::Kind::Carrier;
    const QByteArray hostPort = u.host.toUtf8() + ':' + QByteArray::number(u.port);
    t.requestUri = "sip:+" + e164Digits.toUtf8() + '@' + hostPort;
    t.toUri = "sip:+" + e164Digits.toUtf8() + '@' + u.host.toUtf8();
    t.hop = u.uri();
    t.agent = m_agents[0];
    t.timeoutSecs = timeoutSecs;
    t.label = label;
    return t;
}

QList<Target> CallEngine::inboundTargets(const calls::DidRoute &route, const QString &digits, CallRecord &rec, int depth)
{
    const EngineConfig &c = cfg();
    auto final = [](int status, QByteArray phrase, QString reason) {
        Target t;
        t.kind = Target::Kind::Final;
        t.finalStatus = status;
        t.finalPhrase = std::move(phrase);
        t.finalReason = std::move(reason);
        return QList<Target>{t};
    };
    switch (route.kind) {
    case calls::DidKind::Trunk: {
        const auto &p = c.calls.policies.value(route.policyKey);
        if (!route.inbound)
            return final(404, "Not Found", QCoreApplication::translate("CallEngine", "inbound calls are off for +%1 on trunk %2").arg(digits, p.name));
        const QString user = calls::formatForPbx(digits, p.format);
        QList<Target> out = accountTargets(p.primaryAccountId, user, QCoreApplication::translate("CallEngine", "%1 primary").arg(p.name), c.calls.noAnswerSecs, p.key);
        out += accountTargets(p.secondaryAccountId, user, QCoreApplication::translate("CallEngine", "%1 secondary").arg(p.name), c.calls.noAnswerSecs, p.key);
        if (p.failoverPlanId)
            out += planTargets(p.failoverPlanId, digits, rec, depth + 1);
        if (out.isEmpty())
            return final(480, "Temporarily Unavailable", QCoreApplication::translate("CallEngine", "no account of trunk %1 is registered").arg(p.name));
        return out;
    }
    case calls::DidKind::Phone: {
        const auto &p = c.calls.policies.value(route.policyKey);
        QList<Target> out = accountTargets(p.primaryAccountId, calls::formatForPbx(digits, NumberFormat::NoPlus), p.name, 0, p.key);
        if (out.isEmpty())
            return final(480, "Temporarily Unavailable", QCoreApplication::translate("CallEngine", "phone %1 is not registered").arg(p.name));
        return out;
    }
    case calls::DidKind::CallPlan:
        return planTargets(route.planId, digits, rec, depth + 1);
    }
    return {};
}

QList<Target> CallEngine::planTargets(qint64 planId, const QString &digits, CallRecord &rec, int depth)
{
    const EngineConfig &c = cfg();
    const auto planIt = c.calls.plans.constFind(planId);
    QList<Target> out;
    if (planIt == c.calls.plans.constEnd() || depth > 4)
        return out;
    const CallPlan &plan = *planIt;
    int i = 0;
    for (int guard = 0; i >= 0 && i < plan.steps.size() && guard < 64; ++guard) {
        const CallPlanStep &s = plan.steps[i];
        switch (s.kind) {
        case StepKind::RingPhones:
            for (const auto &t : s.targets) {
                auto n = PhoneNumber::parse(t);
                const QString key = n ? c.calls.phoneByNumber.value(n->digits()) : QString();
                if (key.isEmpty())
                    continue;
                const auto &p = c.calls.policies.value(key);
                out += accountTargets(p.primaryAccountId, p.name, QCoreApplication::translate("CallEngine", "%1: phone %2").arg(plan.name, p.name), s.timeoutSeconds, key);
            }
            break;
        case StepKind::Forward:
            for (const auto &t : s.targets)
                if (auto n = PhoneNumber::parse(t); n && c.calls.upstream.isSet())
                    out << carrierTarget(n->digits(), s.timeoutSeconds, QCoreApplication::translate("CallEngine", "%1: forward to %2").arg(plan.name, n->e164()));
            break;
        case StepKind::Email:
            notice(CallNotice{CallNotice::Kind::Notify, {}, {}, s.targets,
                              QCoreApplication::translate("CallEngine", "Call for %1 from %2").arg(plan.name, rec.caller),
                              QCoreApplication::translate("CallEngine", "Call plan %1 received a call on +%2 from %3 at %4.")
                                  .arg(plan.name, digits, rec.caller, QDateTime::currentDateTime().toString(Qt::ISODate))});
            break;
        case StepKind::Voicemail: {
            Target t;
            t.kind = Target::Kind::Final;
            t.finalStatus = 480;
            t.finalPhrase = "Temporarily Unavailable";
            t.finalReason = QCoreApplication::translate("CallEngine", "voicemail box %1 cannot answer: this engine relays signalling only and has no media to record").arg(s.text);
            out << t;
            return out;
        }
        case StepKind::OpeningHours:
            if (!calls::openingHoursContain(s.text, QDateTime::currentDateTime())) {
                if (s.elseStep < 0) {
                    Target t;
                    t.kind = Target::Kind::Final;
                    t.finalStatus = 480;
                    t.finalPhrase = "Temporarily Unavailable";
                    t.finalReason = QCoreApplication::translate("CallEngine", "%1 is closed (%2)").arg(plan.name, s.text);
                    out << t;
                    return out;
                }
                i = s.elseStep;
                continue;
            }
            break;
        }
        ++i;
    }
    return out;
}

bool CallEngine::sendInvite(Call &c, const Target &t, const QByteArray &authorization)
{
    if (authorization.isEmpty()) {
        if (!c.b.callId.isEmpty())
            m_byCallId.remove(c.b.callId);
        c.b = Leg{};
        c.b.callId = randomToken() + "@centrale";
        c.b.localTag = randomToken();
        m_byCallId.insert(c.b.callId, {c.id, false});
    }
    c.b.agent = t.agent;
    c.b.hop = t.hop;
    c.b.remoteTarget = t.requestUri;
    c.b.remoteUri = '<' + t.toUri + '>';
    const QByteArray host = m_addresses[t.agent == m_agents[1] ? 1 : 0];
    if (c.privacy == "id")
        c.b.localUri = "\"Anonymous\" <sip:anonymous@anonymous.invalid>";
    else
        c.b.localUri = "<sip:" + c.fromUser + '@' + host + '>';
    c.b.inviteCseq = ++c.b.cseq;

    msg_t *m = nta_msg_create(t.agent, 0);
    sip_t *sip = sip_object(m);
    const QByteArray requestLine = "INVITE " + t.requestUri + " SIP/2.0";
    const QByteArray from = c.b.localUri + ";tag=" + c.b.localTag;
    const QByteArray cseq = QByteArray::number(c.b.cseq) + " INVITE";
    const QByteArray contact = contactFor(t.agent);
    if (sip_add_tl(m, sip, SIPTAG_REQUEST_STR(requestLine.constData()), SIPTAG_FROM_STR(from.constData()), SIPTAG_TO_STR(c.b.remoteUri.constData()),
                   SIPTAG_CALL_ID_STR(c.b.callId.constData()), SIPTAG_CSEQ_STR(cseq.constData()), SIPTAG_MAX_FORWARDS_STR("69"),
                   SIPTAG_CONTACT_STR(contact.constData()), SIPTAG_ALLOW_STR("INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, UPDATE"), TAG_END()) < 0) {
        msg_destroy(m);
        return false;
    }
    // PAI carries the real caller ID towards the carrier even when Privacy hides From.
    if (t.kind == Target::Kind::Carrier && !c.paiHeader.isEmpty())
    {
        const QByteArray pai = "P-Asserted-Identity: " + c.paiHeader;
        sip_add_tl(m, sip, SIPTAG_HEADER_STR(pai.constData()), TAG_END());
    }
    if (!c.privacy.isEmpty())
        sip_add_tl(m, sip, SIPTAG_PRIVACY_STR(c.privacy.constData()), TAG_END());
    if (!authorization.isEmpty())
        sip_add_tl(m, sip, SIPTAG_PROXY_AUTHORIZATION_STR(authorization.constData()), TAG_END());
    if (!c.offer.isEmpty()) {
        const QByteArray sdp = c.offerType == "application/sdp" ? calls::preferG711(c.offer) : c.offer;
        sip_add_tl(m, sip, SIPTAG_CONTENT_TYPE_STR(c.offerType.isEmpty() ? "application/sdp" : c.offerType.constData()),
                   SIPTAG_PAYLOAD_STR(sdp.constData()), TAG_END());
    }
    const QByteArray hop = t.hop;
    c.orq = nta_outgoing_mcreate(t.agent, bCallback, idMagic<nta_outgoing_magic_t>(c.id), URL_STRING_MAKE(hop.constData()), m, TAG_END());
    return c.orq != nullptr;
}

void CallEngine::tryNextTarget(Call &c)
{
    while (++c.targetIndex < c.targets.size()) {
        const Target &t = c.targets[c.targetIndex];
        if (t.kind == Target::Kind::Final)
            return answerA(c, t.finalStatus, t.finalPhrase, t.finalReason);
        c.authTried = false;
        if (sendInvite(c, t)) {
            c.rec.bLeg = t.label;
            c.ringDeadlineMs = t.timeoutSecs > 0 ? nowMs() + t.timeoutSecs * 1000LL : 0;
            return;
        }
        c.lastFailure = 503;
        c.lastPhrase = "Service Unavailable";
        c.lastReason = QCoreApplication::translate("CallEngine", "could not send the call to %1").arg(t.label);
    }
    if (c.lastFailure)
        return answerA(c, c.lastFailure, c.lastPhrase, c.lastReason);
    answerA(c, 480, "Temporarily Unavailable", QCoreApplication::translate("CallEngine", "nobody could take the call"));
}

void CallEngine::answerA(Call &c, int status, const QByteArray &phrase, const QString &reason)
{
    if (c.irq) {
        const QByteArray warning = warningText(reason).toUtf8();
        nta_incoming_treply(c.irq, status, phrase.isEmpty() ? nullptr : phrase.constData(), SIPTAG_WARNING_STR(warning.constData()), TAG_END());
        nta_incoming_destroy(c.irq);
        c.irq = nullptr;
    }
    endCall(c.id, status, reason, false, false);
}

int CallEngine::onBResponse(quint64 id, nta_outgoing_t *orq, const sip_t *sip)
{
    const int status = sip && sip->sip_status ? sip->sip_status->st_status : nta_outgoing_status(orq);
    const auto it = m_calls.find(id);
    if (it == m_calls.end() || it->second->orq != orq) {
        if (status >= 200)
            nta_outgoing_destroy(orq); // an abandoned target answering late
        return 0;
    }
    Call &c = *it->second;
    if (status < 200) {
        if (status == 100 || !c.irq)
            return 0;
        if (sip->sip_to && sip->sip_to->a_tag)
            c.b.remoteTag = sip->sip_to->a_tag;
        const QByteArray contact = contactFor(c.a.agent);
        const QByteArray sdp = body(sip);
        if (sdp.isEmpty())
            nta_incoming_treply(c.irq, status, sip->sip_status->st_phrase, SIPTAG_CONTACT_STR(contact.constData()), TAG_END());
        else
            nta_incoming_treply(c.irq, status, sip->sip_status->st_phrase, SIPTAG_CONTACT_STR(contact.constData()),
                                SIPTAG_CONTENT_TYPE_STR(bodyType(sip).constData()), SIPTAG_PAYLOAD_STR(sdp.constData()), TAG_END());
        return 0;
    }
    c.orq = nullptr;
    if (status < 300) {
        c.b.remoteTag = sip->sip_to && sip->sip_to->a_tag ? QByteArray(sip->sip_to->a_tag) : QByteArray();
        if (sip->sip_contact)
            c.b.remoteTarget = urlBytes(sip->sip_contact->m_url);
        c.b.routes = routeSet(sip->sip_record_route, true);
        nta_outgoing_destroy(orq);
        c.answered = true;
        c.ringDeadlineMs = 0;
        c.rec.answeredMs = nowMs();
        c.rec.sipStatus = status;
        c.endDeadlineMs = m_core.callDeadline(c.channelKey, c.rec, cfg().calls.maxCallSecs);
        const QByteArray sdp = body(sip);
        if (c.offer.isEmpty())
            c.bAckPending = true; // late offer: the answer comes in A's ACK
        else
            sendAckB(c);
        if (c.irq) {
            const QByteArray contact = contactFor(c.a.agent);
            if (sdp.isEmpty())
                nta_incoming_treply(c.irq, status, sip->sip_status->st_phrase, SIPTAG_CONTACT_STR(contact.constData()), TAG_END());
            else
                nta_incoming_treply(c.irq, status, sip->sip_status->st_phrase, SIPTAG_CONTACT_STR(contact.constData()),
                                    SIPTAG_CONTENT_TYPE_STR(bodyType(sip).constData()), SIPTAG_PAYLOAD_STR(sdp.constData()), TAG_END());
            nta_incoming_destroy(c.irq);
            c.irq = nullptr;
        }
        return 0;
    }
    const QByteArray phrase = sip && sip->sip_status ? QByteArray(sip->sip_status->st_phrase) : QByteArray();
    QByteArray challenge;
    if (sip && status == 407 && sip->sip_proxy_authenticate)
        challenge = authorizationValue(sip->sip_proxy_authenticate);
    else if (sip && status == 401 && sip->sip_www_authenticate)
        challenge = authorizationValue(sip->sip_www_authenticate);
    nta_outgoing_destroy(orq);
    const Target &t = c.targets[c.targetIndex];
    const auto &u = cfg().calls.upstream;
    if (!challenge.isEmpty() && t.kind == Target::Kind::Carrier && !c.authTried && !u.username.isEmpty()) {
        c.authTried = true;
        const QByteArray answer = answerChallenge(challenge, u.username, u.password, "INVITE", t.requestUri);
        if (!answer.isEmpty() && sendInvite(c, t, answer))
            return 0;
    }
    c.lastFailure = status;
    c.lastPhrase = phrase;
    c.lastReason = QCoreApplication::translate("CallEngine", "%1 answered %2 %3").arg(t.label).arg(status).arg(QString::fromUtf8(phrase));
    // Busy, not found and declined are the callee's answer: ringing someone else would
    // surprise the caller (and ring a person twice when both accounts reach one phone).
    const bool retry = status == 408 || status == 480 || status >= 500;
    if (retry && c.targetIndex + 1 < c.targets.size())
        tryNextTarget(c);
    else
        answerA(c, status, phrase, c.lastReason);
    return 0;
}

int CallEngine::onACancel(quint64 id, nta_incoming_t *irq, const sip_t *sip)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end() || !sip || !sip->sip_request || sip->sip_request->rq_method != sip_method_cancel)
        return 0;
    Call &c = *it->second;
    if (c.irq == irq) {
        nta_incoming_destroy(c.irq); // nta answers 487 itself
        c.irq = nullptr;
    }
    endCall(id, 487, QCoreApplication::translate("CallEngine", "the caller hung up before the call was answered"), false, false);
    return 0;
}

void CallEngine::sendAckB(Call &c, const QByteArray &ackBody, const QByteArray &type)
{
    msg_t *m = nta_msg_create(c.b.agent, 0);
    sip_t *sip = sip_object(m);
    const QByteArray requestLine = "ACK " + c.b.remoteTarget + " SIP/2.0";
    const QByteArray from = c.b.localUri + ";tag=" + c.b.localTag;
    const QByteArray to = c.b.remoteUri + (c.b.remoteTag.isEmpty() ? QByteArray() : ";tag=" + c.b.remoteTag);
    const QByteArray cseq = QByteArray::number(c.b.inviteCseq) + " ACK";
    sip_add_tl(m, sip, SIPTAG_REQUEST_STR(requestLine.constData()), SIPTAG_FROM_STR(from.constData()), SIPTAG_TO_STR(to.constData()),
               SIPTAG_CALL_ID_STR(c.b.callId.constData()), SIPTAG_CSEQ_STR(cseq.constData()), SIPTAG_MAX_FORWARDS_STR("70"), TAG_END());
    if (!c.b.routes.isEmpty())
        sip_add_tl(m, sip, SIPTAG_ROUTE_STR(c.b.routes.constData()), TAG_END());
    if (!ackBody.isEmpty())
        sip_add_tl(m, sip, SIPTAG_CONTENT_TYPE_STR(type.isEmpty() ? "application/sdp" : type.constData()), SIPTAG_PAYLOAD_STR(ackBody.constData()), TAG_END());
    const QByteArray hop = c.b.hop;
    if (nta_outgoing_t *o = nta_outgoing_mcreate(c.b.agent, nullptr, nullptr, URL_STRING_MAKE(hop.constData()), m, TAG_END()))
        nta_outgoing_destroy(o);
}

void CallEngine::sendInDialog(Call &c, bool toA, const char *method, const QByteArray &payload, const QByteArray &type)
{
    Leg &l = toA ? c.a : c.b;
    if (!l.agent || l.remoteTarget.isEmpty())
        return;
    msg_t *m = nta_msg_create(l.agent, 0);
    sip_t *sip = sip_object(m);
    const QByteArray requestLine = QByteArray(method) + ' ' + l.remoteTarget + " SIP/2.0";
    const QByteArray from = l.localUri + ";tag=" + l.localTag;
    const QByteArray to = l.remoteUri + (l.remoteTag.isEmpty() ? QByteArray() : ";tag=" + l.remoteTag);
    const QByteArray cseq = QByteArray::number(++l.cseq) + ' ' + method;
    const QByteArray contact = contactFor(l.agent);
    sip_add_tl(m, sip, SIPTAG_REQUEST_STR(requestLine.constData()), SIPTAG_FROM_STR(from.constData()), SIPTAG_TO_STR(to.constData()),
               SIPTAG_CALL_ID_STR(l.callId.constData()), SIPTAG_CSEQ_STR(cseq.constData()), SIPTAG_MAX_FORWARDS_STR("70"),
               SIPTAG_CONTACT_STR(contact.constData()), TAG_END());
    if (!l.routes.isEmpty())
        sip_add_tl(m, sip, SIPTAG_ROUTE_STR(l.routes.constData()), TAG_END());
    if (!payload.isEmpty())
        sip_add_tl(m, sip, SIPTAG_CONTENT_TYPE_STR(type.constData()), SIPTAG_PAYLOAD_STR(payload.constData()), TAG_END());
    const QByteArray hop = l.hop;
    nta_outgoing_mcreate(l.agent, nullptr, nullptr, URL_STRING_MAKE(hop.constData()), m, TAG_END()); // nta's default callback frees it
}

void CallEngine::handleInDialog(nta_agent_t *agent, msg_t *msg, sip_t *sip)
{
    bool isA = false;
    Call *c = findByLegCallId(QByteArray(sip->sip_call_id->i_id), &isA);
    const sip_method_t method = sip->sip_request->rq_method;
    if (!c) {
        if (method == sip_method_ack)
            nta_msg_discard(agent, msg);
        else
            nta_msg_treply(agent, msg, SIP_481_NO_TRANSACTION, TAG_END());
        return;
    }
    if (method == sip_method_ack) {
        if (isA && c->bAckPending) {
            c->bAckPending = false;
            sendAckB(*c, body(sip), bodyType(sip));
        }
        nta_msg_discard(agent, msg);
        return;
    }
    if (method == sip_method_bye) {
        nta_msg_treply(agent, msg, SIP_200_OK, TAG_END());
        endCall(c->id, 0,
                isA ? QCoreApplication::translate("CallEngine", "the caller hung up") : QCoreApplication::translate("CallEngine", "the callee hung up"),
                !isA, isA);
        return;
    }
    if (method == sip_method_cancel) {
        nta_msg_treply(agent, msg, SIP_481_NO_TRANSACTION, TAG_END());
        return;
    }
    if (!c->answered) {
        nta_msg_treply(agent, msg, 491, "Request Pending", TAG_END());
        return;
    }
    // re-INVITE (hold, codec change), INFO (DTMF), UPDATE…: the same request on the other leg.
    nta_incoming_t *irq = nta_incoming_create(agent, nullptr, msg, sip, TAG_END());
    if (!irq)
        return;
    Leg &other = isA ? c->b : c->a;
    const char *name = sip->sip_request->rq_method_name;
    msg_t *m = nta_msg_create(other.agent, 0);
    sip_t *out = sip_object(m);
    const QByteArray requestLine = QByteArray(name) + ' ' + other.remoteTarget + " SIP/2.0";
    const QByteArray from = other.localUri + ";tag=" + other.localTag;
    const QByteArray to = other.remoteUri + (other.remoteTag.isEmpty() ? QByteArray() : ";tag=" + other.remoteTag);
    const QByteArray cseq = QByteArray::number(++other.cseq) + ' ' + name;
    const QByteArray contact = contactFor(other.agent);
    sip_add_tl(m, out, SIPTAG_REQUEST_STR(requestLine.constData()), SIPTAG_FROM_STR(from.constData()), SIPTAG_TO_STR(to.constData()),
               SIPTAG_CALL_ID_STR(other.callId.constData()), SIPTAG_CSEQ_STR(cseq.constData()), SIPTAG_MAX_FORWARDS_STR("70"),
               SIPTAG_CONTACT_STR(contact.constData()), TAG_END());
    if (!other.routes.isEmpty())
        sip_add_tl(m, out, SIPTAG_ROUTE_STR(other.routes.constData()), TAG_END());
    const QByteArray payload = body(sip);
    if (!payload.isEmpty())
        sip_add_tl(m, out, SIPTAG_CONTENT_TYPE_STR(bodyType(sip).constData()), SIPTAG_PAYLOAD_STR(payload.constData()), TAG_END());
    const QByteArray hop = other.hop;
    nta_outgoing_t *orq = nta_outgoing_mcreate(other.agent, relayCallback, idMagic<nta_outgoing_magic_t>(c->id), URL_STRING_MAKE(hop.constData()), m, TAG_END());
    if (!orq) {
        nta_incoming_treply(irq, SIP_500_INTERNAL_SERVER_ERROR, TAG_END());
        nta_incoming_destroy(irq);
        return;
    }
    c->relays[orq] = irq;
}

int CallEngine::onRelayResponse(quint64 id, nta_outgoing_t *orq, const sip_t *sip)
{
    const int status = sip && sip->sip_status ? sip->sip_status->st_status : nta_outgoing_status(orq);
    if (status < 200)
        return 0;
    const auto it = m_calls.find(id);
    if (it == m_calls.end()) {
        nta_outgoing_destroy(orq);
        return 0;
    }
    Call &c = *it->second;
    const auto r = c.relays.find(orq);
    if (r == c.relays.end()) {
        nta_outgoing_destroy(orq);
        return 0;
    }
    nta_incoming_t *irq = r->second;
    c.relays.erase(r);
    const bool invite = nta_outgoing_method(orq) == sip_method_invite;
    const uint32_t cseq = nta_outgoing_cseq(orq);
    const bool toB = c.b.agent && nta_outgoing_request_uri(orq) && urlBytes(nta_outgoing_request_uri(orq)) == c.b.remoteTarget;
    nta_outgoing_destroy(orq);
    if (invite && status < 300) {
        // We acknowledge the far side's 2xx ourselves; the near side's ACK is then absorbed.
        Leg &l = toB ? c.b : c.a;
        msg_t *m = nta_msg_create(l.agent, 0);
        sip_t *s = sip_object(m);
        const QByteArray requestLine = "ACK " + l.remoteTarget + " SIP/2.0";
        const QByteArray from = l.localUri + ";tag=" + l.localTag;
        const QByteArray to = l.remoteUri + (l.remoteTag.isEmpty() ? QByteArray() : ";tag=" + l.remoteTag);
        const QByteArray cs = QByteArray::number(cseq) + " ACK";
        sip_add_tl(m, s, SIPTAG_REQUEST_STR(requestLine.constData()), SIPTAG_FROM_STR(from.constData()), SIPTAG_TO_STR(to.constData()),
                   SIPTAG_CALL_ID_STR(l.callId.constData()), SIPTAG_CSEQ_STR(cs.constData()), SIPTAG_MAX_FORWARDS_STR("70"), TAG_END());
        const QByteArray hop = l.hop;
        if (nta_outgoing_t *o = nta_outgoing_mcreate(l.agent, nullptr, nullptr, URL_STRING_MAKE(hop.constData()), m, TAG_END()))
            nta_outgoing_destroy(o);
    }
    const QByteArray payload = body(sip);
    const QByteArray contact = contactFor(toB ? c.a.agent : c.b.agent); // the irq came in on the other leg
    const char *phrase = sip && sip->sip_status ? sip->sip_status->st_phrase : nullptr;
    if (payload.isEmpty())
        nta_incoming_treply(irq, status, phrase, SIPTAG_CONTACT_STR(contact.constData()), TAG_END());
    else
        nta_incoming_treply(irq, status, phrase, SIPTAG_CONTACT_STR(contact.constData()), SIPTAG_CONTENT_TYPE_STR(bodyType(sip).constData()),
                            SIPTAG_PAYLOAD_STR(payload.constData()), TAG_END());
    nta_incoming_destroy(irq);
    return 0;
}

void CallEngine::onStrayResponse(nta_agent_t *agent, msg_t *msg, sip_t *sip)
{
    bool isA = false;
    Call *c = sip && sip->sip_call_id && sip->sip_cseq && sip->sip_status ? findByLegCallId(QByteArray(sip->sip_call_id->i_id), &isA) : nullptr;
    if (c && !isA && c->answered && !c->bAckPending && sip->sip_cseq->cs_method == sip_method_invite && sip->sip_status->st_status < 300
        && sip->sip_cseq->cs_seq == c->b.inviteCseq)
        sendAckB(*c); // our ACK was lost: the callee retransmits its 2xx
    nta_msg_discard(agent, msg);
}

void CallEngine::endCall(quint64 id, int status, const QString &reason, bool byeA, bool byeB)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> c = std::move(it->second);
    m_calls.erase(it);
    if (byeA)
        sendInDialog(*c, true, "BYE");
    if (byeB && c->answered)
        sendInDialog(*c, false, "BYE");
    if (c->orq) {
        nta_outgoing_tcancel(c->orq, nullptr, nullptr, TAG_END());
        nta_outgoing_destroy(c->orq);
    }
    if (c->irq) {
        nta_incoming_treply(c->irq, SIP_487_REQUEST_CANCELLED, TAG_END());
        nta_incoming_destroy(c->irq);
    }
    for (auto &[orq, irq] : c->relays) {
        nta_outgoing_destroy(orq);
        nta_incoming_treply(irq, SIP_481_NO_TRANSACTION, TAG_END());
        nta_incoming_destroy(irq);
    }
    m_byCallId.remove(c->a.callId);
    if (!c->b.callId.isEmpty())
        m_byCallId.remove(c->b.callId);
    if (!c->channelKey.isEmpty())
        m_channels.release(c->channelKey);
    c->rec.endedMs = nowMs();
    if (!c->answered || status)
        c->rec.sipStatus = status ? status : c->rec.sipStatus;
    c->rec.reason = reason;
    m_core.callEnded(c->channelKey, c->rec);
    notice(CallNotice{CallNotice::Kind::Ended, c->rec, c->channelKey, {}, {}, {}});
}

void CallEngine::tick(qint64 now)
{
    if (now - m_lastTick < 100)
        return;
    m_lastTick = now;
    QList<quint64> noAnswer, overdue;
    for (const auto &[id, c] : m_calls) {
        if (c->orq && c->ringDeadlineMs && now >= c->ringDeadlineMs)
            noAnswer << id;
        else if (c->answered && c->endDeadlineMs && now >= c->endDeadlineMs)
            overdue << id;
    }
    for (quint64 id : noAnswer) {
        const auto it = m_calls.find(id);
        if (it == m_calls.end())
            continue;
        Call &c = *it->second;
        const Target &t = c.targets[c.targetIndex];
        nta_outgoing_tcancel(c.orq, nullptr, nullptr, TAG_END());
        nta_outgoing_destroy(c.orq);
        c.orq = nullptr;
        c.lastFailure = 480;
        c.lastPhrase = "Temporarily Unavailable";
        c.lastReason = QCoreApplication::translate("CallEngine", "%1 did not answer within %2 s").arg(t.label).arg(t.timeoutSecs);
        tryNextTarget(c);
    }
    for (quint64 id : overdue)
        endCall(id, 0, m_core.cutoffReason(m_calls.count(id) ? m_calls.at(id)->rec.callId : QString()), true, true);
    for (auto it = m_recentRefusals.begin(); it != m_recentRefusals.end();)
        it = now - it.value() > 32000 ? m_recentRefusals.erase(it) : std::next(it);
}

void CallEngine::shutdown()
{
    QList<quint64> ids;
    for (const auto &[id, c] : m_calls)
        ids << id;
    for (quint64 id : ids)
        endCall(id, 0, QCoreApplication::translate("CallEngine", "the engine stopped"), true, true);
    if (tl_engine == this)
        tl_engine = nullptr;
}

} // namespace centrale::sip
