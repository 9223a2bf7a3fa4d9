#pragma once
// The call half of the engine: a signalling back-to-back user agent on nta. Each call
// has an A leg (the INVITE we received) and a B leg (the INVITE that was answered), each
// its own dialog with its own Call-ID and tags; SDP passes through (media flows end to end).
// Targets in one ring group (all registrations of an account, all phones of a ring step)
// ring at once as branches; the first to answer becomes the B leg, the others are cancelled.
// Everything here runs on the engine thread.
#include "calls/Admission.h"
#include "calls/CallPolicy.h"
#include "calls/CallRouter.h"
#include "calls/ChannelCounter.h"
#include "calls/NumberRules.h"
#include "domain/CallRecord.h"
#include "sip/EngineConfig.h"
#include "sip/MediaRelay.h"
#include "sip/VoicemailCall.h"
#include "sip/VoicemailMedia.h"

#include <sofia-sip/nta.h>
#include <sofia-sip/sip.h>

#include <QHash>
#include <array>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace centrale::sip {

class EngineCore;

struct CallNotice {
    enum class Kind { Ended, Notify, FraudBlocked, Log, Voicemail };
    Kind kind = Kind::Ended;
    CallRecord record;          // Ended
    QString policyKey;          // Ended: whose channels/limits it counted against; FraudBlocked: who is blocked
    QStringList to;             // Notify: call plan e-mail step (empty: the alerts address)
    QString subject, body;      // Notify, FraudBlocked (body: the reason), Log (body: the line)
    qint64 atMs = 0;            // FraudBlocked: when
    QString owner, kindKey;     // FraudBlocked: trunk/phone name, "calls" / "cost" / "burst"
    quint64 ackId = 0;          // Ended by a BYE: its 200 OK waits until the call-log row is committed
    int recordDays = 0;         // Ended: the relay recorded the call; keep it this many days
    VoicemailCall voicemail;    // Voicemail: the message to turn into a WAV and mail (record: the call)

    static CallNotice ended(CallRecord r, QString policyKey = {})
    {
        CallNotice n;
        n.record = std::move(r);
        n.policyKey = std::move(policyKey);
        return n;
    }
    static CallNotice log(QString line)
    {
        CallNotice n;
        n.kind = Kind::Log;
        n.body = std::move(line);
        return n;
    }
    static CallNotice mail(QStringList to, QString subject, QString body)
    {
        CallNotice n;
        n.kind = Kind::Notify;
        n.to = std::move(to);
        n.subject = std::move(subject);
        n.body = std::move(body);
        return n;
    }
};

struct Leg {
    QByteArray callId, localTag, remoteTag;
    QByteArray localUri, remoteUri; // name-addr without tag, as this leg's dialog has them
    QByteArray remoteTarget;        // Request-URI for requests inside the dialog
    QByteArray hop;                 // where the peer really is: "sip:ip:port;transport=udp"
    QByteArray routes;              // the dialog's route set, as Route header values
    nta_agent_t *agent = nullptr;
    quint32 cseq = 0;               // our last CSeq on this leg
    quint32 inviteCseq = 0;         // B leg: the CSeq of the current INVITE
};

using calls::Target;

// One INVITE sent while ringing: its own dialog-to-be and transaction. The transaction is
// let go at the first provisional answer (orq null from then on): sofia-sip would keep a
// completed client INVITE for a fixed 32 s (timer D) after the answer, the largest part of
// a call's memory. Its later answers arrive as stray responses, matched here by Call-ID;
// the CANCEL and the ACK of a failure are then ours, on the INVITE's Via branch.
struct Branch {
    Leg leg;
    nta_outgoing_t *orq = nullptr;
    QByteArray viaBranch;           // the INVITE's Via branch (without "branch=")
    int targetIndex = 0;
    bool authTried = false;
    QString channelKey;             // a forward holds a channel of its payer while it rings
};

// Our 2xx to an INVITE or re-INVITE is ours to retransmit until its ACK (RFC 3261
// 13.3.1.4): sent again statelessly from the request, T1 doubling to T2; with no ACK by
// 64*T1 the call ends.
struct PendingAnswer {
    msg_t *request = nullptr;       // the INVITE answered; null when nothing waits for an ACK
    bool toA = true;                // which leg the 2xx went to
    int status = 0;
    QByteArray phrase, body, type;
    qint64 retransmitAtMs = 0, deadlineMs = 0;
    int intervalMs = 0;
};

struct Call {
    quint64 id = 0;
    bool outbound = true;
    Leg a, b;
    nta_incoming_t *irq = nullptr;  // A's INVITE until it has a final answer
    std::vector<Branch> branches;   // B INVITEs ringing now (one ring group)
    QByteArray offer, offerType;    // A's SDP, re-sent to each target
    QByteArray fromUser, paiHeader, privacy;
    QList<Target> targets;
    int targetIndex = -1;           // the last target started
    qint64 ringDeadlineMs = 0, endDeadlineMs = 0;
    bool answered = false, ending = false;
    bool finalInGroup = false;      // a branch gave the callee's answer (486/404/603): no next group
    bool bAckPending = false;       // late offer: B's 2xx waits for A's ACK with the answer
    QByteArray bAckMsgRuri;
    QString channelKey;             // the policy whose channel this call holds
    QString forwardChannelKey;      // an answered forward: the payer's channel it holds
    QString payerKey, chargedDigits; // whose limits the answered carrier leg counts against, and the priced number
    int lastFailure = 0;
    QByteArray lastPhrase;
    QString lastReason;
    CallRecord rec;
    PendingAnswer answer;
    // Media through the relay: the session is keyed by A's Call-ID; each side's NAT state
    // tells the relay to trust the signalling source over the SDP's private address.
    bool media = false, aNated = false, bNated = false;
    QString aIp;
    int recordDays = 0;             // recorded through the relay (retention in days); 0 = not recorded
    bool announce = false;          // recorded, and both parties hear the announcement when answered
    // In-dialog requests relayed from one leg to the other: B-side transaction → A-side one.
    std::map<nta_outgoing_t *, nta_incoming_t *> relays;
    VoicemailCall voicemail;        // answered by a voicemail step (Voicemail.cpp)
};

class CallEngine {
public:
    explicit CallEngine(EngineCore &core);
    ~CallEngine();

    void setAgents(nta_agent_t *primary, nta_agent_t *secondary, QByteArray primaryAddress, QByteArray secondaryAddress);
    void setAddresses6(QByteArray primary, QByteArray secondary); // empty: no IPv6
    // With several workers: the agents on this worker's own ports that B legs are sent from,
    // so their answers and the callee's in-dialog requests come back to this worker. Without
    // this call the server agents send too (one worker).
    void setOwnAgents(nta_agent_t *primary, nta_agent_t *secondary, std::array<QByteArray, 2> addresses, std::array<QByteArray, 2> addresses6);
    // A request that belongs to calls (INVITE, ACK, BYE, CANCEL, or anything inside a dialog).
    void onRequest(nta_agent_t *agent, msg_t *msg, sip_t *sip, const QString &ip, int port, ServerRole server);
    // Responses nta matched to no transaction: retransmitted 2xx of a B leg need an ACK again.
    void onStrayResponse(nta_agent_t *agent, msg_t *msg, sip_t *sip);
    void tick(qint64 nowMs);
    void shutdown();
    int activeCalls() const { return int(m_calls.size()); }

    // nta callbacks
    int onBResponse(quint64 callId, nta_outgoing_t *orq, const sip_t *sip);
    int onACancel(quint64 callId, nta_incoming_t *irq, const sip_t *sip);
    int onRelayResponse(quint64 callId, nta_outgoing_t *orq, const sip_t *sip);

private:
    void handleInitialInvite(nta_agent_t *agent, msg_t *msg, sip_t *sip, const QString &ip, int port, ServerRole server);
    void handleInDialog(nta_agent_t *agent, msg_t *msg, sip_t *sip);
    bool isCarrier(const QString &ip) const;
    // What a new INVITE asks for, read from its headers.
    struct NewInvite {
        QString user;      // Request-URI user part
        QString toUser;    // To's: a carrier may send to the contact the engine registered
        QString fromUser;
        QString paiUser;   // P-Asserted-Identity's
        bool hideId = false; // Privacy: id
    };
    // Admission (CallAdmission.cpp): from the carrier to one of our DIDs, or from an
    // authenticated PBX or phone to the carrier. An admitted call holds its channel already.
    calls::Admission admitInbound(const NewInvite &in, CallRecord &rec);
    calls::Admission admitOutbound(const calls::CallPolicy &policy, const NewInvite &in, CallRecord &rec);
    // Outbound checks; on failure the request has been answered and logged.
    const calls::CallPolicy *authenticate(nta_agent_t *agent, msg_t *msg, sip_t *sip, const QString &ip, CallRecord &rec);
    void refuse(nta_agent_t *agent, msg_t *msg, const calls::Refusal &r, CallRecord rec);
    // What the router reads now: the snapshot, the registrar's contacts, our addresses (CallRouting.cpp).
    calls::RouteInputs routeInputs() const;
    // The one gate for every leg towards the carrier: fraud block, destination whitelist and
    // fraud-prone ranges, calls per second, price and limits, channels. On success the
    // payer's channel is taken; the caller releases it.
    calls::Refusal admitToCarrier(const calls::CallPolicy &payer, const PhoneNumber &number, qint64 nowMs);
    // A forward refused at the gate: logged as its own line, the call goes on to the next target.
    void logRefusedForward(Call &c, const Target &t, const calls::Refusal &r);
    void tryNextTarget(Call &c);
    bool sendInvite(Call &c, Branch &br, const QByteArray &authorization = {});
    Branch *findBranch(Call &c, nta_outgoing_t *orq);
    Branch *findBranch(Call &c, const QByteArray &legCallId);
    // A branch's answer, from its transaction or (once let go) as a stray response.
    void onBranchResponse(Call &c, Branch &br, int status, const sip_t *sip);
    void dropBranch(Call &c, Branch &br, bool cancel);
    void cancelBranches(Call &c);
    // A let-go INVITE: CANCEL it, and ACK its failure answers (also ones retransmitted after
    // the branch is gone: remembered for 32 s, the callee's timer H).
    void cancelLetGo(const Branch &br);
    void ackFailure(const Leg &leg, const QByteArray &viaBranch, const sip_t *response);
    void rememberLetGo(const Branch &br);
    void branchFailed(Call &c, int status, const QByteArray &phrase, const QString &reason);
    void answerA(Call &c, int status, const QByteArray &phrase, const QString &reason);
    // Answers irq (on leg A when toA, else B) with the far side's 2xx and keeps it for retransmission.
    // body: the SDP to send when the relay rewrote the response's.
    void answerWith2xx(Call &c, nta_incoming_t *irq, bool toA, int status, const sip_t *response, const QByteArray &body);
    void retransmitAnswer(Call &c, qint64 now);
    void stopRetransmitting(Call &c);
    void sendInDialog(Call &c, bool toA, const char *method);
    // Puts the call's media through the relay when the settings or a NATed party ask for it.
    void anchorMedia(Call &c);
    // Days the call's recording is kept under its trunk's or phone account's setting (else
    // the default); 0 = not recorded (CallRecording.cpp).
    int recordingDays(const Call &c) const;
    // Whether the parties of a recorded call hear "this call may be recorded" (same setting chain).
    bool recordingAnnounced(const Call &c) const;
    // Plays the announcement to both parties of an answered recorded call (CallRecording.cpp).
    void announceRecording(Call &c);
    // The path the relay should open for a prompt of ours (a copy in the shared folder for an
    // external relay).
    Result<QString> promptForRelay(const QString &path) const;
    // An SDP crossing from one side to the other through the relay; unchanged when the call's
    // media is end to end (or the relay failed: then it stays end to end from here on).
    QByteArray relaySdp(Call &c, bool fromA, bool isOffer, const QByteArray &sdp, const QString &sourceIp);
    void endCall(quint64 id, int status, const QString &reason, bool byeA, bool byeB, quint64 ackId = 0);
    Call *findByLegCallId(const QByteArray &callId, bool *isA);
    QByteArray contactFor(nta_agent_t *agent, const QByteArray &hop = {}) const;
    QByteArray contactFor(const Leg &leg) const { return contactFor(leg.agent, leg.hop); }
    const EngineConfig &cfg() const;
    void notice(CallNotice n);
    // Voicemail.cpp: the engine answers the caller, rtpengine plays the greeting and records;
    // at the end the message goes to SipEngine (off this thread) to become a WAV and a mail.
    void answerVoicemail(Call &c, const Target &t);
    void endVoicemail(Call &c);
    void releaseChannel(const QString &key);

    EngineCore &m_core;
    nta_agent_t *m_agents[2] = {nullptr, nullptr};
    QByteArray m_addresses[2];
    QByteArray m_addresses6[2]; // "[::1]:5060" when the engine also listens on IPv6
    nta_agent_t *m_own[2] = {nullptr, nullptr}; // what B legs go out from (the server agents with one worker)
    QByteArray m_ownAddresses[2], m_ownAddresses6[2];
    std::map<quint64, std::unique_ptr<Call>> m_calls;
    QHash<QByteArray, std::pair<quint64, bool>> m_byCallId; // leg Call-ID → (call, is A leg)
    QHash<QByteArray, qint64> m_recentRefusals;             // Call-ID → when: retransmissions are not logged twice
    struct LetGoInvite {
        Leg leg;
        QByteArray viaBranch;
        qint64 untilMs = 0;
    };
    QHash<QByteArray, LetGoInvite> m_letGo; // B Call-ID → a cancelled or failed let-go INVITE whose failure may come again
    MediaRelay m_media;
    VoicemailMedia m_voicemail;
    calls::CallRouter m_router;
    quint64 m_nextId = 1;
    qint64 m_lastTick = 0;
};

} // namespace centrale::sip
