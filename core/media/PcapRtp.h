#pragma once
// Reads the RTP of a call from a classic pcap file (what rtpengine's pcap recording writes,
// and what tcpdump writes): UDP over IPv4/IPv6 on raw, Ethernet, Linux cooked or loopback
// link types. One stream per (source, destination, SSRC).
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>

namespace centrale::media {

struct RtpPacket {
    uint16_t sequence = 0;
    uint32_t timestamp = 0;
    qint64 arrivalUs = 0; // capture time, µs since the epoch
    QByteArray payload;
};

struct RtpStream {
    QString source;      // "ip:port"
    QString destination; // "ip:port"
    uint32_t ssrc = 0;
    int payloadType = -1; // of the first packet
    QList<RtpPacket> packets;
};

Result<QList<RtpStream>> readPcapRtp(const QByteArray &pcap);
Result<QList<RtpStream>> readPcapRtpFile(const QString &path);

} // namespace centrale::media
