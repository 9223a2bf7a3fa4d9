#pragma once
// The little SDP work a signalling B2BUA does: offer G.711 A-law first, then µ-law,
// and leave everything else (other codecs, telephone-event for RFC 2833 DTMF) as it was.
#include <QByteArray>

namespace centrale::calls {

QByteArray preferG711(const QByteArray &sdp);

} // namespace centrale::calls
