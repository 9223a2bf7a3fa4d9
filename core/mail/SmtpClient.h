#pragma once
// Sends one plain-text mail over SMTP (limit warnings, call-plan e-mail steps).
// Blocking with one overall timeout: call it from a worker thread, never the GUI thread.
#include "mail/MailMessage.h"
#include "util/Result.h"

namespace centrale {

struct SmtpSettings {
    QString host;
    int port = 25;     // 465 = TLS from the first byte; otherwise STARTTLS when offered
    QString username;  // empty: no AUTH
    QString password;  // never in any message or log
    QString from;
    int timeoutMs = 10000; // for the whole conversation
};

// EHLO (HELO fallback), STARTTLS when offered, AUTH PLAIN/LOGIN when a username is set,
// MAIL/RCPT/DATA. A failure names the step and the server's reply.
Status sendMail(const SmtpSettings &settings, const MailMessage &message);

} // namespace centrale
