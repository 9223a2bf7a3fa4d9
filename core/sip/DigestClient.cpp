#include "sip/DigestClient.h"
#include "sip/SipText.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace centrale::sip {

namespace {
QByteArray md5hex(const QByteArray &s) { return QCryptographicHash::hash(s, QCryptographicHash::Md5).toHex(); }

QByteArray param(const QByteArray &challenge, const char *name)
{
    const QRegularExpression re(QStringLiteral("(?:^|[\\s,])%1\\s*=\\s*(?:\"([^\"]*)\"|([^\\s,]+))").arg(QLatin1String(name)),
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromUtf8(challenge));
    if (!m.hasMatch())
        return {};
    return (m.captured(1).isNull() ? m.captured(2) : m.captured(1)).toUtf8();
}
} // namespace

QByteArray answerChallenge(const QByteArray &challenge, const QByteArray &username, const QByteArray &password, const QByteArray &method,
                           const QByteArray &uri)
{
    if (!challenge.trimmed().toLower().startsWith("digest"))
        return {};
    const QByteArray realm = param(challenge, "realm"), nonce = param(challenge, "nonce"), opaque = param(challenge, "opaque");
    const QByteArray algorithm = param(challenge, "algorithm");
    if (nonce.isEmpty() || (!algorithm.isEmpty() && algorithm.toUpper() != "MD5"))
        return {};
    const bool qopAuth = param(challenge, "qop").split(',').contains("auth");
    const QByteArray ha1 = md5hex(username + ':' + realm + ':' + password);
    const QByteArray ha2 = md5hex(method + ':' + uri);
    QByteArray v = "Digest username=\"" + username + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + uri + "\", algorithm=MD5";
    if (qopAuth) {
        const QByteArray cnonce = randomToken();
        const QByteArray nc = "00000001";
        v += ", qop=auth, nc=" + nc + ", cnonce=\"" + cnonce + "\", response=\"" + md5hex(ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ":auth:" + ha2) + '"';
    } else {
        v += ", response=\"" + md5hex(ha1 + ':' + nonce + ':' + ha2) + '"';
    }
    if (!opaque.isEmpty())
        v += ", opaque=\"" + opaque + '"';
    return v;
}

} // namespace centrale::sip
