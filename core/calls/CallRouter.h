#pragma once
// Where a call goes: configuration and registrations in, the targets tried in turn out (a ring
// group at once) for an inbound DID (a trunk's accounts, a phone, a call plan's steps) and the
// carrier for calls out. Pure: no SIP stack, the registrations and the clock passed in.
#include "calls/CallPolicy.h"

#include <QDateTime>
#include <functional>

namespace centrale::calls {

struct Target {
    // Notify: a call plan's e-mail step, sent when the plan gets that far, then on to the next.
    // Voicemail: the engine answers and records (label: the plan, mailTo: the step's addresses).
    enum class Kind { Contact, Carrier, Final, Notify, Voicemail } kind = Kind::Contact;
    QByteArray requestUri, hop, toUri;
    int server = 0;                 // which of the engine's sockets it leaves by: 0 primary, 1 secondary
    int timeoutSecs = 0;            // 0 = ring until the caller gives up
    int group = 0;                  // targets with one non-zero group ring together
    QString label;                  // for the log: "primary 31508200000" / "carrier +3120…"
    QString policyKey;              // channels/limits the leg takes (inbound to a trunk or phone)
    int finalStatus = 0;            // Final: answer the caller with this
    QByteArray finalPhrase;
    QString finalReason;
    // Carrier legs that forward an inbound call (call plan, failover): who pays and what
    // the carrier sees. Empty payerKey: the caller's own outbound call, admitted already.
    QString payerKey;
    QString forwardDigits;          // E.164 digits dialled at the carrier
    QString didDigits;              // the number that was called: P-Asserted-Identity and Diversion
    QByteArray diversionReason;     // "unconditional" (call plan) or "unavailable" (trunk failover)
    QStringList mailTo;             // Notify
    QString subject, body;          // Notify
    qint64 planId = 0;              // Voicemail
    QString box;                    // Voicemail: the step's box name
};

// One registered contact of an account, as the registrar holds it.
struct RegisteredContact {
    QString contact;        // the Contact URI as sent
    QString source;         // "ip:port", where its requests came from
    bool secondary = false; // registered at the secondary server address
    bool reachable = true;
};

// What routing reads: the snapshot's call configuration and the registrations of now.
struct RouteInputs {
    const CallConfig &calls;
    std::function<QList<RegisteredContact>(qint64 accountId)> registrations;
    QByteArray addresses[2];      // the engine's primary and secondary "ip:port", for To
    bool voicemail = false;       // the media relay and the greetings are there
    QDateTime now;                // for opening hours
    bool relayRuns = false;       // a relay answers (without voicemail: an external one whose recording folder is not set)
    // Application server of a cluster: the accounts register at the nodes, so an account is
    // rung with one INVITE to the node (the upstream), which finds its registrations in
    // location. Gives the account's username; unset: ring the registrar's contacts.
    std::function<QByteArray(qint64 accountId)> accountAtProxy;
};

// The one leg of a call towards the carrier (a call out, or a forward).
Target carrierTarget(const Upstream &upstream, const QString &e164Digits, int timeoutSecs, const QString &label);

class CallRouter {
public:
    // The targets for a call to one of our DIDs; a single Final target when nobody can take it.
    QList<Target> inbound(const RouteInputs &in, const DidRoute &route, const QString &digits);

private:
    QList<Target> planTargets(const RouteInputs &in, qint64 planId, const QString &digits, int depth, const QString &payerKey, const QByteArray &diversionReason);
    QList<Target> accountTargets(const RouteInputs &in, qint64 accountId, bool pbx, const QString &userPart, const QString &label, int timeoutSecs,
                                 const QString &policyKey, int group) const;

    int m_nextGroup = 1; // ring groups are numbered across calls
};

} // namespace centrale::calls
