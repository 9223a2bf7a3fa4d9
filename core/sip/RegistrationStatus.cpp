#include "sip/RegistrationStatus.h"

namespace centrale {

QString registrationStateKey(RegistrationState s)
{
    switch (s) {
    case RegistrationState::Unregistered: return QStringLiteral("unregistered");
    case RegistrationState::Registered: return QStringLiteral("registered");
    case RegistrationState::Unreachable: return QStringLiteral("unreachable");
    }
    return {};
}

QString registrationEventKey(RegistrationEventKind k)
{
    switch (k) {
    case RegistrationEventKind::Registered: return QStringLiteral("registered");
    case RegistrationEventKind::Refreshed: return QStringLiteral("refreshed");
    case RegistrationEventKind::Unregistered: return QStringLiteral("unregistered");
    case RegistrationEventKind::Expired: return QStringLiteral("expired");
    case RegistrationEventKind::Unreachable: return QStringLiteral("unreachable");
    case RegistrationEventKind::Reachable: return QStringLiteral("reachable");
    case RegistrationEventKind::Blocked: return QStringLiteral("blocked");
    case RegistrationEventKind::Unblocked: return QStringLiteral("unblocked");
    case RegistrationEventKind::AuthFailure: return QStringLiteral("auth-failure");
    case RegistrationEventKind::Flood: return QStringLiteral("flood");
    }
    return {};
}

} // namespace centrale
