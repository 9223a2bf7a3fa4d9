#pragma once
// Bindings of accounts to contacts, and what a REGISTER does to them. No SIP stack
// here: the engine parses, this decides, so it is testable on its own.
#include "sip/RegistrationStatus.h"
#include <QHash>
#include <QList>

namespace centrale::sip {

struct Binding {
    QString contact;   // the Contact URI as sent
    QString source;    // "ip:port"
    QString server;    // "primary" / "secondary"
    QString userAgent;
    QString callId;
    quint32 cseq = 0;
    qint64 expiresAt = 0; // epoch seconds
    bool reachable = true;
};

struct ContactRequest {
    QString contact; // "*" for all
    int expires = -1; // -1: not given on the contact
};

struct RegisterRequest {
    qint64 accountId = 0;
    QList<ContactRequest> contacts;
    int headerExpires = -1;
    QString source, server, userAgent, callId;
    quint32 cseq = 0;
};

struct RegisterOutcome {
    int status = 200;
    int minExpires = 0; // for 423
    QList<Binding> current;
    QList<std::pair<RegistrationEventKind, Binding>> events;
};

struct ExpiryLimits {
    int defaultSecs = 3600, minSecs = 60, maxSecs = 7200;
};

class Registrar {
public:
    RegisterOutcome apply(const RegisterRequest &req, const ExpiryLimits &limits, qint64 now);
    // Removes expired bindings; returns (accountId, binding) for each.
    QList<std::pair<qint64, Binding>> expire(qint64 now);
    QList<Binding> bindings(qint64 accountId) const { return m_bindings.value(accountId); }
    const QHash<qint64, QList<Binding>> &all() const { return m_bindings; }
    void restore(qint64 accountId, const Binding &b) { m_bindings[accountId].append(b); }
    // Qualify results; returns true when the reachability changed.
    bool setReachable(qint64 accountId, const QString &contact, bool reachable);
    void dropAccount(qint64 accountId) { m_bindings.remove(accountId); }

private:
    QHash<qint64, QList<Binding>> m_bindings;
};

} // namespace centrale::sip
