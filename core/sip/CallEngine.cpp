// A call from its INVITE to its end: admission, the answers to the caller and their
// retransmission, requests relayed inside the dialog, timers. Ringing is in CallBranches.cpp.
#include "sip/CallEngine.h"
#include "sip/CallSupport.h"
#include "calls/DestinationPolicy.h"
#include "sip/EngineCore.h"
#include "sip/LegMessages.h"
#include "sip/SipText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QRegularExpression>

#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/nta_stateless.h>

namespace centrale::sip {

namespace {
thread_local CallEngine *tl_engine = nullptr; // nta callbacks run on the engine thread
} // namespace

namespace callsupport {

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }


int bCallback(nta_outgoing_magic_t *magic, nta_outgoing_t *orq, const sip_t *sip)
{
    return tl_engine ? tl_engine->onBResponse(magicId(magic), orq, sip) : 0;
}

} // namespace callsupport

using namespace callsupport;

namespace {

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

} // namespace

CallEngine::CallEngine(EngineCore &core) : m_core(core) {}

CallEngine::~CallEngine() { shutdown(); }

void CallEngine::setAddresses6(QByteArray primary, QByteArray secondary)
{
    m_addresses6[0] = std::move(primary);
    m_addresses6[1] = std::move(secondary);
}

void CallEngine::setAgents(nta_agent_t *primary, nta_agent_t *secondary, QByteArray primaryAddress, QByteArray secondaryAddress)
{
    tl_engine = this;
    m_agents[0] = m_own[0] = primary;
    m_agents[1] = m_own[1] = secondary;
    m_addresses[0] = m_ownAddresses[0] = std::move(primaryAddress);
    m_addresses[1] = m_ownAddresses[1] = std::move(secondaryAddress);
}

void CallEngine::setOwnAgents(nta_agent_t *primary, nta_agent_t *secondary, std::array<QByteArray, 2> addresses, std::array<QByteArray, 2> addresses6)
{
    m_own[0] = primary;
    m_own[1] = secondary;
    for (int i = 0; i < 2; ++i) {
        m_ownAddresses[i] = std::move(addresses[i]);
        m_ownAddresses6[i] = std::move(addresses6[i]);
    }
}

const EngineConfig &CallEngine::cfg() const { return *m_core.activeConfig(); }

QByteArray CallEngine::contactFor(nta_agent_t *agent, const QByteArray &hop) const
{
    // A peer reached over IPv6 gets our IPv6 address, or its requests would go to one it may not reach.
    // An agent on a worker's own port names that port, so the peer's requests come back to it.
    const bool own = agent && agent != m_agents[0] && agent != m_agents[1];
    const int i = agent == (own ? m_own[1] : m_agents[1]) ? 1 : 0;
    const QByteArray &v4 = own ? m_ownAddresses[i] : m_addresses[i];
    const QByteArray &v6 = own ? m_ownAddresses6[i] : m_addresses6[i];
    return "<sip:centrale@" + (hop.contains('[') && !v6.isEmpty() ? v6 : v4) + ">";
}

void CallEngine::notice(CallNotice n) { m_core.emitCallNotice(std::move(n)); }

void CallEngine::releaseChannel(const QString &key)
{
    if (!key.isEmpty())
        m_core.channels().with([&](calls::ChannelCounter &ch) { ch.release(key); });
}

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
    m_core.assertEngineThread("CallEngine::onRequest");
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
    CallRecord rec;
    rec.callId = QString::fromUtf8(callId);
    rec.startedMs = nowMs();
    rec.aLeg = hostPort(ip, port);
    const url_t *ruri = sip->sip_request->rq_url;
    const QString user = QString::fromUtf8(ruri->url_user ? ruri->url_user : "");
    rec.dialled = user.left(64);
    const QString fromUser = QString::fromUtf8(sip->sip_from->a_url->url_user ? sip->sip_from->a_url->url_user : "");
    rec.caller = fromUser.left(64);

    NewInvite invite{user, {}, fromUser, {}, false};
    if (sip->sip_to->a_url->url_user)
        invite.toUser = QString::fromUtf8(sip->sip_to->a_url->url_user);
    const bool inbound = isCarrier(ip);
    const calls::CallPolicy *policy = nullptr;
    if (!inbound) {
        rec.direction = QStringLiteral("outbound");
        policy = authenticate(agent, msg, sip, ip, rec);
        if (!policy)
            return; // answered: challenged or refused
        invite.paiUser = assertedUser(sip);
        if (const sip_privacy_t *priv = sip_privacy(sip); priv && priv->priv_values)
            for (int i = 0; priv->priv_values[i]; ++i)
                invite.hideId = invite.hideId || QByteArray(priv->priv_values[i]).toLower() == "id";
    }
    const calls::Admission admission = inbound ? admitInbound(invite, rec) : admitOutbound(*policy, invite, rec);
    if (!admission.isAdmitted())
        return refuse(agent, msg, admission.refusal(), rec);
    const calls::AdmittedCall &admitted = admission.call();
    auto call = std::make_unique<Call>();
    call->offer = messageBody(sip);
    call->offerType = messageBodyType(sip);
    call->outbound = admitted.outbound;
    call->channelKey = admitted.channelKey;
    call->payerKey = admitted.payerKey;
    call->chargedDigits = admitted.chargedDigits;
    call->fromUser = admitted.fromUser;
    call->paiHeader = admitted.paiHeader;
    call->privacy = admitted.privacy;
    call->targets = admitted.targets;

    // From here the call is stateful: nta answers retransmissions and CANCEL.
    nta_incoming_t *irq = nta_incoming_create(agent, nullptr, msg, sip, TAG_END());
    if (!irq) {
        releaseChannel(call->channelKey);
        return;
    }
    call->id = m_nextId++;
    call->irq = irq;
    call->rec = rec;
    call->aIp = ip;
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
    anchorMedia(ref);
    tryNextTarget(ref);
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

void CallEngine::answerWith2xx(Call &c, nta_incoming_t *irq, bool toA, int status, const sip_t *response, const QByteArray &body)
{
    const Leg &leg = toA ? c.a : c.b;
    replyWithBody(irq, status, response->sip_status->st_phrase, contactFor(leg), body, messageBodyType(response));
    // nta (as a proxy-mode agent) sends a 2xx once; the retransmissions are ours.
    stopRetransmitting(c);
    PendingAnswer &p = c.answer;
    p.request = nta_incoming_getrequest(irq);
    p.toA = toA;
    p.status = status;
    p.phrase = response->sip_status->st_phrase;
    p.body = body;
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
    const QByteArray contact = contactFor(leg);
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
    sendOnLeg(l, legRequest(l, method, ++l.cseq, contactFor(l))); // nta's default callback frees it
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
        // The 200 OK ends the call for the peer: it goes out once the call's log row (what is
        // billed) is committed.
        const quint64 ack = m_core.holdReply(agent, msg, SIP_200_OK);
        endCall(c->id, 0,
                isA ? QCoreApplication::translate("CallEngine", "the caller hung up") : QCoreApplication::translate("CallEngine", "the callee hung up"),
                !isA, isA, ack);
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
    QByteArray body = messageBody(sip);
    if (method == sip_method_invite)
        body = relaySdp(*c, isA, true, body, isA ? c->aIp : uriHost(c->b.hop));
    msg_t *m = legRequest(other, sip->sip_request->rq_method_name, ++other.cseq, contactFor(other), body, messageBodyType(sip));
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
        answerWith2xx(c, irq, toB, status, sip, relaySdp(c, !toB, false, messageBody(sip), toB ? uriHost(c.b.hop) : c.aIp));
        return 0;
    }
    replyWithBody(irq, status, sip && sip->sip_status ? sip->sip_status->st_phrase : nullptr, contactFor(toB ? c.a : c.b), sip);
    nta_incoming_destroy(irq);
    return 0;
}

void CallEngine::onStrayResponse(nta_agent_t *agent, msg_t *msg, sip_t *sip)
{
    m_core.assertEngineThread("CallEngine::onStrayResponse");
    bool isA = false;
    const QByteArray legCallId = sip && sip->sip_call_id ? QByteArray(sip->sip_call_id->i_id) : QByteArray();
    Call *c = sip && sip->sip_call_id && sip->sip_cseq && sip->sip_status ? findByLegCallId(legCallId, &isA) : nullptr;
    const bool invite = sip && sip->sip_cseq && sip->sip_status && sip->sip_cseq->cs_method == sip_method_invite;
    if (invite && c && !isA) {
        // A ringing branch whose transaction was let go at its first provisional answer.
        if (Branch *br = findBranch(*c, legCallId); br && !br->orq && sip->sip_cseq->cs_seq == br->leg.inviteCseq) {
            onBranchResponse(*c, *br, sip->sip_status->st_status, sip);
            nta_msg_discard(agent, msg);
            return;
        }
    }
    if (invite && sip->sip_status->st_status >= 300) {
        // A failure of a let-go INVITE again (our ACK was lost) or after our CANCEL: ACK it.
        if (const auto l = m_letGo.constFind(legCallId); l != m_letGo.constEnd() && sip->sip_cseq->cs_seq == l->leg.inviteCseq)
            ackFailure(l->leg, l->viaBranch, sip);
        nta_msg_discard(agent, msg);
        return;
    }
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

void CallEngine::endCall(quint64 id, int status, const QString &reason, bool byeA, bool byeB, quint64 ackId)
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
    if (c->voicemail.active)
        endVoicemail(*c);
    if (c->media)
        m_media.remove(c->a.callId);
    m_byCallId.remove(c->a.callId);
    if (!c->b.callId.isEmpty())
        m_byCallId.remove(c->b.callId);
    releaseChannel(c->channelKey);
    releaseChannel(c->forwardChannelKey);
    c->rec.endedMs = nowMs();
    if (!c->answered || status)
        c->rec.sipStatus = status ? status : c->rec.sipStatus;
    c->rec.reason = reason;
    m_core.callEnded(c->payerKey, c->chargedDigits, c->rec);
    CallNotice n = CallNotice::ended(c->rec, c->channelKey);
    n.ackId = ackId;
    n.recordDays = c->media && c->answered ? c->recordDays : 0;
    notice(std::move(n));
}

void CallEngine::tick(qint64 now)
{
    m_core.assertEngineThread("CallEngine::tick");
    if (now - m_lastTick < 100)
        return;
    m_lastTick = now;
    m_media.poll();
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
    for (quint64 id : overdue) {
        const Call &c = *m_calls.at(id);
        if (c.endDeadlineMs >= c.rec.answeredMs + qint64(cfg().calls.maxCallSecs) * 1000) // fair use, not an amount limit
            notice(CallNotice::mail({},
                              QCoreApplication::translate("CallEngine", "%1: a call was ended after the maximum call length").arg(c.rec.owner),
                              QCoreApplication::translate("CallEngine", "The call from %1 to %2 on %3 was ended after %4 s, the maximum call length (calls.max). "
                                                                        "A call that long is usually a line left open or misuse.")
                                  .arg(c.rec.caller, c.rec.callee, c.rec.owner)
                                  .arg(cfg().calls.maxCallSecs)));
        endCall(id, 0,
                c.voicemail.active ? QCoreApplication::translate("CallEngine", "voicemail: the message reached its longest length (voicemail.max_seconds)")
                                   : m_core.cutoffReason(c.rec.callId),
                true, true);
    }
    for (auto it = m_recentRefusals.begin(); it != m_recentRefusals.end();)
        it = now - it.value() > 32000 ? m_recentRefusals.erase(it) : std::next(it);
    for (auto it = m_letGo.begin(); it != m_letGo.end();)
        it = now >= it->untilMs ? m_letGo.erase(it) : std::next(it);
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
