#pragma once
// RFC 2617 digest (MD5, qop=auth) with stateless nonces: a nonce carries its issue time
// and an HMAC over it, so any engine thread can verify it and old ones read as stale.
#include <QByteArray>
#include <QString>

namespace centrale::sip {

struct DigestCredentials {
    QByteArray username, realm, nonce, uri, response, qop, nc, cnonce, algorithm;
};

// Parses the value of an Authorization header ("Digest username=\"…\", …").
bool parseDigest(const QByteArray &headerValue, DigestCredentials *out);

enum class NonceCheck { Valid, Stale, Invalid };

class DigestAuth {
public:
    explicit DigestAuth(QByteArray masterKey);

    QByteArray makeNonce(qint64 nowSecs) const;
    NonceCheck checkNonce(const QByteArray &nonce, qint64 nowSecs, int lifetimeSecs) const;
    // True when the response matches the HA1 (hex) for this method.
    static bool responseMatches(const DigestCredentials &c, const QByteArray &method, const QByteArray &ha1Hex);
    // The WWW-Authenticate value for a challenge.
    QByteArray challenge(const QByteArray &realm, qint64 nowSecs, bool stale) const;

private:
    QByteArray m_key;
};

} // namespace centrale::sip
