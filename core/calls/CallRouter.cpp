#include "calls/CallRouter.h"
#include "calls/NumberRules.h"
#include "calls/OpeningHours.h"

#include <QCoreApplication>

namespace centrale::calls {

namespace {

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

Target finalTarget(int status, QByteArray phrase, QString reason)
{
    Target t;
    t.kind = Target::Kind::Final;
    t.finalStatus = status;
    t.finalPhrase = std::move(phrase);
    t.finalReason = std::move(reason);
    return t;
}

Target forwardTarget(const Upstream &upstream, const QString &forwardDigits, const QString &didDigits, int timeoutSecs, const QString &label,
                     const QString &payerKey, const QByteArray &diversionReason)
{
    Target t = carrierTarget(upstream, forwardDigits, timeoutSecs, label);
    t.payerKey = payerKey;
    t.forwardDigits = forwardDigits;
    t.didDigits = didDigits;
    t.diversionReason = diversionReason;
    return t;
}

} // namespace

Target carrierTarget(const Upstream &u, const QString &e164Digits, int timeoutSecs, const QString &label)
{
    Target t;
    t.kind = Target::Kind::Carrier;
    const QByteArray hostPort = u.host.toUtf8() + ':' + QByteArray::number(u.port);
    t.requestUri = "sip:+" + e164Digits.toUtf8() + '@' + hostPort;
    t.toUri = "sip:+" + e164Digits.toUtf8() + '@' + u.host.toUtf8();
    t.hop = u.uri();
    t.server = 0;
    t.timeoutSecs = timeoutSecs;
    t.label = label;
    return t;
}

QList<Target> CallRouter::accountTargets(const RouteInputs &in, qint64 accountId, bool pbx, const QString &userPart, const QString &label, int timeoutSecs,
                                         const QString &policyKey, int group) const
{
    QList<Target> out;
    if (in.accountAtProxy) {
        const QByteArray user = in.accountAtProxy(accountId);
        if (user.isEmpty())
            return out;
        const auto &u = in.calls.upstream;
        Target t;
        t.kind = Target::Kind::Contact;
        t.requestUri = "sip:" + user + '@' + u.host.toUtf8() + ':' + QByteArray::number(u.port);
        t.hop = u.uri();
        t.toUri = "sip:" + userPart.toUtf8() + '@' + u.host.toUtf8();
        t.timeoutSecs = timeoutSecs;
        t.label = label;
        t.policyKey = policyKey;
        t.group = group;
        return {t};
    }
    for (const auto &b : in.registrations(accountId)) {
        if (!b.reachable)
            continue;
        Target t;
        t.kind = Target::Kind::Contact;
        const QByteArray contact = b.contact.toUtf8();
        t.requestUri = pbx ? withUser(contact, userPart.toUtf8()) : contact; // a phone is rung at its contact as it is
        t.hop = "sip:" + b.source.toUtf8() + ";transport=udp";
        t.server = b.secondary ? 1 : 0;
        t.toUri = "sip:" + userPart.toUtf8() + '@' + in.addresses[t.server];
        t.timeoutSecs = timeoutSecs;
        t.label = label;
        t.policyKey = policyKey;
        t.group = group;
        out << t;
    }
    return out;
}

QList<Target> CallRouter::inbound(const RouteInputs &in, const DidRoute &route, const QString &digits)
{
    const CallConfig &c = in.calls;
    switch (route.kind) {
    case DidKind::Trunk: {
        const auto &p = c.policies.value(route.policyKey);
        if (!route.inbound)
            return {finalTarget(404, "Not Found", QCoreApplication::translate("CallEngine", "inbound calls are off for +%1 on trunk %2").arg(digits, p.name))};
        const QString user = formatForPbx(digits, p.format);
        // The primary's registrations ring together, then the secondary's.
        QList<Target> out = accountTargets(in, p.primaryAccountId, true, user, QCoreApplication::translate("CallEngine", "%1 primary").arg(p.name), c.noAnswerSecs, p.key, m_nextGroup++);
        out += accountTargets(in, p.secondaryAccountId, true, user, QCoreApplication::translate("CallEngine", "%1 secondary").arg(p.name), c.noAnswerSecs, p.key, m_nextGroup++);
        if (p.failoverPlanId) // its forwards are the trunk's calls out: its whitelist, limits and channels
            out += planTargets(in, p.failoverPlanId, digits, 1, p.key, "unavailable");
        if (out.isEmpty())
            return {finalTarget(480, "Temporarily Unavailable", QCoreApplication::translate("CallEngine", "no account of trunk %1 is registered").arg(p.name))};
        return out;
    }
    case DidKind::Phone: {
        const auto &p = c.policies.value(route.policyKey);
        QList<Target> out = accountTargets(in, p.primaryAccountId, false, formatForPbx(digits, NumberFormat::NoPlus), p.name, 0, p.key, m_nextGroup++);
        if (out.isEmpty())
            return {finalTarget(480, "Temporarily Unavailable", QCoreApplication::translate("CallEngine", "phone %1 is not registered").arg(p.name))};
        return out;
    }
    case DidKind::CallPlan:
        return planTargets(in, route.planId, digits, 1, callPlanPolicyKey(route.planId), "unconditional");
    }
    return {};
}

QList<Target> CallRouter::planTargets(const RouteInputs &in, qint64 planId, const QString &digits, int depth, const QString &payerKey, const QByteArray &diversionReason)
{
    const CallConfig &c = in.calls;
    const auto planIt = c.plans.constFind(planId);
    QList<Target> out;
    if (planIt == c.plans.constEnd() || depth > 4)
        return out;
    const CallPlan &plan = *planIt;
    auto forward = [&](const PhoneNumber &n, int timeoutSecs) {
        return forwardTarget(c.upstream, n.digits(), digits, timeoutSecs, QCoreApplication::translate("CallEngine", "%1: forward to %2").arg(plan.name, n.e164()),
                             payerKey, diversionReason);
    };
    int i = 0;
    for (int guard = 0; i >= 0 && i < plan.steps.size() && guard < 64; ++guard) {
        const CallPlanStep &s = plan.steps[i];
        switch (s.kind) {
        case StepKind::RingPhones: {
            const int group = m_nextGroup++; // every phone of the step rings at once
            for (const auto &t : s.targets) {
                auto n = PhoneNumber::parse(t);
                if (!n)
                    continue;
                const QString key = c.phoneByNumber.value(n->digits());
                if (key.isEmpty()) {
                    // Not one of ours: an external number rings through the carrier, past the same gate.
                    if (c.upstream.isSet()) {
                        out << forward(*n, s.timeoutSeconds);
                        out.last().group = group;
                    }
                    continue;
                }
                const auto &p = c.policies.value(key);
                out += accountTargets(in, p.primaryAccountId, false, p.name, QCoreApplication::translate("CallEngine", "%1: phone %2").arg(plan.name, p.name), s.timeoutSeconds, key, group);
            }
            break;
        }
        case StepKind::Forward:
            for (const auto &t : s.targets)
                if (auto n = PhoneNumber::parse(t); n && c.upstream.isSet())
                    out << forward(*n, s.timeoutSeconds);
            break;
        case StepKind::Email: {
            // Sent when the call gets this far, not when the plan is read.
            Target t;
            t.kind = Target::Kind::Notify;
            t.mailTo = s.targets;
            t.label = plan.name;
            t.didDigits = digits;
            out << t;
            break;
        }
        case StepKind::Voicemail: {
            if (!in.voicemail) {
                out << finalTarget(480, "Temporarily Unavailable",
                                   in.relayRuns ? QCoreApplication::translate("CallEngine", "voicemail box %1 is unavailable: the media relay is external and media.recording_spool does not name its recording folder").arg(s.text)
                                                : QCoreApplication::translate("CallEngine", "voicemail box %1 is unavailable: it needs Centrale's own media relay (rtpengine), which is not running").arg(s.text));
                return out;
            }
            Target t;
            t.kind = Target::Kind::Voicemail;
            t.planId = planId;
            t.label = plan.name;
            t.box = s.text;
            t.mailTo = s.targets;
            t.didDigits = digits;
            out << t;
            return out;
        }
        case StepKind::OpeningHours:
            if (!openingHoursContain(s.text, in.now)) {
                if (s.elseStep < 0) {
                    out << finalTarget(480, "Temporarily Unavailable", QCoreApplication::translate("CallEngine", "%1 is closed (%2)").arg(plan.name, s.text));
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

} // namespace centrale::calls
