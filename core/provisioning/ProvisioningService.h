#pragma once
// Decides who gets which phone configuration: the file name says which phone, the
// phone account's IP whitelist (or the provisioning.whitelist setting) says from where,
// and over HTTPS the device token must match too. Rendered on request, never stored.
#include "domain/IpNetwork.h"
#include "domain/PhoneAccount.h"
#include "provisioning/ProvisioningRenderer.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include <QHostAddress>

namespace centrale::provisioning {

struct Request {
    QString file;
    QHostAddress source;
    QString protocol = QStringLiteral("tftp"); // or "https"
    QString token;                             // https: from the URL
};

struct Answer {
    bool served = false;
    QByteArray content;
    QString mac;    // the phone it was for, when known
    QString reason; // refused: a short key for the log ("unknown-mac", "not-whitelisted", ...)
    bool suspicious = false; // counts towards blocking the source, like a failed login
};

class ProvisioningService {
    Q_DECLARE_TR_FUNCTIONS(ProvisioningService)
public:
    ProvisioningService(Database &db, SecretStore *secrets) : m_db(db), m_secrets(secrets) {}

    // Answers and logs one request.
    Answer answer(const Request &req);

    // What the phone with this MAC fetches, rendered; the password masked unless asked.
    Result<QList<std::pair<QString, QByteArray>>> renderAll(const QString &mac, bool includeSecrets);

    // A new HTTPS token for the phone (the old one stops working); its hash is stored.
    Result<QString> newToken(const QString &number);
    // https://HOST:PORT/p/TOKEN/ , the folder a phone is pointed at; empty when HTTPS is off.
    QString httpsBase(const QString &token);
    QString tftpBase(); // tftp://HOST:PORT/ ; empty when TFTP is off

    static QString hashToken(const QString &token);

private:
    Result<DeviceProfile> profile(const PhoneAccount &phone, bool includeSecrets);
    Answer decide(const Request &req);
    QString publicHost(const QString &listen);

    Database &m_db;
    SecretStore *m_secrets;
};

} // namespace centrale::provisioning
