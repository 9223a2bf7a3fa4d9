#pragma once
// The little SDP work a signalling B2BUA does: offer G.711 A-law first, then µ-law,
// and leave everything else (other codecs, telephone-event for RFC 2833 DTMF) as it was.
#include <QByteArray>

namespace centrale::calls {

QByteArray preferG711(const QByteArray &sdp);

// The address media is to be sent to: the first audio stream's c= line, else the session's.
QString mediaAddress(const QByteArray &sdp);
// A party looks NATed when the media address in its SDP is not the address its signalling
// came from (a private address behind a router, or a SIP ALG that rewrote only part of it).
bool looksNated(const QByteArray &sdp, const QString &sourceIp);
// RFC 1918, shared address space (CGNAT), link-local and IPv6 unique-local addresses.
bool isPrivateAddress(const QString &ip);

} // namespace centrale::calls
