// The ringing half of a call: INVITEs sent to a ring group as branches, their answers,
// the first 2xx taking the call, failures deciding whether the next group is tried.
#include "calls/Sdp.h"
#include "sip/CallEngine.h"
#include "sip/CallSupport.h"
#include "sip/DigestClient.h"
#include "sip/EngineCore.h"
#include "sip/LegMessages.h"
#include "sip/RequestBuilder.h"
#include "sip/SipText.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sofia-sip/sip_header.h>
#include <sofia-sip/nta_stateless.h>
#include <sofia-sip/sip_status.h>

namespace centrale::sip {

using namespace callsupport;

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
        m_core.traceLink(c.a.callId, b.callId); // the trace shows both legs as one call
    }
    b.agent = m_own[t.server];
    b.hop = t.hop;
    b.remoteTarget = t.requestUri;
    b.remoteUri = '<' + t.toUri + '>';
    const QByteArray host = m_addresses[t.server];
    // From stays the real number even with Privacy: id (the carrier hides it onward).
    b.localUri = "<sip:" + c.fromUser + '@' + host + '>';
    b.inviteCseq = ++b.cseq;

    RequestSpec r;
    r.method = "INVITE";
    r.requestUri = t.requestUri;
    r.from = b.localUri + ";tag=" + b.localTag;
    r.to = b.remoteUri;
    r.callId = b.callId;
    r.cseq = b.inviteCseq;
    r.contact = contactFor(b.agent, t.hop);
    r.maxForwards = 69;
    if (!c.offer.isEmpty()) {
        r.body = c.offerType == "application/sdp" ? calls::preferG711(c.offer) : c.offer;
        r.bodyType = c.offerType;
    }
    msg_t *m = buildRequest(b.agent, r);
    if (!m)
        return false;
    sip_t *sip = sip_object(m);
    sip_add_tl(m, sip, SIPTAG_ALLOW_STR("INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, UPDATE"), TAG_END());
    // PAI carries a number of ours towards the carrier: the caller's for its own calls, the
    // number that was called for a forward (with Diversion saying why it left us).
    if (t.kind == Target::Kind::Carrier && !t.didDigits.isEmpty()) {
        const QByteArray did = "<sip:+" + t.didDigits.toUtf8() + '@' + host + '>';
        const QByteArray headers = "P-Asserted-Identity: " + did + "\r\nDiversion: " + did + ";reason=" + t.diversionReason;
        sip_add_tl(m, sip, SIPTAG_HEADER_STR(headers.constData()), TAG_END());
    } else if (t.kind == Target::Kind::Carrier && !c.paiHeader.isEmpty()) {
        const QByteArray pai = "P-Asserted-Identity: " + c.paiHeader;
        sip_add_tl(m, sip, SIPTAG_HEADER_STR(pai.constData()), TAG_END());
    }
    if (!t.payerKey.isEmpty() && !cfg().clusterProxy.isEmpty()) {
        // Application server of a cluster: the node checks the payer's blocked prefixes (and removes this).
        const QByteArray payer = "X-Centrale-Payer: " + t.payerKey.toUtf8();
        sip_add_tl(m, sip, SIPTAG_HEADER_STR(payer.constData()), TAG_END());
    }
    if (!c.privacy.isEmpty())
        sip_add_tl(m, sip, SIPTAG_PRIVACY_STR(c.privacy.constData()), TAG_END());
    if (!authorization.isEmpty())
        sip_add_tl(m, sip, SIPTAG_PROXY_AUTHORIZATION_STR(authorization.constData()), TAG_END());
    const QByteArray hop = t.hop;
    // 100 Trying too: the transaction is let go at the first provisional answer of any kind.
    br.orq = nta_outgoing_mcreate(b.agent, bCallback, idMagic<nta_outgoing_magic_t>(c.id), URL_STRING_MAKE(hop.constData()), m, NTATAG_PASS_100(1),
                                  TAG_END());
    if (!br.orq)
        return false;
    const char *branch = nta_outgoing_branch(br.orq);
    br.viaBranch = branch ? QByteArray(branch) : QByteArray();
    return true;
}

void CallEngine::tryNextTarget(Call &c)
{
    c.finalInGroup = false;
    while (++c.targetIndex < c.targets.size()) {
        const Target &first = c.targets[c.targetIndex];
        if (first.kind == Target::Kind::Final)
            return answerA(c, first.finalStatus, first.finalPhrase, first.finalReason);
        if (first.kind == Target::Kind::Voicemail)
            return answerVoicemail(c, first);
        if (first.kind == Target::Kind::Notify) {
            notice(CallNotice::mail(first.mailTo,
                              QCoreApplication::translate("CallEngine", "Call for %1 from %2").arg(first.label, c.rec.caller),
                              QCoreApplication::translate("CallEngine", "Call plan %1 received a call on +%2 from %3 at %4.")
                                  .arg(first.label, first.didDigits, c.rec.caller, QDateTime::currentDateTime().toString(Qt::ISODate))));
            continue;
        }
        // The target and the rest of its ring group, all at once.
        int last = c.targetIndex;
        while (first.group != 0 && last + 1 < c.targets.size() && c.targets[last + 1].group == first.group)
            ++last;
        for (int i = c.targetIndex; i <= last; ++i) {
            Branch br;
            br.targetIndex = i;
            const Target &t = c.targets[i];
            if (!t.payerKey.isEmpty()) {
                // A forward is a call out like any other: the same gate, at the moment it is made.
                const auto payer = cfg().calls.policies.constFind(t.payerKey);
                const auto number = PhoneNumber::parse(QLatin1Char('+') + t.forwardDigits);
                calls::Refusal r;
                if (payer == cfg().calls.policies.constEnd() || !number)
                    r = {403, "Forbidden", QCoreApplication::translate("CallEngine", "nobody pays for this forward")};
                else
                    r = admitToCarrier(*payer, *number, nowMs());
                if (r.status) {
                    logRefusedForward(c, t, r);
                    continue;
                }
                br.channelKey = t.payerKey;
            }
            if (sendInvite(c, br)) {
                c.branches.push_back(std::move(br));
            } else {
                releaseChannel(br.channelKey);
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
        if (br.orq && br.orq == orq)
            return &br;
    return nullptr;
}

Branch *CallEngine::findBranch(Call &c, const QByteArray &legCallId)
{
    for (auto &br : c.branches)
        if (br.leg.callId == legCallId)
            return &br;
    return nullptr;
}

void CallEngine::dropBranch(Call &c, Branch &br, bool cancel)
{
    if (br.orq) {
        if (cancel)
            nta_outgoing_tcancel(br.orq, nullptr, nullptr, TAG_END());
        nta_outgoing_destroy(br.orq);
    } else if (cancel) {
        cancelLetGo(br);
    }
    m_byCallId.remove(br.leg.callId);
    releaseChannel(br.channelKey);
    c.branches.erase(c.branches.begin() + (&br - c.branches.data()));
}

void CallEngine::cancelBranches(Call &c)
{
    while (!c.branches.empty())
        dropBranch(c, c.branches.back(), true);
}

void CallEngine::cancelLetGo(const Branch &br)
{
    // RFC 3261 9.1: the INVITE's Request-URI, Call-ID, From, To (no tag), CSeq number and
    // Via branch. A transaction of its own, so it is retransmitted until answered.
    const Leg &l = br.leg;
    RequestSpec r;
    r.method = "CANCEL";
    r.requestUri = l.remoteTarget;
    r.from = l.localUri + ";tag=" + l.localTag;
    r.to = l.remoteUri;
    r.callId = l.callId;
    r.cseq = l.inviteCseq;
    const QByteArray hop = l.hop;
    if (msg_t *m = buildRequest(l.agent, r))
        if (!nta_outgoing_mcreate(l.agent, nullptr, nullptr, URL_STRING_MAKE(hop.constData()), m, NTATAG_BRANCH_KEY(br.viaBranch.constData()), TAG_END()))
            msg_destroy(m);
    rememberLetGo(br); // its 487 needs our ACK
}

void CallEngine::rememberLetGo(const Branch &br)
{
    if (!br.orq && !br.viaBranch.isEmpty())
        m_letGo.insert(br.leg.callId, LetGoInvite{br.leg, br.viaBranch, nowMs() + 64 * kT1Ms});
}

void CallEngine::ackFailure(const Leg &l, const QByteArray &viaBranch, const sip_t *response)
{
    // RFC 3261 17.1.1.3: hop by hop, on the INVITE's branch, To as in the answer.
    RequestSpec r;
    r.method = "ACK";
    r.requestUri = l.remoteTarget;
    r.from = l.localUri + ";tag=" + l.localTag;
    r.to = l.remoteUri + (response->sip_to && response->sip_to->a_tag ? ";tag=" + QByteArray(response->sip_to->a_tag) : QByteArray());
    r.callId = l.callId;
    r.cseq = l.inviteCseq;
    const QByteArray hop = l.hop;
    if (msg_t *m = buildRequest(l.agent, r))
        nta_msg_tsend(l.agent, m, URL_STRING_MAKE(hop.constData()), NTATAG_BRANCH_KEY(viaBranch.constData()), TAG_END());
}

int CallEngine::onBResponse(quint64 id, nta_outgoing_t *orq, const sip_t *sip)
{
    m_core.assertEngineThread("CallEngine::onBResponse");
    const int status = sip && sip->sip_status ? sip->sip_status->st_status : nta_outgoing_status(orq);
    const auto it = m_calls.find(id);
    Branch *br = it == m_calls.end() ? nullptr : findBranch(*it->second, orq);
    if (!br) {
        if (status >= 200)
            nta_outgoing_destroy(orq); // an abandoned target answering late
        return 0;
    }
    onBranchResponse(*it->second, *br, status, sip);
    return 0;
}

void CallEngine::onBranchResponse(Call &c, Branch &branch, int status, const sip_t *sip)
{
    Branch *br = &branch;
    nta_outgoing_t *orq = br->orq;
    const Target &t = c.targets[br->targetIndex];
    if (status < 200) {
        if (status > 100 && c.irq) {
            if (sip->sip_to && sip->sip_to->a_tag)
                br->leg.remoteTag = sip->sip_to->a_tag;
            replyWithBody(c.irq, status, sip->sip_status->st_phrase, contactFor(c.a),
                          relaySdp(c, false, false, messageBody(sip), uriHost(br->leg.hop)), messageBodyType(sip));
        }
        if (orq && !br->viaBranch.isEmpty()) {
            // Let the transaction go: after a provisional answer nta no longer retransmits
            // the INVITE, and destroying it now frees it at once (sip is freed with it).
            br->orq = nullptr;
            nta_outgoing_destroy(orq);
        }
        return;
    }
    if (!orq && status >= 300)
        ackFailure(br->leg, br->viaBranch, sip); // nta no longer does it for us
    if (status < 300) {
        // This branch is the B leg now; the rest of its group stops ringing.
        c.b = std::move(br->leg);
        c.rec.bLeg = t.label;
        const bool toCarrier = t.kind == Target::Kind::Carrier;
        if (!t.payerKey.isEmpty()) { // an answered forward: charged to its payer, its channel held until the end
            c.forwardChannelKey = std::exchange(br->channelKey, {});
            c.payerKey = t.payerKey;
            c.chargedDigits = t.forwardDigits;
        }
        c.branches.erase(c.branches.begin() + (br - c.branches.data()));
        if (orq)
            nta_outgoing_destroy(orq); // completed: nta keeps it (and sip) for timer D
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
        c.endDeadlineMs = m_core.callDeadline(c.payerKey, c.chargedDigits, c.rec, cfg().calls.maxCallSecs);
        if (c.offer.isEmpty())
            c.bAckPending = true; // late offer: the answer comes in A's ACK
        else
            ackOnLeg(c.b, c.b.inviteCseq);
        if (c.irq) {
            answerWith2xx(c, c.irq, true, status, sip, relaySdp(c, false, false, messageBody(sip), uriHost(c.b.hop)));
            c.irq = nullptr;
        }
        announceRecording(c);
        return;
    }
    const QByteArray phrase = sip && sip->sip_status ? QByteArray(sip->sip_status->st_phrase) : QByteArray();
    QByteArray challenge;
    if (sip && status == 407 && sip->sip_proxy_authenticate)
        challenge = authorizationValue(sip->sip_proxy_authenticate);
    else if (sip && status == 401 && sip->sip_www_authenticate)
        challenge = authorizationValue(sip->sip_www_authenticate);
    const auto &u = cfg().calls.upstream;
    if (!orq)
        rememberLetGo(*br); // a retransmission of this answer gets the ACK again
    if (!challenge.isEmpty() && t.kind == Target::Kind::Carrier && !br->authTried && !u.username.isEmpty()) {
        if (orq)
            nta_outgoing_destroy(orq);
        br->orq = nullptr;
        br->authTried = true;
        const QByteArray answer = answerChallenge(challenge, u.username, u.password, "INVITE", t.requestUri);
        if (!answer.isEmpty() && sendInvite(c, *br, answer))
            return;
        m_byCallId.remove(br->leg.callId);
        releaseChannel(br->channelKey);
        c.branches.erase(c.branches.begin() + (br - c.branches.data()));
    } else {
        dropBranch(c, *br, false);
    }
    branchFailed(c, status, phrase, QCoreApplication::translate("CallEngine", "%1 answered %2 %3").arg(t.label).arg(status).arg(QString::fromUtf8(phrase)));
}

void CallEngine::branchFailed(Call &c, int status, const QByteArray &phrase, const QString &reason)
{
    // Busy, not found and declined are the callee's answer: ringing someone else would
    // surprise the caller (and ring a person twice when both accounts reach one phone).
    // Within a ring group that answer outranks a device that could not be reached.
    // 6xx is a global answer (busy/declined everywhere): never tried elsewhere.
    const bool retry = status == 408 || status == 480 || (status >= 500 && status < 600);
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

} // namespace centrale::sip
