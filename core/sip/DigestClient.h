#pragma once
// The client half of digest authentication: answering a carrier's 401/407 challenge.
#include <QByteArray>

namespace centrale::sip {

// The Authorization / Proxy-Authorization value for this request, or empty when the
// challenge is not a digest we can answer (only MD5, with or without qop=auth).
QByteArray answerChallenge(const QByteArray &challenge, const QByteArray &username, const QByteArray &password, const QByteArray &method,
                           const QByteArray &uri);

} // namespace centrale::sip
