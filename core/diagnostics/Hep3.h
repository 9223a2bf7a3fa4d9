#pragma once
// HEP version 3 (Homer, heplify, sngrep -L): one packet per SIP message, the chunks in the
// canonical order (family, protocol, addresses, ports, time, protocol type, capture id,
// [auth key], payload, correlation id), which is the order sngrep reads them in.
#include "diagnostics/TraceMessage.h"

namespace centrale::diagnostics {

struct HepOptions {
    quint32 captureId = 2001;
    QByteArray authKey; // optional chunk 14
};

QByteArray hep3Packet(const TraceMessage &m, const HepOptions &options);

// The decoded chunks of a HEP3 packet (type → value), in their order; empty when not HEP3.
QList<std::pair<quint16, QByteArray>> hep3Chunks(const QByteArray &packet);

} // namespace centrale::diagnostics
