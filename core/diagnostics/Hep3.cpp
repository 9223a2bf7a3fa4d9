#include "diagnostics/Hep3.h"

#include <QHostAddress>

namespace centrale::diagnostics {

namespace {

void put16(QByteArray &b, quint16 v) { b.append(char(v >> 8)).append(char(v & 0xff)); }
void put32(QByteArray &b, quint32 v) { put16(b, quint16(v >> 16)); put16(b, quint16(v)); }

void chunk(QByteArray &out, quint16 type, const QByteArray &value)
{
    put16(out, 0); // generic vendor
    put16(out, type);
    put16(out, quint16(6 + value.size()));
    out += value;
}
QByteArray u8(quint8 v) { return QByteArray(1, char(v)); }
QByteArray u16(quint16 v) { QByteArray b; put16(b, v); return b; }
QByteArray u32(quint32 v) { QByteArray b; put32(b, v); return b; }

} // namespace

QByteArray hep3Packet(const TraceMessage &m, const HepOptions &options)
{
    const Endpoint src = parseEndpoint(m.source()), dst = parseEndpoint(m.destination());
    const QHostAddress s(src.ip), d(dst.ip);
    const bool v6 = s.protocol() == QAbstractSocket::IPv6Protocol;
    QByteArray body;
    chunk(body, 1, u8(v6 ? 10 : 2)); // AF_INET6 / AF_INET
    chunk(body, 2, u8(17));          // UDP
    if (v6) {
        const Q_IPV6ADDR a = s.toIPv6Address(), b = d.toIPv6Address();
        chunk(body, 5, QByteArray(reinterpret_cast<const char *>(a.c), 16));
        chunk(body, 6, QByteArray(reinterpret_cast<const char *>(b.c), 16));
    } else {
        chunk(body, 3, u32(s.toIPv4Address()));
        chunk(body, 4, u32(d.toIPv4Address()));
    }
    chunk(body, 7, u16(src.port));
    chunk(body, 8, u16(dst.port));
    chunk(body, 9, u32(quint32(m.timeUs / 1000000)));
    chunk(body, 10, u32(quint32(m.timeUs % 1000000)));
    chunk(body, 11, u8(1)); // SIP
    chunk(body, 12, u32(options.captureId));
    if (!options.authKey.isEmpty())
        chunk(body, 14, options.authKey);
    chunk(body, 15, m.data);
    if (!m.callId.isEmpty())
        chunk(body, 17, m.callId);
    QByteArray out("HEP3");
    put16(out, quint16(6 + body.size()));
    return out + body;
}

QList<std::pair<quint16, QByteArray>> hep3Chunks(const QByteArray &p)
{
    QList<std::pair<quint16, QByteArray>> out;
    if (p.size() < 6 || !p.startsWith("HEP3"))
        return out;
    const auto *b = reinterpret_cast<const uchar *>(p.constData());
    const qsizetype total = b[4] << 8 | b[5];
    if (total != p.size())
        return out;
    qsizetype i = 6;
    while (i + 6 <= total) {
        const quint16 type = quint16(b[i + 2] << 8 | b[i + 3]);
        const qsizetype len = b[i + 4] << 8 | b[i + 5];
        if (len < 6 || i + len > total)
            return {};
        out.append({type, p.mid(i + 6, len - 6)});
        i += len;
    }
    return out;
}

} // namespace centrale::diagnostics
