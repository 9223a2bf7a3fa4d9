#pragma once
// The engine's provisioning listeners (TFTP and HTTPS) wired to the service that decides
// and renders. Lives on the thread of the SipEngine that owns it; blocking decisions stay
// with the engine (gate in, suspicious sources out).
#include "provisioning/ProvisioningService.h"
#include <QObject>
#include <functional>
#include <memory>

namespace centrale::provisioning {

class TftpServer;
class HttpsProvisioningServer;

struct ProvisioningListen {
    QString tftp, https;            // "ADDR:PORT"; empty: off
    QString certificate, key;       // empty: self-signed in dataFolder
    QString dataFolder;
};

class ProvisioningServers : public QObject {
    Q_OBJECT
public:
    using Gate = std::function<bool(const QHostAddress &source)>;                    // false: blocked
    using Suspicious = std::function<void(const QHostAddress &source, const QString &reason)>; // counts like a failed login

    ProvisioningServers(Database &db, SecretStore *secrets, Gate gate, Suspicious suspicious, QObject *parent = nullptr);
    ~ProvisioningServers() override;

    // Starts what is configured; a server that cannot start is reported, the rest runs.
    QStringList start(const ProvisioningListen &listen);
    QStringList listening() const { return m_listening; }

signals:
    void logLine(const QString &line);

private:
    Answer handle(const Request &req);

    ProvisioningService m_service;
    Gate m_gate;
    Suspicious m_suspicious;
    std::unique_ptr<TftpServer> m_tftp;
    std::unique_ptr<HttpsProvisioningServer> m_https;
    QStringList m_listening;
};

} // namespace centrale::provisioning
