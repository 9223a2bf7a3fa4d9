// Admission of new calls: from the carrier to one of our DIDs, and from PBXs and phones (the
// digest challenge, the account's IP whitelist, caller ID, the gate to the carrier); each
// decision is an Admission value. Refusals are answered statelessly and logged once per Call-ID.
#include "calls/DestinationPolicy.h"
#include "sip/CallEngine.h"
#include "sip/EngineCore.h"
#include "sip/LegMessages.h"
#include "sip/SipText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>

#include <sofia-sip/nta_stateless.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>

namespace centrale::sip {

void CallEngine::refuse(nta_agent_t *agent, msg_t *msg, const calls::Refusal &r, CallRecord rec)
{
    const QByteArray warning = warningValue(r.reason);
    const sip_t *sip = sip_object(msg);
    const QByteArray callId = sip && sip->sip_call_id ? QByteArray(sip->sip_call_id->i_id) : QByteArray();
    nta_msg_treply(agent, msg, r.status, r.phrase.constData(), SIPTAG_WARNING_STR(warning.constData()), TAG_END());
    // A retransmitted INVITE gets the same answer but is one call in the log.
    if (!callId.isEmpty() && m_recentRefusals.contains(callId))
        return;
    m_recentRefusals.insert(callId, QDateTime::currentMSecsSinceEpoch());
    rec.endedMs = QDateTime::currentMSecsSinceEpoch();
    rec.sipStatus = r.status;
    rec.reason = r.logText.isEmpty() ? r.reason : r.logText;
    notice(CallNotice::ended(rec));
}

calls::Admission CallEngine::admitInbound(const NewInvite &in, CallRecord &rec)
{
    const EngineConfig &c = cfg();
    rec.direction = QStringLiteral("inbound");
    // The DID is in the Request-URI, unless the carrier sends to the contact the engine
    // registered (sip:username@engine): then it is in To.
    auto number = PhoneNumber::parse(in.user);
    auto route = number ? c.calls.dids.constFind(number->digits()) : c.calls.dids.constEnd();
    if (route == c.calls.dids.constEnd() && !in.toUser.isEmpty()) {
        if (auto toNumber = PhoneNumber::parse(in.toUser); toNumber && c.calls.dids.contains(toNumber->digits())) {
            number = std::move(toNumber);
            route = c.calls.dids.constFind(number->digits());
            rec.dialled = in.toUser.left(64);
        }
    }
    if (route == c.calls.dids.constEnd())
        return calls::Admission::refused({404, "Not Found", QCoreApplication::translate("CallEngine", "number %1 is not in service").arg(rec.dialled)});
    rec.callee = number->e164();
    if (auto from = PhoneNumber::parse(in.fromUser))
        rec.caller = from->e164();
    calls::AdmittedCall call;
    call.outbound = false;
    call.fromUser = rec.caller.toUtf8();
    if (!route->policyKey.isEmpty()) {
        const auto &p = c.calls.policies.value(route->policyKey);
        rec.owner = p.name;
        rec.accountRole = p.isTrunk ? QStringLiteral("trunk") : QStringLiteral("phone");
        if (!m_core.channels().with([&](calls::ChannelCounter &ch) { return ch.tryAcquire(p.key, p.channels); }))
            return calls::Admission::refused(
                {503, "Service Unavailable", QCoreApplication::translate("CallEngine", "all %1 channels of %2 are busy").arg(p.channels).arg(p.name)});
        call.channelKey = p.key;
    } else if (const auto plan = c.calls.plans.constFind(route->planId); plan != c.calls.plans.constEnd()) {
        rec.owner = plan->name;
        rec.accountRole = QStringLiteral("callplan");
    }
    call.targets = m_router.inbound(routeInputs(), *route, number->digits());
    return calls::Admission::admitted(std::move(call));
}

calls::Admission CallEngine::admitOutbound(const calls::CallPolicy &policy, const NewInvite &in, CallRecord &rec)
{
    calls::Refusal refusal;
    const QString callerId = calls::checkCallerId(policy, in.paiUser, in.fromUser, &refusal);
    if (callerId.isEmpty())
        return calls::Admission::refused(refusal);
    rec.caller = QLatin1Char('+') + callerId;
    auto number = calls::normaliseDialled(in.user, &refusal);
    if (!number)
        return calls::Admission::refused(refusal);
    rec.callee = number->e164();
    if (auto r = admitToCarrier(policy, *number, rec.startedMs); r.status)
        return calls::Admission::refused(r);
    calls::AdmittedCall call;
    call.channelKey = policy.key;
    call.payerKey = policy.key;
    call.chargedDigits = number->digits();
    call.fromUser = rec.caller.toUtf8();
    call.paiHeader = "<sip:" + rec.caller.toUtf8() + '@' + m_addresses[0] + '>';
    if (in.hideId)
        call.privacy = "id";
    call.targets = {calls::carrierTarget(cfg().calls.upstream, number->digits(), 0, QCoreApplication::translate("CallEngine", "carrier %1").arg(rec.callee))};
    return calls::Admission::admitted(std::move(call));
}

const calls::CallPolicy *CallEngine::authenticate(nta_agent_t *agent, msg_t *msg, sip_t *sip, const QString &ip, CallRecord &rec)
{
    const EngineConfig &c = cfg();
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000;
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
    m_core.blocker().with([&](FailureBlocker &b) { b.recordSuccess(ip); });
    const auto it = c.calls.policies.constFind(c.accountPolicy.value(account->id));
    if (it == c.calls.policies.constEnd()) {
        refuse(agent, msg, {403, "Forbidden", QCoreApplication::translate("CallEngine", "account %1 belongs to no trunk or phone account").arg(rec.account)}, rec);
        return nullptr;
    }
    return &*it;
}

calls::Refusal CallEngine::admitToCarrier(const calls::CallPolicy &payer, const PhoneNumber &number, qint64 nowMs)
{
    if (auto r = m_core.fraudRefusal(payer); r.status)
        return r;
    const auto verdict = calls::checkDestination(payer.destinations, number);
    if (!verdict.allowed)
        return {403, "Forbidden", verdict.reason};
    if (!cfg().calls.upstream.isSet())
        return {503, "Service Unavailable", QCoreApplication::translate("CallEngine", "no upstream carrier is configured")};
    if (!m_core.channels().with([&](calls::ChannelCounter &ch) { return ch.admitRate(payer.key, payer.callsPerSecond, nowMs); }))
        return {503, "Service Unavailable", QCoreApplication::translate("CallEngine", "more than %1 new calls per second for %2").arg(payer.callsPerSecond).arg(payer.name)};
    if (!m_core.channels().with([&](calls::ChannelCounter &ch) { return ch.tryAcquire(payer.key, payer.channels); }))
        return {503, "Service Unavailable", QCoreApplication::translate("CallEngine", "all %1 channels of %2 are busy").arg(payer.channels).arg(payer.name)};
    // Price, limits and the fraud detector come last: they count the call as started.
    if (auto r = m_core.checkLimits(payer, number, nowMs); r.status) {
        releaseChannel(payer.key);
        return r;
    }
    return {};
}

void CallEngine::logRefusedForward(Call &c, const Target &t, const calls::Refusal &r)
{
    CallRecord rec;
    rec.callId = c.rec.callId + QStringLiteral(";forward");
    rec.direction = QStringLiteral("outbound");
    rec.accountRole = QStringLiteral("forward");
    rec.owner = cfg().calls.policies.value(t.payerKey).name;
    rec.caller = QLatin1Char('+') + t.didDigits;
    rec.callee = QLatin1Char('+') + t.forwardDigits;
    rec.dialled = t.forwardDigits;
    rec.aLeg = c.rec.aLeg;
    rec.bLeg = t.label;
    rec.startedMs = rec.endedMs = QDateTime::currentMSecsSinceEpoch();
    rec.sipStatus = r.status;
    rec.reason = QCoreApplication::translate("CallEngine", "%1 refused: %2").arg(t.label, r.reason);
    notice(CallNotice::ended(rec));
    c.lastFailure = r.status;
    c.lastPhrase = r.phrase;
    c.lastReason = rec.reason;
}

} // namespace centrale::sip
