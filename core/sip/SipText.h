#pragma once
// Small conversions between sofia-sip structures and Qt byte strings.
#include <QByteArray>
#include <sofia-sip/msg_types.h>
#include <sofia-sip/url.h>

namespace centrale::sip {

QByteArray urlBytes(const url_t *url);                // "sip:user@host:port;params"; empty if too long
QByteArray authorizationValue(const msg_auth_t *au);  // "Digest k=v, …" from the parameters

} // namespace centrale::sip
