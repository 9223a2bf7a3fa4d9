// What leaves the trace store: secrets masked, pcap records and checksums, HEP3 chunk order.
#include "diagnostics/Hep3.h"
#include "diagnostics/PcapWriter.h"
#include "diagnostics/SipText.h"

#include <QTest>
#include <QtEndian>

using namespace centrale::diagnostics;

namespace {
const QByteArray kInvite = "INVITE sip:0201234567@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.2:5070;branch=z9hG4bK1\r\nFrom: <sip:3150@x>;tag=1\r\n"
                           "To: <sip:0201234567@x>\r\nCall-ID: abc@h\r\nCSeq: 2 INVITE\r\nProxy-Authorization: Digest username=\"3150\", realm=\"centrale\", "
                           "nonce=\"n1\", uri=\"sip:0201234567@127.0.0.1\", response=\"0123456789abcdef0123456789abcdef\", qop=auth, nc=00000001, "
                           "cnonce=\"c\"\r\nX-Odd: sip:u@h;password=hunter2\r\nContent-Length: 0\r\n\r\n";

TraceMessage message(bool outgoing, const QString &remote)
{
    TraceMessage m;
    m.timeUs = 1764700000123456;
    m.outgoing = outgoing;
    m.remote = remote;
    m.local = remote.startsWith(QLatin1Char('[')) ? QStringLiteral("[2001:db8::10]:5060") : QStringLiteral("127.0.0.1:5060"); // the socket of that family
    m.callId = "abc@h";
    m.data = maskSecrets(kInvite);
    return m;
}

quint16 checksum(const QByteArray &b)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i + 1 < b.size(); i += 2)
        sum += quint32(uchar(b[i]) << 8 | uchar(b[i + 1]));
    if (b.size() % 2)
        sum += quint32(uchar(b.back()) << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(sum);
}
} // namespace

class TestTraceFormats : public QObject {
    Q_OBJECT
private slots:
    void secretsMasked()
    {
        const QByteArray m = maskSecrets(kInvite);
        QVERIFY(!m.contains("0123456789abcdef"));
        QVERIFY(!m.contains("hunter2"));
        QVERIFY(m.contains("response=\"********\""));
        QVERIFY(m.contains("username=\"3150\"")); // who it was stays visible
        const SipView v = parseSip(m);
        QCOMPARE(v.authUser, QByteArray("3150"));
        QCOMPARE(v.method, QByteArray("INVITE"));
        QCOMPARE(v.callId, QByteArray("abc@h"));
    }
    void pcapRecords()
    {
        const QByteArray pcap = pcapBytes({message(false, QStringLiteral("127.0.0.2:5070")), message(true, QStringLiteral("[2001:db8::1]:5060"))});
        QCOMPARE(qFromLittleEndian<quint32>(pcap.constData()), 0xa1b2c3d4u);
        QCOMPARE(qFromLittleEndian<quint32>(pcap.constData() + 20), 1u); // Ethernet
        // First record: IPv4 with a header checksum that sums to 0xffff.
        const qsizetype rec = 24;
        const quint32 len = qFromLittleEndian<quint32>(pcap.constData() + rec + 8);
        const QByteArray frame = pcap.mid(rec + 16, len);
        QCOMPARE(quint16(uchar(frame[12]) << 8 | uchar(frame[13])), quint16(0x0800));
        const QByteArray ip = frame.mid(14, 20);
        QCOMPARE(checksum(ip), quint16(0xffff));
        QCOMPARE(qFromBigEndian<quint16>(frame.constData() + 14 + 2), quint16(len - 14));
        QVERIFY(frame.endsWith(maskSecrets(kInvite)));
        // Second record: IPv6.
        const qsizetype rec2 = rec + 16 + len;
        const QByteArray frame2 = pcap.mid(rec2 + 16, qFromLittleEndian<quint32>(pcap.constData() + rec2 + 8));
        QCOMPARE(quint16(uchar(frame2[12]) << 8 | uchar(frame2[13])), quint16(0x86dd));
    }
    void hepChunksInOrder()
    {
        TraceMessage m = message(false, QStringLiteral("127.0.0.2:5070"));
        const QByteArray p = hep3Packet(m, HepOptions{2001, "key"});
        const auto chunks = hep3Chunks(p);
        QList<quint16> types;
        for (const auto &c : chunks)
            types << c.first;
        QCOMPARE(types, (QList<quint16>{1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 14, 15, 17}));
        QCOMPARE(chunks.at(0).second, QByteArray(1, 2));
        QCOMPARE(qFromBigEndian<quint16>(chunks.at(4).second.constData()), quint16(5070)); // source: the peer
        QCOMPARE(qFromBigEndian<quint16>(chunks.at(5).second.constData()), quint16(5060));
        QCOMPARE(qFromBigEndian<quint32>(chunks.at(6).second.constData()), quint32(1764700000));
        QCOMPARE(qFromBigEndian<quint32>(chunks.at(7).second.constData()), quint32(123456));
        QCOMPARE(chunks.at(11).second, m.data);
        QCOMPARE(chunks.at(12).second, QByteArray("abc@h"));
        const QByteArray v6 = hep3Packet(message(true, QStringLiteral("[2001:db8::1]:5060")), HepOptions{});
        QCOMPARE(hep3Chunks(v6).at(2).first, quint16(5));
    }
};

QTEST_GUILESS_MAIN(TestTraceFormats)
#include "tst_traceformats.moc"
