#include "diagnostics/PcapWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QtEndian>

namespace centrale::diagnostics {

namespace {

void put16(QByteArray &b, quint16 v) { b.append(char(v >> 8)).append(char(v & 0xff)); }
void put32(QByteArray &b, quint32 v) { put16(b, quint16(v >> 16)); put16(b, quint16(v)); }
void le32(QByteArray &b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xff));
}
void le16(QByteArray &b, quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); }

quint32 sumWords(const QByteArray &b, quint32 sum = 0)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData());
    qsizetype i = 0;
    for (; i + 1 < b.size(); i += 2)
        sum += quint32(p[i] << 8 | p[i + 1]);
    if (i < b.size())
        sum += quint32(p[i] << 8);
    return sum;
}

quint16 fold(quint32 sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

QByteArray addressBytes(const Endpoint &e)
{
    QHostAddress a(e.ip);
    QByteArray out;
    if (e.v6 || a.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = a.toIPv6Address();
        out = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    } else {
        put32(out, a.toIPv4Address());
    }
    return out;
}

} // namespace

QByteArray ipPacket(const Endpoint &src, const Endpoint &dst, const QByteArray &payload)
{
    const QByteArray s = addressBytes(src), d = addressBytes(dst);
    const bool v6 = s.size() == 16;
    const quint16 udpLen = quint16(8 + payload.size());
    QByteArray udp;
    put16(udp, src.port);
    put16(udp, dst.port);
    put16(udp, udpLen);
    put16(udp, 0);
    udp += payload;
    // UDP checksum over the pseudo-header (RFC 768 / RFC 8200 8.1); 0 is sent as 0xffff.
    QByteArray pseudo = s + d;
    if (v6) {
        put32(pseudo, udpLen);
        put32(pseudo, 17);
    } else {
        pseudo.append(char(0)).append(char(17));
        put16(pseudo, udpLen);
    }
    quint16 ck = fold(sumWords(udp, sumWords(pseudo)));
    if (ck == 0)
        ck = 0xffff;
    udp[6] = char(ck >> 8);
    udp[7] = char(ck & 0xff);

    QByteArray ip;
    if (v6) {
        put32(ip, 0x60000000);
        put16(ip, udpLen);
        ip.append(char(17)).append(char(64));
        ip += s + d;
    } else {
        ip.append(char(0x45)).append(char(0));
        put16(ip, quint16(20 + udpLen));
        put16(ip, 0);
        put16(ip, 0x4000); // don't fragment
        ip.append(char(64)).append(char(17));
        put16(ip, 0);
        ip += s + d;
        const quint16 hck = fold(sumWords(ip));
        ip[10] = char(hck >> 8);
        ip[11] = char(hck & 0xff);
    }
    return ip + udp;
}

QByteArray pcapBytes(const QList<TraceMessage> &messages)
{
    QByteArray out;
    le32(out, 0xa1b2c3d4); // microsecond timestamps, written little-endian
    le16(out, 2);
    le16(out, 4);
    le32(out, 0);
    le32(out, 0);
    le32(out, 262144);
    le32(out, 1); // LINKTYPE_ETHERNET
    for (const auto &m : messages) {
        const Endpoint src = parseEndpoint(m.source()), dst = parseEndpoint(m.destination());
        const QByteArray packet = ipPacket(src, dst, m.data);
        const bool v6 = packet.size() > 0 && (uchar(packet.at(0)) >> 4) == 6;
        QByteArray frame = QByteArray::fromHex(m.outgoing ? "020000000002020000000001" : "020000000001020000000002"); // dst, src MAC
        put16(frame, v6 ? 0x86dd : 0x0800);
        frame += packet;
        le32(out, quint32(m.timeUs / 1000000));
        le32(out, quint32(m.timeUs % 1000000));
        le32(out, quint32(frame.size()));
        le32(out, quint32(frame.size()));
        out += frame;
    }
    return out;
}

Status writePcap(const QString &path, const QList<TraceMessage> &messages, bool force)
{
    QFile f(path);
    if (f.exists() && !force)
        return Status::fail(QCoreApplication::translate("Diagnostics", "%1 exists already (use --force to overwrite).").arg(path), QStringLiteral("pcap"));
    if (f.exists() && !f.remove())
        return Status::fail(QCoreApplication::translate("Diagnostics", "Cannot write %1: %2").arg(path, f.errorString()), QStringLiteral("pcap"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) // 0600 from the start
        return Status::fail(QCoreApplication::translate("Diagnostics", "Cannot write %1: %2").arg(path, f.errorString()), QStringLiteral("pcap"));
    const QByteArray bytes = pcapBytes(messages);
    if (f.write(bytes) != bytes.size())
        return Status::fail(QCoreApplication::translate("Diagnostics", "Cannot write %1: %2").arg(path, f.errorString()), QStringLiteral("pcap"));
    return {};
}

} // namespace centrale::diagnostics
