#include "sip/Registrar.h"

namespace centrale::sip {

RegisterOutcome Registrar::apply(const RegisterRequest &req, const ExpiryLimits &limits, qint64 now)
{
    RegisterOutcome out;
    auto &list = m_bindings[req.accountId];

    // "Contact: *" is only valid alone and with Expires: 0 (RFC 3261 10.2.2).
    const bool wildcard = req.contacts.size() == 1 && req.contacts.first().contact == QLatin1String("*");
    if (wildcard) {
        if (req.headerExpires != 0) {
            out.status = 400;
            return out;
        }
        for (const auto &b : list)
            out.events.append({RegistrationEventKind::Unregistered, b});
        list.clear();
        return out;
    }

    // First check every contact's expiry so that a 423 changes nothing.
    QList<int> expiries;
    for (const auto &c : req.contacts) {
        int e = c.expires >= 0 ? c.expires : (req.headerExpires >= 0 ? req.headerExpires : limits.defaultSecs);
        if (e > 0 && e < limits.minSecs) {
            out.status = 423;
            out.minExpires = limits.minSecs;
            return out;
        }
        expiries << std::min(e, limits.maxSecs);
    }
    for (int i = 0; i < req.contacts.size(); ++i) {
        const QString &uri = req.contacts[i].contact;
        auto it = std::find_if(list.begin(), list.end(), [&](const Binding &b) { return b.contact == uri; });
        // An older CSeq within the same Call-ID is a reordered retransmission: ignore it.
        if (it != list.end() && it->callId == req.callId && req.cseq < it->cseq)
            continue;
        if (expiries[i] == 0) {
            if (it != list.end()) {
                out.events.append({RegistrationEventKind::Unregistered, *it});
                list.erase(it);
            }
            continue;
        }
        Binding b{uri, req.source, req.server, req.userAgent, req.callId, req.cseq, now + expiries[i], true};
        if (it != list.end()) {
            const bool changed = it->source != b.source || !it->reachable;
            *it = b;
            out.events.append({changed ? RegistrationEventKind::Registered : RegistrationEventKind::Refreshed, b});
        } else {
            list.append(b);
            out.events.append({RegistrationEventKind::Registered, b});
        }
    }
    out.current = list;
    return out;
}

QList<std::pair<qint64, Binding>> Registrar::expire(qint64 now)
{
    QList<std::pair<qint64, Binding>> gone;
    for (auto it = m_bindings.begin(); it != m_bindings.end(); ++it) {
        auto &list = it.value();
        for (auto b = list.begin(); b != list.end();) {
            if (b->expiresAt <= now) {
                gone.append({it.key(), *b});
                b = list.erase(b);
            } else {
                ++b;
            }
        }
    }
    return gone;
}

bool Registrar::setReachable(qint64 accountId, const QString &contact, bool reachable)
{
    for (auto &b : m_bindings[accountId])
        if (b.contact == contact && b.reachable != reachable) {
            b.reachable = reachable;
            return true;
        }
    return false;
}

} // namespace centrale::sip
