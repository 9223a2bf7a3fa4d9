#pragma once
// What the engine tells the rest of the program about registrations: one event per
// change, delivered as queued Qt signals on the receiver's thread.
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace centrale {

enum class RegistrationState { Unregistered, Registered, Unreachable };
QString registrationStateKey(RegistrationState s); // "unregistered", "registered", "unreachable"

enum class RegistrationEventKind { Registered, Refreshed, Unregistered, Expired, Unreachable, Reachable, Blocked, Unblocked, AuthFailure, Flood };
QString registrationEventKey(RegistrationEventKind k);

struct AccountStatus {
    QString account;   // SIP username
    QString role;      // "primary", "secondary", "phone"
    QString owner;     // trunk name, or the phone account's number
    RegistrationState state = RegistrationState::Unregistered;
    QString contact;   // first current binding
    QString source;    // "ip:port" it registered from
    QString userAgent;
    QDateTime expires; // UTC; null when not registered
    int bindings = 0;
};

struct RegistrationEvent {
    RegistrationEventKind kind = RegistrationEventKind::Registered;
    AccountStatus status;  // the account's state after the event (empty account for Blocked)
    QString address;       // Blocked/Unblocked: the source address
    QDateTime at;
};

} // namespace centrale

Q_DECLARE_METATYPE(centrale::AccountStatus)
Q_DECLARE_METATYPE(centrale::RegistrationEvent)
