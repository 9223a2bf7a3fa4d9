#pragma once
// The seed's "testen connectiviteit" for one trunk or phone account: an OPTIONS to where its
// registration really comes from (with the round-trip time), the engine's own last qualify,
// NAT and SIP ALG signs in its last REGISTER and INVITE as received, and the advice and
// firewall openings that follow from them and from the current settings.
#include "diagnostics/NatCheck.h"
#include "store/Database.h"
#include <QJsonObject>

namespace centrale::diagnostics {

struct Probe {
    QString account;
    QString target;     // where the OPTIONS went
    bool answered = false;
    int status = 0;
    double rttMs = 0;
    qint64 atUs = 0;    // the engine's qualify: when it was sent
};

struct ConnectionReport {
    QString kind, name; // "trunk"/"phone", its name or number
    QStringList accounts;
    QStringList registeredFrom; // per account seen: "account: source (contact)"
    QList<Probe> probes;        // sent by this check
    QList<Probe> qualifies;     // the engine's last OPTIONS per account, from the trace
    bool sawRequest = false;    // some REGISTER or INVITE of the account is in the trace
    NatFindings findings;
    QStringList advice;         // translated, the seed's advice that applies
    QStringList firewall;       // what to open, from the settings

    QString text() const;       // plain language, for the console and the terminal
    QJsonObject toJson() const;
};

// kind "trunk" (name) or "phone" (E.164 number). probeTimeoutMs 0 = no active OPTIONS.
Result<ConnectionReport> checkConnection(Database &db, const QString &tracePath, const QString &kind, const QString &name, int probeTimeoutMs = 1500);

// One OPTIONS from an ephemeral port on fromIp to target ("ip:port"), Request-URI uri.
Probe sendOptions(const QString &fromIp, const QString &target, const QByteArray &uri, int timeoutMs);

} // namespace centrale::diagnostics
