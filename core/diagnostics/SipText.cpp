#include "diagnostics/SipText.h"

#include <QRegularExpression>
#include <algorithm>

namespace centrale::diagnostics {

namespace {

// RFC 3261 compact forms of the headers we read.
QByteArray longName(const QByteArray &lower)
{
    if (lower.size() != 1)
        return lower;
    switch (lower.at(0)) {
    case 'i': return "call-id";
    case 'f': return "from";
    case 't': return "to";
    case 'v': return "via";
    case 'm': return "contact";
    case 'l': return "content-length";
    case 'c': return "content-type";
    default: return lower;
    }
}

QByteArray userOf(const QByteArray &nameAddr) { return parseUri(nameAddr).user; }

// Splits a header value at commas outside quotes and angle brackets (Via, Contact lists).
QList<QByteArray> splitList(const QByteArray &v)
{
    QList<QByteArray> out;
    int depth = 0;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '<')
            ++depth;
        else if (!quoted && c == '>')
            depth = std::max(0, depth - 1);
        else if (!quoted && depth == 0 && c == ',') {
            out << v.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    out << v.mid(start).trimmed();
    return out;
}

QByteArray authUsername(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral("(?:^|[\\s,])username\\s*=\\s*(\"[^\"]*\"|[^\\s,]+)"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return {};
    QString v = m.captured(1);
    if (v.startsWith(QLatin1Char('"')))
        v = v.mid(1, v.size() - 2);
    return v.toLatin1();
}

} // namespace

QList<QByteArray> SipView::values(const char *name) const
{
    const QByteArray want = longName(QByteArray(name).toLower());
    QList<QByteArray> out;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (names.at(i) != want)
            continue;
        const QByteArray &v = headers.at(i).second;
        if (want == "via" || want == "contact")
            out << splitList(v);
        else
            out << v;
    }
    return out;
}

SipView parseSip(const QByteArray &data)
{
    SipView s;
    qsizetype headerEnd = data.indexOf("\r\n\r\n");
    qsizetype sepLen = 4;
    if (headerEnd < 0) {
        headerEnd = data.indexOf("\n\n");
        sepLen = 2;
    }
    const QByteArray head = headerEnd < 0 ? data : data.left(headerEnd);
    s.body = headerEnd < 0 ? QByteArray() : data.mid(headerEnd + sepLen);
    QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return s;
    s.firstLine = lines.takeFirst().trimmed();
    for (const QByteArray &raw : std::as_const(lines)) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !s.headers.isEmpty()) { // folded
            s.headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        s.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        s.names.append(longName(s.headers.last().first.toLower()));
    }
    if (s.firstLine.startsWith("SIP/2.0 ")) {
        s.status = s.firstLine.mid(8, 3).toInt();
        s.valid = s.status >= 100;
    } else {
        const qsizetype sp = s.firstLine.indexOf(' ');
        s.isRequest = sp > 0 && s.firstLine.endsWith("SIP/2.0");
        s.valid = s.isRequest;
        s.method = s.firstLine.left(sp);
    }
    s.callId = s.value("call-id");
    s.cseq = s.value("cseq");
    if (!s.isRequest) {
        const qsizetype sp = s.cseq.indexOf(' ');
        s.method = sp > 0 ? s.cseq.mid(sp + 1).trimmed() : QByteArray();
    }
    s.fromUser = userOf(s.value("from"));
    s.toUser = userOf(s.value("to"));
    QByteArray auth = s.value("authorization");
    if (auth.isEmpty())
        auth = s.value("proxy-authorization");
    if (!auth.isEmpty())
        s.authUser = authUsername(auth);
    s.warning = s.value("warning");
    return s;
}

SipUri parseUri(const QByteArray &in)
{
    SipUri u;
    QByteArray v = in.trimmed();
    if (const qsizetype lt = v.indexOf('<'); lt >= 0) {
        const qsizetype gt = v.indexOf('>', lt);
        v = v.mid(lt + 1, gt < 0 ? -1 : gt - lt - 1);
    }
    const qsizetype colon = v.indexOf(':');
    if (colon < 0)
        return u;
    v = v.mid(colon + 1); // after "sip:"
    for (const char stop : {';', '?', '>'}) // parameters and headers end the host part
        if (const qsizetype p = v.indexOf(stop); p >= 0)
            v.truncate(p);
    if (const qsizetype at = v.lastIndexOf('@'); at >= 0) {
        u.user = v.left(at);
        v = v.mid(at + 1);
    }
    if (v.startsWith('[')) {
        const qsizetype close = v.indexOf(']');
        u.host = v.mid(1, close - 1);
        if (close + 1 < v.size() && v.at(close + 1) == ':')
            u.port = v.mid(close + 2).toInt();
    } else if (const qsizetype c = v.lastIndexOf(':'); c >= 0) {
        u.host = v.left(c);
        u.port = v.mid(c + 1).toInt();
    } else {
        u.host = v;
    }
    return u;
}

ViaValue parseVia(const QByteArray &value)
{
    ViaValue via;
    QByteArray v = value.trimmed();
    const qsizetype sp = v.indexOf(' ');
    if (sp < 0)
        return via;
    v = v.mid(sp + 1).trimmed();
    const QList<QByteArray> parts = v.split(';');
    QByteArray sentBy = parts.first().trimmed();
    if (sentBy.startsWith('[')) {
        const qsizetype close = sentBy.indexOf(']');
        via.host = sentBy.mid(1, close - 1);
        if (close + 1 < sentBy.size() && sentBy.at(close + 1) == ':')
            via.port = sentBy.mid(close + 2).toInt();
    } else if (const qsizetype c = sentBy.lastIndexOf(':'); c >= 0) {
        via.host = sentBy.left(c);
        via.port = sentBy.mid(c + 1).toInt();
    } else {
        via.host = sentBy;
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray p = parts.at(i).trimmed();
        const qsizetype eq = p.indexOf('=');
        const QByteArray name = (eq < 0 ? p : p.left(eq)).toLower();
        const QByteArray val = eq < 0 ? QByteArray() : p.mid(eq + 1);
        if (name == "rport") {
            via.hasRport = true;
            via.rport = val.toInt();
        } else if (name == "received") {
            via.received = val;
        }
    }
    return via;
}

QByteArray maskSecrets(const QByteArray &message)
{
    qsizetype headerEnd = message.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        headerEnd = message.size();
    // Most messages hold nothing to mask: a plain scan first keeps the regular expressions
    // off the recorder's path at thousands of messages per second.
    const QByteArray lower = message.left(headerEnd).toLower();
    if (!lower.contains("response") && !lower.contains("passw") && !lower.contains("secret"))
        return message;
    QString head = QString::fromLatin1(message.left(headerEnd));
    // The digest response proves the password for this nonce; cnonce-free, it is replayable
    // within the nonce's life, so it is never kept. password= covers URIs and odd headers.
    static const QRegularExpression response(QStringLiteral("(\\bresponse\\s*=\\s*)(\"[^\"]*\"|[^\\s,;]+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression password(QStringLiteral("(\\b(?:password|passwd|secret)\\s*=\\s*)(\"[^\"]*\"|[^\\s,;>&]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    head.replace(response, QStringLiteral("\\1\"********\""));
    head.replace(password, QStringLiteral("\\1********"));
    return head.toLatin1() + message.mid(headerEnd);
}

} // namespace centrale::diagnostics
