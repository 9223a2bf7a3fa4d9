// NAT and SIP ALG signs read from a request as the engine received it.
#include "diagnostics/NatCheck.h"

#include <QTest>

using namespace centrale::diagnostics;

namespace {
TraceMessage received(const QByteArray &from, const QByteArray &text)
{
    TraceMessage m;
    m.remote = QString::fromLatin1(from);
    m.local = QStringLiteral("198.51.100.1:5060");
    m.data = text;
    return m;
}
QByteArray reg(const QByteArray &via, const QByteArray &contact, const QByteArray &extra = {})
{
    return "REGISTER sip:198.51.100.1 SIP/2.0\r\n" + via + "Max-Forwards: 70\r\nFrom: <sip:3150@x>;tag=1\r\nTo: <sip:3150@x>\r\nCall-ID: c1\r\nCSeq: 1 REGISTER\r\nContact: <sip:3150@" +
           contact + ">\r\n" + extra + "Content-Length: 0\r\n\r\n";
}
} // namespace

class TestNatCheck : public QObject {
    Q_OBJECT
private slots:
    void directUaIsClean()
    {
        const auto f = analyseReceived(received("203.0.113.5:5060", reg("Via: SIP/2.0/UDP 203.0.113.5:5060;rport;branch=z9hG4bK1\r\n", "203.0.113.5:5060")));
        QVERIFY(!f.behindNat);
        QVERIFY(!f.alg);
    }
    void privateViaAndContactFromElsewhereIsNat()
    {
        const auto f = analyseReceived(received("203.0.113.5:61000", reg("Via: SIP/2.0/UDP 192.168.1.10:5060;rport;branch=z9hG4bK1\r\n", "192.168.1.10:5060")));
        QVERIFY(f.behindNat);
        QVERIFY(!f.alg);
        const QString all = f.nat.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("came from 203.0.113.5")));
        QVERIFY(all.contains(QLatin1String("port 61000")));
        QVERIFY(all.contains(QLatin1String("private address 192.168.1.10")));
    }
    void addedViaAndRewrittenContactIsAlg()
    {
        const auto f = analyseReceived(received("203.0.113.5:5060", reg("Via: SIP/2.0/UDP 203.0.113.5:5060;branch=z9hG4bKalg\r\nVia: SIP/2.0/UDP 192.168.1.10:5060;branch=z9hG4bK1\r\n",
                                                                         "203.0.113.5:5060")));
        QVERIFY(f.alg);
        const QString all = f.algSigns.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("2 Via headers")));
        QVERIFY(all.contains(QLatin1String("Contact was rewritten")));
    }
    void sdpRewrittenAndMaxForwardsIsAlg()
    {
        const QByteArray sdp = "v=0\r\no=- 1 1 IN IP4 192.168.1.10\r\ns=-\r\nc=IN IP4 203.0.113.5\r\nt=0 0\r\nm=audio 41000 RTP/AVP 8\r\n";
        const QByteArray invite = "INVITE sip:31201234567@198.51.100.1 SIP/2.0\r\nVia: SIP/2.0/UDP 192.168.1.10:5060;branch=z9hG4bK1\r\nMax-Forwards: 69\r\n"
                                  "From: <sip:3150@x>;tag=1\r\nTo: <sip:31201234567@x>\r\nCall-ID: c2\r\nCSeq: 1 INVITE\r\nContact: <sip:3150@192.168.1.10:5060>\r\n"
                                  "Content-Type: application/sdp\r\nContent-Length: " + QByteArray::number(sdp.size()) + "\r\n\r\n" + sdp;
        const auto f = analyseReceived(received("203.0.113.5:5060", invite));
        QVERIFY(f.behindNat);
        QVERIFY(f.alg);
        const QString all = f.algSigns.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("o= line says 192.168.1.10 but c= says 203.0.113.5")));
        QVERIFY(all.contains(QLatin1String("Max-Forwards arrived as 69")));
    }
    void privateRanges()
    {
        for (const char *ip : {"10.1.2.3", "172.16.0.1", "172.31.255.1", "192.168.0.1", "100.64.0.1", "fd00::1", "fe80::1"})
            QVERIFY2(isPrivateAddress(QLatin1String(ip)), ip);
        for (const char *ip : {"8.8.8.8", "172.32.0.1", "127.0.0.1", "2001:db8::1"})
            QVERIFY2(!isPrivateAddress(QLatin1String(ip)), ip);
    }
};

QTEST_GUILESS_MAIN(TestNatCheck)
#include "tst_natcheck.moc"
