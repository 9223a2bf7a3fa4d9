#include "mail/MailMessage.h"

#include <QUuid>

namespace centrale::mime {

namespace {
bool isPlainAscii(const QByteArray &s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 0x20 && c < 0x7f) || c == '\t'; });
}

// UTF-8 with every line end as a single LF, whatever the text came with.
QByteArray lfLines(const QString &text)
{
    QByteArray b = text.toUtf8();
    b.replace("\r\n", "\n").replace('\r', '\n');
    return b;
}

// No CR/LF may reach a header: it would start a header of the text's choosing.
QString oneLine(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}
} // namespace

QByteArray encodeHeaderText(const QString &text)
{
    const QByteArray utf8 = oneLine(text).toUtf8();
    if (isPlainAscii(utf8))
        return utf8;
    // 75 characters per encoded word: "=?UTF-8?B?" + base64 + "?=" leaves 63, so 45 bytes
    // of text; never split a UTF-8 sequence across words.
    constexpr int kMaxBytes = 45;
    QByteArrayList words;
    int start = 0;
    while (start < utf8.size()) {
        int end = std::min<int>(start + kMaxBytes, int(utf8.size()));
        while (end < utf8.size() && end > start && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        words << "=?UTF-8?B?" + utf8.mid(start, end - start).toBase64() + "?=";
        start = end;
    }
    return words.join("\r\n ");
}

QByteArray quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QByteArrayList lines = QByteArray(utf8).replace("\r\n", "\n").split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines[l];
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line[i]);
            const bool last = i == line.size() - 1;
            QByteArray piece;
            // Trailing white space would be stripped in transit: encode it.
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = QByteArray("=") + hex[c >> 4] + hex[c & 0xF];
            if (column + piece.size() > 75) { // room for the '=' of a soft break
                out += "=\r\n";
                column = 0;
            }
            out += piece;
            column += int(piece.size());
        }
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray dotStuff(const QByteArray &crlfText)
{
    QByteArray out = crlfText;
    if (out.startsWith('.'))
        out.prepend('.');
    out.replace("\r\n.", "\r\n..");
    return out;
}

QByteArray format(const QString &from, const MailMessage &message, const QDateTime &date)
{
    const QString domain = from.section(QLatin1Char('@'), -1);
    QByteArray body = lfLines(message.body);
    const QByteArrayList lines = body.split('\n');
    // 7bit only when every line is printable ASCII within SMTP's 998-octet limit.
    const bool sevenBit = std::all_of(lines.cbegin(), lines.cend(), [](const QByteArray &l) { return l.size() <= 998 && isPlainAscii(l); });
    if (sevenBit)
        body.replace("\n", "\r\n");
    else
        body = quotedPrintable(body);

    QByteArray head;
    head += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    head += "From: " + oneLine(from).toUtf8() + "\r\n";
    head += "To: " + oneLine(message.to.join(QStringLiteral(", "))).toUtf8() + "\r\n";
    head += "Subject: " + encodeHeaderText(message.subject) + "\r\n";
    head += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@" + oneLine(domain).toUtf8() + ">\r\n";
    head += "MIME-Version: 1.0\r\n";
    QByteArray text = "Content-Type: text/plain; charset=utf-8\r\n";
    text += QByteArray("Content-Transfer-Encoding: ") + (sevenBit ? "7bit" : "quoted-printable") + "\r\n";
    text += "\r\n";
    text += body + (body.endsWith("\r\n") ? "" : "\r\n");
    if (message.attachments.isEmpty())
        return head + text;
    const QByteArray boundary = "=_centrale_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    head += "Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + "\"\r\n\r\n"; // folded: lines stay under 78
    QByteArray out = head + "--" + boundary + "\r\n" + text;
    for (const MailAttachment &a : message.attachments) {
        // The file name is ASCII-only in the header (RFC 2231 would be needed otherwise).
        QString name = oneLine(a.fileName);
        for (QChar &c : name)
            if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == QLatin1Char('"') || c == QLatin1Char('\\'))
                c = QLatin1Char('_');
        out += "--" + boundary + "\r\n";
        out += "Content-Type: " + (a.contentType.isEmpty() ? QByteArray("application/octet-stream") : oneLine(QString::fromLatin1(a.contentType)).toLatin1())
               + "; name=\"" + name.toLatin1() + "\"\r\n";
        out += "Content-Transfer-Encoding: base64\r\n";
        out += "Content-Disposition: attachment; filename=\"" + name.toLatin1() + "\"\r\n\r\n";
        const QByteArray b64 = a.data.toBase64();
        for (qsizetype i = 0; i < b64.size(); i += 76)
            out += b64.mid(i, 76) + "\r\n";
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace centrale::mime
