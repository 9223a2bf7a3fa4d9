#include "mail/SmtpClient.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSslSocket>

namespace centrale {

namespace {

struct Reply {
    int code = 0;
    QStringList lines; // without the code
    QStringList keywords() const; // EHLO extensions, upper case
};

QStringList Reply::keywords() const
{
    QStringList out;
    for (qsizetype i = 1; i < lines.size(); ++i) // the first line is the greeting text
        out << lines[i].trimmed().toUpper();
    return out;
}

// One SMTP conversation on one socket, bounded by one deadline.
class Session {
    Q_DECLARE_TR_FUNCTIONS(SmtpClient)
public:
    explicit Session(const SmtpSettings &s) : m_s(s), m_deadline(s.timeoutMs) {}
    Status run(const MailMessage &message);

private:
    Status connect();
    Status hello(Reply *ehlo);
    Status startTls(Reply *ehlo);
    Status login(const Reply &ehlo);
    Status send(const QByteArray &bytes);
    Result<Reply> readReply();
    Result<Reply> command(const QByteArray &line);
    // The server's reply as one line: "550 5.1.1 No such user".
    QString text(const Reply &r) const;
    // Nothing a server echoes may carry the password (some echo a bad AUTH line).
    QString scrub(QString message) const;
    int left() const { return int(std::max<qint64>(0, m_deadline.remainingTime())); }
    Status timedOut(const QString &step) const;
    QString server() const { return m_s.host + QLatin1Char(':') + QString::number(m_s.port); }

    const SmtpSettings &m_s;
    QDeadlineTimer m_deadline;
    QSslSocket m_socket;
};

QString Session::text(const Reply &r) const
{
    return scrub(QString::number(r.code) + QLatin1Char(' ') + r.lines.join(QLatin1Char(' ')).simplified());
}

QString Session::scrub(QString message) const
{
    if (m_s.password.isEmpty())
        return message;
    const QString hidden = QStringLiteral("***");
    const QByteArray plain = QByteArray(1, '\0') + m_s.username.toUtf8() + QByteArray(1, '\0') + m_s.password.toUtf8();
    for (const QByteArray &secret : {plain.toBase64(), m_s.password.toUtf8().toBase64()})
        message.replace(QString::fromLatin1(secret), hidden);
    return message.replace(m_s.password, hidden);
}

Status Session::timedOut(const QString &step) const
{
    return Status::fail(tr("SMTP server %1 did not answer within %2 seconds (%3).").arg(server(), QString::number((m_s.timeoutMs + 999) / 1000), step));
}

Status Session::connect()
{
    // Port 465 speaks TLS from the first byte (RFC 8314); the others may offer STARTTLS.
    if (m_s.port == 465)
        m_socket.connectToHostEncrypted(m_s.host, quint16(m_s.port));
    else
        m_socket.connectToHost(m_s.host, quint16(m_s.port));
    if (!m_socket.waitForConnected(left())) {
        if (m_socket.error() == QAbstractSocket::SocketTimeoutError || m_deadline.hasExpired())
            return timedOut(tr("connecting"));
        return Status::fail(tr("Cannot connect to SMTP server %1: %2").arg(server(), m_socket.errorString()));
    }
    if (m_s.port == 465 && !m_socket.waitForEncrypted(left()))
        return Status::fail(tr("TLS with SMTP server %1 failed: %2").arg(server(), m_socket.errorString()));
    return {};
}

Status Session::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    while (m_socket.bytesToWrite() > 0)
        if (!m_socket.waitForBytesWritten(left()))
            return m_deadline.hasExpired() ? timedOut(tr("sending"))
                                           : Status::fail(tr("SMTP server %1 closed the connection: %2").arg(server(), m_socket.errorString()));
    return {};
}

Result<Reply> Session::readReply()
{
    constexpr int kMaxLines = 100; // a reply is a few lines; more is not an SMTP server
    Reply r;
    for (int n = 0; n < kMaxLines; ++n) {
        while (!m_socket.canReadLine()) {
            if (!m_socket.waitForReadyRead(left())) {
                if (m_deadline.hasExpired() || m_socket.error() == QAbstractSocket::SocketTimeoutError)
                    return timedOut(tr("waiting for its reply")).error();
                return Result<Reply>::fail(tr("SMTP server %1 closed the connection: %2").arg(server(), m_socket.errorString()));
            }
        }
        const QByteArray line = m_socket.readLine(4096).trimmed();
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok || code < 200 || code > 599 || (line.size() > 3 && line[3] != ' ' && line[3] != '-'))
            return Result<Reply>::fail(tr("SMTP server %1 sent something that is not SMTP: %2").arg(server(), scrub(QString::fromUtf8(line.left(200)))));
        r.code = code;
        r.lines << QString::fromUtf8(line.mid(4));
        if (line.size() <= 3 || line[3] == ' ')
            return r;
    }
    return Result<Reply>::fail(tr("SMTP server %1 sent an endless reply.").arg(server()));
}

Result<Reply> Session::command(const QByteArray &line)
{
    if (auto s = send(line + "\r\n"); !s)
        return s.error();
    return readReply();
}

Status Session::hello(Reply *ehlo)
{
    // An address literal: the machine's host name is often not a name the server can resolve.
    const QHostAddress local = m_socket.localAddress();
    const QByteArray me = QByteArray(local.protocol() == QAbstractSocket::IPv6Protocol ? "[IPv6:" : "[") + local.toString().toLatin1() + "]";
    auto r = command("EHLO " + me);
    if (!r)
        return r.error();
    if (r->code == 250) {
        *ehlo = r.value();
        return {};
    }
    auto helo = command("HELO " + me); // a server from before ESMTP
    if (!helo)
        return helo.error();
    if (helo->code != 250)
        return Status::fail(tr("SMTP server %1 refused EHLO and HELO: %2").arg(server(), text(helo.value())));
    *ehlo = Reply{}; // no extensions
    return {};
}

Status Session::startTls(Reply *ehlo)
{
    if (m_socket.isEncrypted() || !ehlo->keywords().contains(QLatin1String("STARTTLS")) || !QSslSocket::supportsSsl())
        return {};
    auto r = command("STARTTLS");
    if (!r)
        return r.error();
    if (r->code != 220)
        return Status::fail(tr("SMTP server %1 refused STARTTLS: %2").arg(server(), text(r.value())));
    m_socket.setPeerVerifyName(m_s.host);
    m_socket.startClientEncryption();
    if (!m_socket.waitForEncrypted(left())) {
        QStringList why;
        for (const auto &e : m_socket.sslHandshakeErrors())
            why << e.errorString();
        return Status::fail(tr("TLS with SMTP server %1 failed: %2").arg(server(), why.isEmpty() ? m_socket.errorString() : why.join(QStringLiteral("; "))));
    }
    return hello(ehlo); // RFC 3207: forget what was said before TLS
}

Status Session::login(const Reply &ehlo)
{
    if (m_s.username.isEmpty())
        return {};
    if (!m_socket.isEncrypted() && !m_socket.peerAddress().isLoopback())
        return Status::fail(tr("SMTP server %1 offers no encryption (STARTTLS); the password is not sent in the clear.").arg(server()));
    QStringList mechanisms;
    for (const auto &k : ehlo.keywords())
        if (k.startsWith(QLatin1String("AUTH ")) || k.startsWith(QLatin1String("AUTH=")))
            mechanisms << k.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString user = m_s.username;
    auto refused = [&](const Reply &r) { return Status::fail(tr("SMTP server %1 refused the login for %2: %3").arg(server(), user, text(r))); };
    if (mechanisms.contains(QLatin1String("PLAIN"))) {
        const QByteArray token = QByteArray(QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + m_s.password.toUtf8()).toBase64();
        auto r = command("AUTH PLAIN " + token);
        if (!r)
            return r.error();
        return r->code == 235 ? Status{} : refused(r.value());
    }
    if (mechanisms.contains(QLatin1String("LOGIN"))) {
        for (const QByteArray &step : {QByteArray("AUTH LOGIN"), user.toUtf8().toBase64()}) {
            auto r = command(step);
            if (!r)
                return r.error();
            if (r->code != 334)
                return refused(r.value());
        }
        auto r = command(m_s.password.toUtf8().toBase64());
        if (!r)
            return r.error();
        return r->code == 235 ? Status{} : refused(r.value());
    }
    return Status::fail(tr("SMTP server %1 offers no login method this program knows (PLAIN, LOGIN); leave the SMTP username empty if it needs none.").arg(server()));
}

Status Session::run(const MailMessage &message)
{
    if (auto s = connect(); !s)
        return s;
    auto greeting = readReply();
    if (!greeting)
        return greeting.error();
    if (greeting->code != 220)
        return Status::fail(tr("SMTP server %1 is not ready: %2").arg(server(), text(greeting.value())));
    Reply ehlo;
    if (auto s = hello(&ehlo); !s)
        return s;
    if (auto s = startTls(&ehlo); !s)
        return s;
    if (auto s = login(ehlo); !s)
        return s;

    auto mail = command("MAIL FROM:<" + m_s.from.toUtf8() + ">");
    if (!mail)
        return mail.error();
    if (mail->code != 250)
        return Status::fail(tr("SMTP server %1 refused the sender %2: %3").arg(server(), m_s.from, text(mail.value())));
    for (const auto &to : message.to) {
        auto rcpt = command("RCPT TO:<" + to.toUtf8() + ">");
        if (!rcpt)
            return rcpt.error();
        if (rcpt->code != 250 && rcpt->code != 251)
            return Status::fail(tr("SMTP server %1 refused the recipient %2: %3").arg(server(), to, text(rcpt.value())));
    }
    auto data = command("DATA");
    if (!data)
        return data.error();
    if (data->code != 354)
        return Status::fail(tr("SMTP server %1 refused the message: %2").arg(server(), text(data.value())));
    auto sent = command(mime::dotStuff(mime::format(m_s.from, message, QDateTime::currentDateTime())) + ".");
    if (!sent)
        return sent.error();
    if (sent->code != 250)
        return Status::fail(tr("SMTP server %1 refused the message: %2").arg(server(), text(sent.value())));

    // The mail is accepted; a slow goodbye is not a failure.
    m_socket.write("QUIT\r\n");
    m_socket.waitForBytesWritten(std::min(left(), 1000));
    m_socket.disconnectFromHost();
    return {};
}

// Addresses go into SMTP commands verbatim: no angle brackets, spaces or line breaks.
Status checkAddress(const QString &address, const QString &field)
{
    if (auto s = validation::email(address, field); !s)
        return s;
    if (address.contains(QLatin1Char('<')) || address.contains(QLatin1Char('>')) || address.trimmed() != address)
        return Status::fail(QCoreApplication::translate("SmtpClient", "%1: \"%2\" is not an e-mail address.").arg(field, address), field);
    return {};
}

} // namespace

Status sendMail(const SmtpSettings &settings, const MailMessage &message)
{
    if (settings.host.trimmed().isEmpty())
        return Status::fail(QCoreApplication::translate("SmtpClient", "No SMTP server is set."), QStringLiteral("smtp.host"));
    if (settings.port < 1 || settings.port > 65535)
        return Status::fail(QCoreApplication::translate("SmtpClient", "SMTP port %1 is out of range (1-65535).").arg(settings.port), QStringLiteral("smtp.port"));
    if (auto s = checkAddress(settings.from, QCoreApplication::translate("SmtpClient", "Sender")); !s)
        return s;
    if (message.to.isEmpty())
        return Status::fail(QCoreApplication::translate("SmtpClient", "The mail has no recipients."), QStringLiteral("to"));
    for (const auto &to : message.to)
        if (auto s = checkAddress(to, QCoreApplication::translate("SmtpClient", "Recipient")); !s)
            return s;
    Session session(settings);
    return session.run(message);
}

} // namespace centrale
