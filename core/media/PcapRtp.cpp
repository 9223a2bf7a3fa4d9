#include "media/PcapRtp.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QtEndian>

namespace centrale::media {
namespace {


// Link types (tcpdump.org/linktypes.html).
constexpr quint32 kNull = 0, kEthernet = 1, kRaw = 101, kLinuxSll = 113, kRawAlt = 228, kRawV6 = 229, kLinuxSll2 = 276;

struct Udp {
    QString src, dst;
    QByteArray payload;
};

QString endpoint(const QHostAddress &a, quint16 port)
{
    return a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]:%2").arg(a.toString()).arg(port)
                                                        : QStringLiteral("%1:%2").arg(a.toString()).arg(port);
}

// An IP packet (v4 or v6) carrying UDP; anything else (fragments included) yields nothing.
std::optional<Udp> udpOf(const uchar *p, qsizetype n)
{
    if (n < 1)
        return std::nullopt;
    const int version = p[0] >> 4;
    QHostAddress src, dst;
    qsizetype off = 0;
    if (version == 4) {
        if (n < 20)
            return std::nullopt;
        const qsizetype ihl = (p[0] & 0x0f) * 4;
        const quint16 frag = qFromBigEndian<quint16>(p + 6);
        if (ihl < 20 || n < ihl + 8 || p[9] != 17 || (frag & 0x3fff) != 0)
            return std::nullopt;
        src = QHostAddress(qFromBigEndian<quint32>(p + 12));
        dst = QHostAddress(qFromBigEndian<quint32>(p + 16));
        off = ihl;
    } else if (version == 6) {
        if (n < 48 || p[6] != 17) // no extension headers in what we read
            return std::nullopt;
        src = QHostAddress(p + 8);
        dst = QHostAddress(p + 24);
        off = 40;
    } else {
        return std::nullopt;
    }
    const quint16 sport = qFromBigEndian<quint16>(p + off), dport = qFromBigEndian<quint16>(p + off + 2);
    const quint16 ulen = qFromBigEndian<quint16>(p + off + 4);
    if (ulen < 8 || off + ulen > n)
        return std::nullopt;
    return Udp{endpoint(src, sport), endpoint(dst, dport), QByteArray(reinterpret_cast<const char *>(p + off + 8), ulen - 8)};
}

std::optional<Udp> frameUdp(quint32 link, const uchar *p, qsizetype n)
{
    switch (link) {
    case kRaw:
    case kRawAlt:
    case kRawV6:
        return udpOf(p, n);
    case kNull:
        return n > 4 ? udpOf(p + 4, n - 4) : std::nullopt;
    case kEthernet: {
        qsizetype off = 12;
        quint16 type = n >= 14 ? qFromBigEndian<quint16>(p + 12) : 0;
        if (type == 0x8100 && n >= 18) { // one VLAN tag
            off = 16;
            type = qFromBigEndian<quint16>(p + 16);
        }
        off += 2;
        return (type == 0x0800 || type == 0x86dd) && n > off ? udpOf(p + off, n - off) : std::nullopt;
    }
    case kLinuxSll:
        return n > 16 ? udpOf(p + 16, n - 16) : std::nullopt;
    case kLinuxSll2:
        return n > 20 ? udpOf(p + 20, n - 20) : std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace

Result<QList<RtpStream>> readPcapRtp(const QByteArray &pcap)
{
    auto bad = [](const QString &why) { return Result<QList<RtpStream>>::fail(QCoreApplication::translate("PcapRtp", "Not a readable pcap file: %1.").arg(why)); };
    if (pcap.size() < 24)
        return bad(QCoreApplication::translate("PcapRtp", "too short"));
    const auto *d = reinterpret_cast<const uchar *>(pcap.constData());
    const quint32 magic = qFromLittleEndian<quint32>(d);
    bool swapped = false, nanos = false;
    if (magic == 0xa1b2c3d4 || magic == 0xa1b23c4d) {
        nanos = magic == 0xa1b23c4d;
    } else if (magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1) {
        swapped = true;
        nanos = magic == 0x4d3cb2a1;
    } else {
        return bad(QCoreApplication::translate("PcapRtp", "unknown magic number (pcapng is not supported)"));
    }
    auto u32 = [swapped](const uchar *p) { return swapped ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p); };
    const quint32 link = u32(d + 20) & 0x0fffffff;

    QList<RtpStream> streams;
    QHash<QString, int> index;
    qsizetype pos = 24;
    while (pos + 16 <= pcap.size()) {
        const qint64 sec = u32(d + pos), frac = u32(d + pos + 4);
        const quint32 caplen = u32(d + pos + 8);
        pos += 16;
        if (caplen > quint32(pcap.size() - pos))
            break; // a recording cut short by a crash: keep what is whole
        const auto udp = frameUdp(link, d + pos, caplen);
        pos += caplen;
        if (!udp || udp->payload.size() < 12)
            continue;
        const auto *r = reinterpret_cast<const uchar *>(udp->payload.constData());
        if ((r[0] >> 6) != 2 || (r[1] & 0x7f) >= 72) // not RTP, or RTCP (payload types 72-76)
            continue;
        qsizetype hdr = 12 + 4 * (r[0] & 0x0f);
        if ((r[0] & 0x10) && udp->payload.size() >= hdr + 4)
            hdr += 4 + 4 * qFromBigEndian<quint16>(r + hdr + 2);
        qsizetype end = udp->payload.size();
        if ((r[0] & 0x20) && end > hdr)
            end -= r[end - 1];
        if (hdr > end)
            continue;
        const quint32 ssrc = qFromBigEndian<quint32>(r + 8);
        const QString key = udp->src + QLatin1Char('>') + udp->dst + QLatin1Char('#') + QString::number(ssrc);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(streams.size()));
            streams.append(RtpStream{udp->src, udp->dst, ssrc, r[1] & 0x7f, {}});
        }
        streams[*it].packets.append(RtpPacket{qFromBigEndian<quint16>(r + 2), qFromBigEndian<quint32>(r + 4),
                                              sec * 1000000 + (nanos ? frac / 1000 : frac), udp->payload.mid(hdr, end - hdr)});
    }
    return streams;
}

Result<QList<RtpStream>> readPcapRtpFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QList<RtpStream>>::fail(QCoreApplication::translate("PcapRtp", "Cannot read %1: %2").arg(path, f.errorString()));
    return readPcapRtp(f.readAll());
}

} // namespace centrale::media
