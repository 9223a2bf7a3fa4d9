#pragma once
// Test signals for the media tests: tones, a Goertzel detector, and a pcap writer.
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QtEndian>
#include <cmath>
#include <cstdint>

namespace centrale::test {

inline QList<int16_t> sine(double hz, int rate, double seconds, double amplitude = 8000)
{
    QList<int16_t> s(qsizetype(rate * seconds));
    for (qsizetype i = 0; i < s.size(); ++i)
        s[i] = int16_t(amplitude * std::sin(2 * M_PI * hz * double(i) / rate));
    return s;
}

// Power of one frequency in a block (8 kHz).
inline double goertzel(const QList<int16_t> &x, double hz, int rate = 8000)
{
    const double k = 2 * std::cos(2 * M_PI * hz / rate);
    double s1 = 0, s2 = 0;
    for (int16_t v : x) {
        const double s0 = v + k * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return (s1 * s1 + s2 * s2 - k * s1 * s2) / double(std::max<qsizetype>(1, x.size()));
}

// A classic pcap with LINKTYPE_RAW and IPv4/UDP frames.
class PcapWriter {
public:
    void rtp(const QString &src, quint16 sport, const QString &dst, quint16 dport, int pt, quint16 seq, quint32 ts, quint32 ssrc, const QByteArray &payload,
             qint64 atUs)
    {
        QByteArray r(12, 0);
        r[0] = char(0x80);
        r[1] = char(pt);
        qToBigEndian(seq, r.data() + 2);
        qToBigEndian(ts, r.data() + 4);
        qToBigEndian(ssrc, r.data() + 8);
        udp(src, sport, dst, dport, r + payload, atUs);
    }
    void junk() { udp(QStringLiteral("127.0.0.9"), 9, QStringLiteral("127.0.0.1"), 4000, "hello", 0); }
    void udp(const QString &src, quint16 sport, const QString &dst, quint16 dport, const QByteArray &payload, qint64 atUs)
    {
        QByteArray ip(28, 0);
        ip[0] = 0x45;
        qToBigEndian(quint16(28 + payload.size()), ip.data() + 2);
        ip[8] = 64;
        ip[9] = 17;
        qToBigEndian(QHostAddress(src).toIPv4Address(), ip.data() + 12);
        qToBigEndian(QHostAddress(dst).toIPv4Address(), ip.data() + 16);
        qToBigEndian(sport, ip.data() + 20);
        qToBigEndian(dport, ip.data() + 22);
        qToBigEndian(quint16(8 + payload.size()), ip.data() + 24);
        const QByteArray frame = ip + payload;
        QByteArray rec(16, 0);
        qToLittleEndian(quint32(1796000000 + atUs / 1000000), rec.data());
        qToLittleEndian(quint32(atUs % 1000000), rec.data() + 4);
        qToLittleEndian(quint32(frame.size()), rec.data() + 8);
        qToLittleEndian(quint32(frame.size()), rec.data() + 12);
        m_records += rec + frame;
        m_lastSize = rec.size() + frame.size();
    }
    QByteArray bytes(bool truncateLast = false) const
    {
        QByteArray h(24, 0);
        qToLittleEndian(quint32(0xa1b2c3d4), h.data());
        qToLittleEndian(quint16(2), h.data() + 4);
        qToLittleEndian(quint16(4), h.data() + 6);
        qToLittleEndian(quint32(65535), h.data() + 16);
        qToLittleEndian(quint32(101), h.data() + 20);
        QByteArray all = h + m_records;
        if (truncateLast) // a second copy of the last record, cut short as by a crash
            all += m_records.right(m_lastSize).left(m_lastSize - 3);
        return all;
    }

private:
    QByteArray m_records;
    qsizetype m_lastSize = 0;
};

} // namespace centrale::test
