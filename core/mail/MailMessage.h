#pragma once
// A plain-text e-mail (with optional attachments, e.g. a voicemail WAV) and its RFC 5322
// form (headers, MIME, encodings); no transport.
#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace centrale {

struct MailAttachment {
    QString fileName;
    QByteArray contentType; // e.g. "audio/wav"
    QByteArray data;
};

struct MailMessage {
    QStringList to;
    QString subject;
    QString body;
    QList<MailAttachment> attachments = {}; // sent as multipart/mixed, base64 (the initializer: {to, subject, body} stays complete)
};

namespace mime {

// The whole message with CRLF line ends, ready for DATA (before dot-stuffing):
// Date, From, To, Subject (RFC 2047 when not ASCII), Message-ID, MIME-Version,
// Content-Type text/plain; charset=utf-8; the body 7bit when it can be, else quoted-printable.
// With attachments: multipart/mixed, the text first, each attachment in base64.
QByteArray format(const QString &from, const MailMessage &message, const QDateTime &date);

// "=?UTF-8?B?...?=" words of at most 75 characters, folded; ASCII text unchanged.
QByteArray encodeHeaderText(const QString &text);
// RFC 2045 quoted-printable with CRLF line ends and soft breaks at 76 columns.
QByteArray quotedPrintable(const QByteArray &utf8);
// Lines starting with '.' get a second one (RFC 5321 4.5.2); input has CRLF line ends.
QByteArray dotStuff(const QByteArray &crlfText);

} // namespace mime
} // namespace centrale
