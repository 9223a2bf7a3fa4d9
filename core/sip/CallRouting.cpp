// Where a call goes: the targets tried in turn (a ring group at once) for an inbound DID (a trunk's
// accounts, a phone, a call plan's steps) and the carrier for calls out.
#include "calls/NumberRules.h"
#include "calls/OpeningHours.h"
#include "sip/CallEngine.h"
#include "sip/EngineCore.h"

#include <QCoreApplication>

namespace centrale::sip {

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

} // namespace

QList<Target> CallEngine::accountTargets(qint64 accountId, const QString &userPart, const QString &label, int timeoutSecs, const QString &policyKey, int group)
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
        t.group = group;
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

Target CallEngine::forwardTarget(const QString &forwardDigits, const QString &didDigits, int timeoutSecs, const QString &label, const QString &payerKey,
                                 const QByteArray &diversionReason)
{
    Target t = carrierTarget(forwardDigits, timeoutSecs, label);
    t.payerKey = payerKey;
    t.forwardDigits = forwardDigits;
    t.didDigits = didDigits;
    t.diversionReason = diversionReason;
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
        // The primary's registrations ring together, then the secondary's.
        QList<Target> out = accountTargets(p.primaryAccountId, user, QCoreApplication::translate("CallEngine", "%1 primary").arg(p.name), c.calls.noAnswerSecs, p.key, m_nextGroup++);
        out += accountTargets(p.secondaryAccountId, user, QCoreApplication::translate("CallEngine", "%1 secondary").arg(p.name), c.calls.noAnswerSecs, p.key, m_nextGroup++);
        if (p.failoverPlanId) // its forwards are the trunk's calls out: its whitelist, limits and channels
            out += planTargets(p.failoverPlanId, digits, rec, depth + 1, p.key, "unavailable");
        if (out.isEmpty())
            return final(480, "Temporarily Unavailable", QCoreApplication::translate("CallEngine", "no account of trunk %1 is registered").arg(p.name));
        return out;
    }
    case calls::DidKind::Phone: {
        const auto &p = c.calls.policies.value(route.policyKey);
        QList<Target> out = accountTargets(p.primaryAccountId, calls::formatForPbx(digits, NumberFormat::NoPlus), p.name, 0, p.key, m_nextGroup++);
        if (out.isEmpty())
            return final(480, "Temporarily Unavailable", QCoreApplication::translate("CallEngine", "phone %1 is not registered").arg(p.name));
        return out;
    }
    case calls::DidKind::CallPlan:
        return planTargets(route.planId, digits, rec, depth + 1, calls::callPlanPolicyKey(route.planId), "unconditional");
    }
    return {};
}

QList<Target> CallEngine::planTargets(qint64 planId, const QString &digits, CallRecord &, int depth, const QString &payerKey,
                                      const QByteArray &diversionReason)
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
        case StepKind::RingPhones: {
            const int group = m_nextGroup++; // every phone of the step rings at once
            for (const auto &t : s.targets) {
                auto n = PhoneNumber::parse(t);
                if (!n)
                    continue;
                const QString key = c.calls.phoneByNumber.value(n->digits());
                if (key.isEmpty()) {
                    // Not one of ours: an external number rings through the carrier, past the same gate.
                    if (c.calls.upstream.isSet()) {
                        out << forwardTarget(n->digits(), digits, s.timeoutSeconds,
                                             QCoreApplication::translate("CallEngine", "%1: forward to %2").arg(plan.name, n->e164()), payerKey, diversionReason);
                        out.last().group = group;
                    }
                    continue;
                }
                const auto &p = c.calls.policies.value(key);
                out += accountTargets(p.primaryAccountId, p.name, QCoreApplication::translate("CallEngine", "%1: phone %2").arg(plan.name, p.name), s.timeoutSeconds, key, group);
            }
            break;
        }
        case StepKind::Forward:
            for (const auto &t : s.targets)
                if (auto n = PhoneNumber::parse(t); n && c.calls.upstream.isSet())
                    out << forwardTarget(n->digits(), digits, s.timeoutSeconds,
                                         QCoreApplication::translate("CallEngine", "%1: forward to %2").arg(plan.name, n->e164()), payerKey, diversionReason);
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
            Target t;
            if (c.voicemailGreetings.isEmpty() || c.mediaControl.isEmpty()) {
                t.kind = Target::Kind::Final;
                t.finalStatus = 480;
                t.finalPhrase = "Temporarily Unavailable";
                t.finalReason = c.mediaControl.isEmpty() ? QCoreApplication::translate("CallEngine", "voicemail box %1 is unavailable: it needs Centrale's own media relay (rtpengine), which is not running").arg(s.text)
                                                     : QCoreApplication::translate("CallEngine", "voicemail box %1 is unavailable: the media relay is external and media.recording_spool does not name its recording folder").arg(s.text);
            } else {
                t.kind = Target::Kind::Voicemail;
                t.planId = planId;
                t.label = plan.name;
                t.box = s.text;
                t.mailTo = s.targets;
                t.didDigits = digits;
            }
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

} // namespace centrale::sip
