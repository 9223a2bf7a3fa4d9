#pragma once
// Sends the engine's e-mails (limit warnings, registration alerts, call-plan steps)
// over SMTP on a pool thread, with the settings and password of the moment.
#include "mail/MailMessage.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include <QObject>

namespace centrale {

class AlertMailer : public QObject {
    Q_OBJECT
public:
    AlertMailer(Database &db, SecretStore *secrets, QObject *parent = nullptr);
    // Empty `to`: the alerts address from Settings. Nothing is sent when no SMTP server is set.
    void send(QStringList to, const QString &subject, const QString &body);
    // The same with a whole message (attachments: a voicemail's WAV).
    void send(MailMessage message);

signals:
    void finished(const QString &subject, bool ok, const QString &message);

private:
    Database &m_db;
    SecretStore *m_secrets;
};

} // namespace centrale
