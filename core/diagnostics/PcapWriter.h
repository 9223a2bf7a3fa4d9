#pragma once
// A trace as a classic libpcap file (what tcpdump -r, Wireshark and sngrep -I read):
// Ethernet frames with synthesized IPv4/IPv6 and UDP headers, lengths and checksums right.
#include "diagnostics/TraceMessage.h"
#include "util/Result.h"

namespace centrale::diagnostics {

QByteArray pcapBytes(const QList<TraceMessage> &messages);
// Written 0600 (a trace shows who called whom); refuses to overwrite unless force.
Status writePcap(const QString &path, const QList<TraceMessage> &messages, bool force = false);

// The IPv4 or IPv6 packet (header + UDP + payload) of one message, also used for HEP tests.
QByteArray ipPacket(const Endpoint &src, const Endpoint &dst, const QByteArray &payload);

} // namespace centrale::diagnostics
