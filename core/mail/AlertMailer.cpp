#include "mail/AlertMailer.h"
#include "mail/SmtpClient.h"
#include "store/SettingsRepository.h"

#include <QPointer>
#include <QThreadPool>

namespace centrale {

AlertMailer::AlertMailer(Database &db, SecretStore *secrets, QObject *parent) : QObject(parent), m_db(db), m_secrets(secrets) {}

void AlertMailer::send(QStringList to, const QString &subject, const QString &body) { send(MailMessage{std::move(to), subject, body, {}}); }

void AlertMailer::send(MailMessage message)
{
    QStringList &to = message.to;
    const QString subject = message.subject;
    SettingsRepository settings(m_db);
    const QString server = settings.get(QLatin1String(settingkeys::kSmtpServer));
    if (to.isEmpty() && !settings.get(QLatin1String(settingkeys::kAlertTo)).isEmpty())
        to << settings.get(QLatin1String(settingkeys::kAlertTo));
    if (server.isEmpty() || to.isEmpty()) {
        emit finished(subject, false, tr("no SMTP server or recipient is set; mail \"%1\" not sent").arg(subject));
        return;
    }
    SmtpSettings smtp;
    const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
    smtp.host = colon > 0 ? server.left(colon) : server;
    smtp.port = colon > 0 ? server.mid(colon + 1).toInt() : 25;
    smtp.username = settings.get(QLatin1String(settingkeys::kSmtpUser));
    smtp.from = settings.get(QLatin1String(settingkeys::kSmtpFrom));
    if (smtp.from.isEmpty())
        smtp.from = QStringLiteral("centrale@localhost.localdomain"); // a sender is required; the setting names the real one
    if (!smtp.username.isEmpty() && m_secrets)
        if (auto pw = m_secrets->read(kSmtpPasswordKey))
            smtp.password = *pw;
    QPointer<AlertMailer> self(this);
    QThreadPool::globalInstance()->start([self, smtp, message] {
        const Status s = sendMail(smtp, message);
        if (self)
            QMetaObject::invokeMethod(self, [self, subject = message.subject, s] {
                if (self)
                    emit self->finished(subject, s.ok(), s.ok() ? QString() : s.message());
            }, Qt::QueuedConnection);
    });
}

} // namespace centrale
