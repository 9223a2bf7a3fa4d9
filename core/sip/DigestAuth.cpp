#include "sip/DigestAuth.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace centrale::sip {

namespace {
QByteArray md5hex(const QByteArray &in) { return QCryptographicHash::hash(in, QCryptographicHash::Md5).toHex(); }

// Constant-time compare, so response checks leak nothing through timing.
bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

bool parseDigest(const QByteArray &value, DigestCredentials *out)
{
    QByteArray v = value.trimmed();
    if (!v.startsWith("Digest ") && !v.startsWith("digest "))
        return false;
    v = v.mid(7);
    qsizetype i = 0;
    const qsizetype n = v.size();
    while (i < n) {
        while (i < n && (v[i] == ' ' || v[i] == ',' || v[i] == '\t'))
            ++i;
        const qsizetype eq = v.indexOf('=', i);
        if (eq < 0)
            break;
        const QByteArray key = v.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        QByteArray val;
        if (i < n && v[i] == '"') {
            const qsizetype end = v.indexOf('"', i + 1);
            if (end < 0)
                return false;
            val = v.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            qsizetype end = v.indexOf(',', i);
            if (end < 0)
                end = n;
            val = v.mid(i, end - i).trimmed();
            i = end;
        }
        if (key == "username") out->username = val;
        else if (key == "realm") out->realm = val;
        else if (key == "nonce") out->nonce = val;
        else if (key == "uri") out->uri = val;
        else if (key == "response") out->response = val.toLower();
        else if (key == "qop") out->qop = val;
        else if (key == "nc") out->nc = val;
        else if (key == "cnonce") out->cnonce = val;
        else if (key == "algorithm") out->algorithm = val;
    }
    return !out->username.isEmpty() && !out->nonce.isEmpty() && !out->response.isEmpty() && !out->uri.isEmpty();
}

DigestAuth::DigestAuth(QByteArray masterKey) : m_key(std::move(masterKey)) {}

QByteArray DigestAuth::makeNonce(qint64 nowSecs) const
{
    const QByteArray ts = QByteArray::number(nowSecs, 16);
    const QByteArray mac = QMessageAuthenticationCode::hash(ts, m_key, QCryptographicHash::Sha256).toHex().left(32);
    return ts + '.' + mac;
}

NonceCheck DigestAuth::checkNonce(const QByteArray &nonce, qint64 nowSecs, int lifetimeSecs) const
{
    const qsizetype dot = nonce.indexOf('.');
    if (dot <= 0 || dot > 16)
        return NonceCheck::Invalid;
    const QByteArray ts = nonce.left(dot);
    const QByteArray mac = QMessageAuthenticationCode::hash(ts, m_key, QCryptographicHash::Sha256).toHex().left(32);
    if (!equalConstantTime(mac, nonce.mid(dot + 1)))
        return NonceCheck::Invalid;
    bool ok = false;
    const qint64 issued = ts.toLongLong(&ok, 16);
    if (!ok || issued > nowSecs + 5)
        return NonceCheck::Invalid;
    return nowSecs - issued > lifetimeSecs ? NonceCheck::Stale : NonceCheck::Valid;
}

bool DigestAuth::responseMatches(const DigestCredentials &c, const QByteArray &method, const QByteArray &ha1Hex)
{
    if (!c.algorithm.isEmpty() && c.algorithm.compare("MD5", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray ha2 = md5hex(method + ':' + c.uri);
    QByteArray expected;
    if (c.qop.isEmpty())
        expected = md5hex(ha1Hex + ':' + c.nonce + ':' + ha2);
    else if (c.qop == "auth")
        expected = md5hex(ha1Hex + ':' + c.nonce + ':' + c.nc + ':' + c.cnonce + ':' + c.qop + ':' + ha2);
    else
        return false;
    return equalConstantTime(expected, c.response);
}

QByteArray DigestAuth::challenge(const QByteArray &realm, qint64 nowSecs, bool stale) const
{
    QByteArray v = "Digest realm=\"" + realm + "\", nonce=\"" + makeNonce(nowSecs) + "\", qop=\"auth\", algorithm=MD5";
    if (stale)
        v += ", stale=true";
    return v;
}

} // namespace centrale::sip
