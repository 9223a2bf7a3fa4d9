#include "sip/CallEngine.h"
#include "calls/DestinationPolicy.h"
#include "calls/Sdp.h"
#include "sip/DigestClient.h"
#include "sip/EngineCore.h"
#include "sip/LegMessages.h"
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

constexpr int kT1Ms = 500, kT2Ms = 4000; // RFC 3261 timers

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
    return u.isSet() && u.addresses.contains(ip);
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
    call->offer = messageBody(sip);
    call->offerType = messageBodyType(sip);
    calls::Refusal refusal;

    if (isCarrier(ip)) {
        rec.direction = QStringLiteral("inbound");
        // The DID is in the Request-URI, unless the carrier sends to the contact the engine
        // registered (sip:username@engine): then it is in To.
        auto number = PhoneNumber::parse(user);
        auto route = number ? c.calls.dids.constFind(number->digits()) : c.calls.dids.constEnd();
        if (route == c.calls.dids.constEnd() && sip->sip_to->a_url->url_user) {
            const QString toUser = QString::fromUtf8(sip->sip_to->a_url->url_user);
            if (auto toNumber = PhoneNumber::parse(toUser); toNumber && c.calls.dids.contains(toNumber->digits())) {
                number = std::move(toNumber);
                route = c.calls.dids.constFind(number->digits());
                rec.dialled = toUser.left(64);
            }
        }
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
    if (!call->outbound)
        call->a.hop = dialogHop(call->a);
    nta_incoming_treply(irq, SIP_100_TRYING, TAG_END());
    Call &ref = *call;
    m_byCallId.insert(callId, {call->id, true});
    m_calls.emplace(call->id, std::move(call));
    m_core.stats().calls++;
    tryNextTarget(ref);
}

bool CallEngine::sendInvite(Call &c, Branch &br, const QByteArray &authorization)
{
    const Target &t = c.targets[br.targetIndex];
    Leg &b = br.leg;
    if (authorization.isEmpty()) {
        if (!b.callId.isEmpty())
            m_byCallId.remove(b.callId);
        b = Leg{};
        b.callId = randomToken() + "@centrale";
        b.localTag = randomToken();
        m_byCallId.insert(b.callId, {c.id, false});
    }
    b.agent = t.agent;
    b.hop = t.hop;
    b.remoteTarget = t.requestUri;
    b.remoteUri = '<' + t.toUri + '>';
    const QByteArray host = m_addresses[t.agent == m_agents[1] ? 1 : 0];
    if (c.privacy == "id")
        b.localUri = "\"Anonymous\" <sip:anonymous@anonymous.invalid>";
    else
        b.localUri = "<sip:" + c.fromUser + '@' + host + '>';
    b.inviteCseq = ++b.cseq;

    msg_t *m = nta_msg_create(t.agent, 0);
    sip_t *sip = sip_object(m);
    const QByteArray requestLine = "INVITE " + t.requestUri + " SIP/2.0";
    const QByteArray from = b.localUri + ";tag=" + b.localTag;
    const QByteArray cseq = QByteArray::number(b.cseq) + " INVITE";
    const QByteArray contact = contactFor(t.agent);
    if (sip_add_tl(m, sip, SIPTAG_REQUEST_STR(requestLine.constData()), SIPTAG_FROM_STR(from.constData()), SIPTAG_TO_STR(b.remoteUri.constData()),
                   SIPTAG_CALL_ID_STR(b.callId.constData()), SIPTAG_CSEQ_STR(cseq.constData()), SIPTAG_MAX_FORWARDS_STR("69"),
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
    br.orq = nta_outgoing_mcreate(t.agent, bCallback, idMagic<nta_outgoing_magic_t>(c.id), URL_STRING_MAKE(hop.constData()), m, TAG_END());
    return br.orq != nullptr;
}

void CallEngine::tryNextTarget(Call &c)
{
    c.finalInGroup = false;
    while (++c.targetIndex < c.targets.size()) {
        const Target &first = c.targets[c.targetIndex];
        if (first.kind == Target::Kind::Final)
            return answerA(c, first.finalStatus, first.finalPhrase, first.finalReason);
        // The target and the rest of its ring group, all at once.
        int last = c.targetIndex;
        while (first.group != 0 && last + 1 < c.targets.size() && c.targets[last + 1].group == first.group)
            ++last;
        for (int i = c.targetIndex; i <= last; ++i) {
            Branch br;
            br.targetIndex = i;
            if (sendInvite(c, br)) {
                c.branches.push_back(std::move(br));
            } else {
                m_byCallId.remove(br.leg.callId);
                c.lastFailure = 503;
                c.lastPhrase = "Service Unavailable";
                c.lastReason = QCoreApplication::translate("CallEngine", "could not send the call to %1").arg(c.targets[i].label);
            }
        }
        c.targetIndex = last;
        if (!c.branches.empty()) {
            c.rec.bLeg = c.targets[c.branches.front().targetIndex].label;
            c.ringDeadlineMs = first.timeoutSecs > 0 ? nowMs() + first.timeoutSecs * 1000LL : 0;
            return;
        }
    }
    if (c.lastFailure)
        return answerA(c, c.lastFailure, c.lastPhrase, c.lastReason);
    answerA(c, 480, "Temporarily Unavailable", QCoreApplication::translate("CallEngine", "nobody could take the call"));
}

Branch *CallEngine::findBranch(Call &c, nta_outgoing_t *orq)
{
    for (auto &br : c.branches)
        if (br.orq == orq)
            return &br;
    return nullptr;
}

void CallEngine::dropBranch(Call &c, nta_outgoing_t *orq, bool cancel)
{
    for (auto it = c.branches.begin(); it != c.branches.end(); ++it) {
        if (it->orq != orq)
            continue;
        if (cancel)
            nta_outgoing_tcancel(orq, nullptr, nullptr, TAG_END());
        nta_outgoing_destroy(orq);
        m_byCallId.remove(it->leg.callId);
        c.branches.erase(it);
        return;
    }
}

void CallEngine::cancelBranches(Call &c)
{
    while (!c.branches.empty())
        dropBranch(c, c.branches.back().orq, true);
}

void CallEngine::answerA(Call &c, int status, const QByteArray &phrase, const QString &reason)
{
    if (c.irq) {
        const QByteArray warning = warningValue(reason);
        nta_incoming_treply(c.irq, status, phrase.isEmpty() ? nullptr : phrase.constData(), SIPTAG_WARNING_STR(warning.constData()), TAG_END());
        nta_incoming_destroy(c.irq);
        c.irq = nullptr;
    }
    endCall(c.id, status, reason, false, false);
}

void CallEngine::answerWith2xx(Call &c, nta_incoming_t *irq, bool toA, int status, const sip_t *response)
{
    const Leg &leg = toA ? c.a : c.b;
    replyWithBody(irq, status, response->sip_status->st_phrase, contactFor(leg.agent), response);
    // nta (as a proxy-mode agent) sends a 2xx once; the retransmissions are ours.
    stopRetransmitting(c);
    PendingAnswer &p = c.answer;
    p.request = nta_incoming_getrequest(irq);
    p.toA = toA;
    p.status = status;
    p.phrase = response->sip_status->st_phrase;
    p.body = messageBody(response);
    p.type = messageBodyType(response);
    const qint64 now = nowMs();
    p.intervalMs = kT1Ms;
    p.retransmitAtMs = now + kT1Ms;
    p.deadlineMs = now + 64 * kT1Ms;
    nta_incoming_destroy(irq);
}

void CallEngine::retransmitAnswer(Call &c, qint64 now)
{
    PendingAnswer &p = c.answer;
    const Leg &leg = p.toA ? c.a : c.b;
    const QByteArray to = leg.localUri + ";tag=" + leg.localTag;
    const QByteArray contact = contactFor(leg.agent);
    const char *phrase = p.phrase.isEmpty() ? nullptr : p.phrase.constData();
    if (p.body.isEmpty())
        nta_msg_treply(leg.agent, msg_ref_create(p.request), p.status, phrase, SIPTAG_TO_STR(to.constData()), SIPTAG_CONTACT_STR(contact.constData()),
                       TAG_END());
    else
        nta_msg_treply(leg.agent, msg_ref_create(p.request), p.status, phrase, SIPTAG_TO_STR(to.constData()), SIPTAG_CONTACT_STR(contact.constData()),
                       SIPTAG_CONTENT_TYPE_STR(p.type.isEmpty() ? "application/sdp" : p.type.constData()), SIPTAG_PAYLOAD_STR(p.body.constData()),
                       TAG_END());
    p.intervalMs = qMin(2 * p.intervalMs, kT2Ms);
    p.retransmitAtMs = now + p.intervalMs;
}

void CallEngine::stopRetransmitting(Call &c)
{
    if (c.answer.request)
        msg_destroy(c.answer.request);
    c.answer = PendingAnswer{};
}

int CallEngine::onBResponse(quint64 id, nta_outgoing_t *orq, const sip_t *sip)
{
    const int status = sip && sip->sip_status ? sip->sip_status->st_status : nta_outgoing_status(orq);
    const auto it = m_calls.find(id);
    Branch *br = it == m_calls.end() ? nullptr : findBranch(*it->second, orq);
    if (!br) {
        if (status >= 200)
            nta_outgoing_destroy(orq); // an abandoned target answering late
        return 0;
    }
    Call &c = *it->second;
    const Target &t = c.targets[br->targetIndex];
    if (status < 200) {
        if (status == 100 || !c.irq)
            return 0;
        if (sip->sip_to && sip->sip_to->a_tag)
            br->leg.remoteTag = sip->sip_to->a_tag;
        replyWithBody(c.irq, status, sip->sip_status->st_phrase, contactFor(c.a.agent), sip);
        return 0;
    }
    if (status < 300) {
        // This branch is the B leg now; the rest of its group stops ringing.
        c.b = std::move(br->leg);
        c.rec.bLeg = t.label;
        const bool toCarrier = t.kind == Target::Kind::Carrier;
        c.branches.erase(c.branches.begin() + (br - c.branches.data()));
        nta_outgoing_destroy(orq);
        cancelBranches(c);
        c.b.remoteTag = sip->sip_to && sip->sip_to->a_tag ? QByteArray(sip->sip_to->a_tag) : QByteArray();
        if (sip->sip_contact)
            c.b.remoteTarget = urlBytes(sip->sip_contact->m_url);
        c.b.routes = routeSet(sip->sip_record_route, true);
        if (toCarrier)
            c.b.hop = dialogHop(c.b);
        c.answered = true;
        c.ringDeadlineMs = 0;
        c.rec.answeredMs = nowMs();
        c.rec.sipStatus = status;
        c.endDeadlineMs = m_core.callDeadline(c.channelKey, c.rec, cfg().calls.maxCallSecs);
        if (c.offer.isEmpty())
            c.bAckPending = true; // late offer: the answer comes in A's ACK
        else
            ackOnLeg(c.b, c.b.inviteCseq);
        if (c.irq) {
            answerWith2xx(c, c.irq, true, status, sip);
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
    const auto &u = cfg().calls.upstream;
    if (!challenge.isEmpty() && t.kind == Target::Kind::Carrier && !br->authTried && !u.username.isEmpty()) {
        nta_outgoing_destroy(orq);
        br->orq = nullptr;
        br->authTried = true;
        const QByteArray answer = answerChallenge(challenge, u.username, u.password, "INVITE", t.requestUri);
        if (!answer.isEmpty() && sendInvite(c, *br, answer))
            return 0;
        m_byCallId.remove(br->leg.callId);
        c.branches.erase(c.branches.begin() + (br - c.branches.data()));
    } else {
        dropBranch(c, orq, false);
    }
    branchFailed(c, status, phrase, QCoreApplication::translate("CallEngine", "%1 answered %2 %3").arg(t.label).arg(status).arg(QString::fromUtf8(phrase)));
    return 0;
}

void CallEngine::branchFailed(Call &c, int status, const QByteArray &phrase, const QString &reason)
{
    // Busy, not found and declined are the callee's answer: ringing someone else would
    // surprise the caller (and ring a person twice when both accounts reach one phone).
    // Within a ring group that answer outranks a device that could not be reached.
    const bool retry = status == 408 || status == 480 || status >= 500;
    if (!c.finalInGroup) {
        c.lastFailure = status;
        c.lastPhrase = phrase;
        c.lastReason = reason;
        c.finalInGroup = !retry;
    }
    if (!c.branches.empty())
        return; // the rest of the group still rings
    if (!c.finalInGroup && c.targetIndex + 1 < c.targets.size())
        tryNextTarget(c);
    else
        answerA(c, c.lastFailure, c.lastPhrase, c.lastReason);
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

void CallEngine::sendInDialog(Call &c, bool toA, const char *method)
{
    Leg &l = toA ? c.a : c.b;
    if (!l.agent || l.remoteTarget.isEmpty())
        return;
    sendOnLeg(l, legRequest(l, method, ++l.cseq, contactFor(l.agent))); // nta's default callback frees it
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
        if (c->answer.request && c->answer.toA == isA)
            stopRetransmitting(*c);
        if (isA && c->bAckPending) {
            c->bAckPending = false;
            ackOnLeg(c->b, c->b.inviteCseq, messageBody(sip), messageBodyType(sip));
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
    msg_t *m = legRequest(other, sip->sip_request->rq_method_name, ++other.cseq, contactFor(other.agent), messageBody(sip), messageBodyType(sip));
    nta_outgoing_t *orq = sendOnLeg(other, m, relayCallback, idMagic<nta_outgoing_magic_t>(c->id));
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
    if (invite && status < 300 && sip) {
        ackOnLeg(toB ? c.b : c.a, cseq); // we acknowledge the far side's 2xx; the near side's ACK then ends our retransmissions
        answerWith2xx(c, irq, toB, status, sip);
        return 0;
    }
    replyWithBody(irq, status, sip && sip->sip_status ? sip->sip_status->st_phrase : nullptr, contactFor(toB ? c.a.agent : c.b.agent), sip);
    nta_incoming_destroy(irq);
    return 0;
}

void CallEngine::onStrayResponse(nta_agent_t *agent, msg_t *msg, sip_t *sip)
{
    bool isA = false;
    Call *c = sip && sip->sip_call_id && sip->sip_cseq && sip->sip_status ? findByLegCallId(QByteArray(sip->sip_call_id->i_id), &isA) : nullptr;
    const bool invite2xx = sip && sip->sip_cseq && sip->sip_status && sip->sip_cseq->cs_method == sip_method_invite && sip->sip_status->st_status >= 200
                           && sip->sip_status->st_status < 300;
    if (c && !isA && c->answered && !c->bAckPending && invite2xx && sip->sip_cseq->cs_seq == c->b.inviteCseq && sip->sip_to && sip->sip_to->a_tag
        && c->b.remoteTag == sip->sip_to->a_tag) {
        ackOnLeg(c->b, c->b.inviteCseq); // our ACK was lost: the callee retransmits its 2xx
    } else if (invite2xx && !c) {
        // A ring-group branch answered after another had taken the call (or after the
        // caller gave up): ACK it and hang it up, or that phone would think it is in a call.
        if (nta_msg_ackbye(agent, msg) == 0)
            return;
    }
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
    cancelBranches(*c);
    if (c->irq) {
        nta_incoming_treply(c->irq, SIP_487_REQUEST_CANCELLED, TAG_END());
        nta_incoming_destroy(c->irq);
    }
    for (auto &[orq, irq] : c->relays) {
        nta_outgoing_destroy(orq);
        nta_incoming_treply(irq, SIP_481_NO_TRANSACTION, TAG_END());
        nta_incoming_destroy(irq);
    }
    stopRetransmitting(*c);
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
    QList<quint64> noAnswer, overdue, unacknowledged;
    for (const auto &[id, c] : m_calls) {
        if (c->answer.request && now >= c->answer.deadlineMs)
            unacknowledged << id;
        else if (c->answer.request && now >= c->answer.retransmitAtMs)
            retransmitAnswer(*c, now);
        if (!c->branches.empty() && c->ringDeadlineMs && now >= c->ringDeadlineMs)
            noAnswer << id;
        else if (c->answered && c->endDeadlineMs && now >= c->endDeadlineMs)
            overdue << id;
    }
    for (quint64 id : noAnswer) {
        const auto it = m_calls.find(id);
        if (it == m_calls.end())
            continue;
        Call &c = *it->second;
        const Target &t = c.targets[c.branches.front().targetIndex];
        cancelBranches(c);
        c.ringDeadlineMs = 0;
        branchFailed(c, 480, "Temporarily Unavailable", QCoreApplication::translate("CallEngine", "%1 did not answer within %2 s").arg(t.label).arg(t.timeoutSecs));
    }
    for (quint64 id : unacknowledged) {
        const bool caller = m_calls.at(id)->answer.toA;
        endCall(id, 0,
                caller ? QCoreApplication::translate("CallEngine", "the caller never acknowledged the answer (no ACK within 32 s)")
                       : QCoreApplication::translate("CallEngine", "the callee never acknowledged the answer to its re-INVITE (no ACK within 32 s)"),
                true, true);
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
