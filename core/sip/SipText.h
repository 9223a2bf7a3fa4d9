#pragma once
// Small conversions between sofia-sip structures and Qt byte strings.
#include <QByteArray>
#include <QString>
#include <sofia-sip/msg_types.h>
#include <sofia-sip/url.h>

namespace centrale::sip {

QByteArray urlBytes(const url_t *url);                // "sip:user@host:port;params"; empty if too long
QByteArray authorizationValue(const msg_auth_t *au);  // "Digest k=v, …" from the parameters

// Call-IDs, tags, branches and cnonces: 64 random bits in base 36.
QByteArray randomToken();

// "192.0.2.1:5060" or "[2001:db8::1]:5060": an address and port as a SIP URI host part needs them.
inline QString hostPort(const QString &ip, int port)
{
    const QString host = ip.contains(QLatin1Char(':')) ? QLatin1Char('[') + ip + QLatin1Char(']') : ip;
    return host + QLatin1Char(':') + QString::number(port);
}

} // namespace centrale::sip
