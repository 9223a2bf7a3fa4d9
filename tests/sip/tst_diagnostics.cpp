// Diagnostics against the running engine: the trace of a refused call as a ladder, its pcap
// read back by tcpdump, live HEP3 to a collector, the connection check finding NAT and a
// rewriting SIP ALG, and no digest response anywhere. Loopback 127.0.17.x, ports 417xx.
#include "EngineFixture.h"
#include "SippRun.h"
#include "UdpPeer.h"
#include "../tools/CtlRunner.h"
#include "diagnostics/ConnectionCheck.h"
#include "diagnostics/Hep3.h"
#include "diagnostics/Ladder.h"
#include "diagnostics/PcapWriter.h"
#include "diagnostics/SipText.h"
#include "sip/SipEngine.h"
#include "store/PhoneAccountRepository.h"
#include "store/TraceRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

using namespace centrale;
using namespace centrale::diagnostics;

namespace {
const QString kEngineIp = QStringLiteral("127.0.17.1");
constexpr quint16 kEnginePort = 41700;
const QString kPbxIp = QStringLiteral("127.0.17.2");
const QString kNatIp = QStringLiteral("127.0.17.3");
const QString kAlgIp = QStringLiteral("127.0.17.4");
const QString kUaIp = QStringLiteral("127.0.17.5");
const QString kHepIp = QStringLiteral("127.0.17.9");
constexpr quint16 kHepPort = 41790;
const QString kTrunkNumber = QStringLiteral("31502053031");
const QString kPhone = QStringLiteral("31502053099");
const QByteArray kDigestHex = "response=\"[0-9a-f]{32}\"";
} // namespace

class TestDiagnostics : public QObject {
    Q_OBJECT

    EngineFixture m_fx;
    std::unique_ptr<sip::SipEngine> m_engine;
    QUdpSocket m_hep;
    QList<QByteArray> m_hepPackets;
    QList<CallRecord> m_records;

    QString tracePath() const { return TraceRepository::pathFor(m_fx.dbPath); }
    // Waits until the trace holds what pred wants (the recorder stores in batches).
    QList<TraceMessage> waitTrace(const std::function<Result<QList<TraceMessage>>(TraceRepository &)> &read, const std::function<bool(const QList<TraceMessage> &)> &pred)
    {
        QList<TraceMessage> got;
        (void)QTest::qWaitFor(
            [&] {
                auto repo = TraceRepository::open(tracePath(), true);
                if (!repo)
                    return false;
                auto r = read(**repo);
                if (r)
                    got = *r;
                return r && pred(got);
            },
            8000);
        return got;
    }
    static bool noDigest(const QByteArray &data) { return !QRegularExpression(QString::fromLatin1(kDigestHex)).match(QString::fromLatin1(data)).hasMatch(); }

    // A REGISTER from peer (bound to ip:port) whose Via and Contact say viaHost:viaPort; digest answered.
    bool registerFrom(UdpPeer &peer, const QString &ip, quint16 port, const QByteArray &viaHostPort, const QByteArray &user, const QByteArray &password)
    {
        const QByteArray uri = "sip:" + kEngineIp.toLatin1() + ':' + QByteArray::number(kEnginePort);
        auto reg = [&](int cseq, const QByteArray &auth) -> QByteArray {
            return "REGISTER " + uri + " SIP/2.0\r\nVia: SIP/2.0/UDP " + viaHostPort + ";rport;branch=z9hG4bK-reg" + QByteArray::number(cseq) +
                   "\r\nMax-Forwards: 70\r\nFrom: <sip:" + user + '@' + kEngineIp.toLatin1() + ">;tag=nat1\r\nTo: <sip:" + user + '@' + kEngineIp.toLatin1() +
                   ">\r\nCall-ID: natreg-" + user + "\r\nCSeq: " + QByteArray::number(cseq) + " REGISTER\r\nContact: <sip:" + user + '@' + viaHostPort +
                   ">\r\nExpires: 120\r\n" + auth + "Content-Length: 0\r\n\r\n";
        };
        peer.send(reg(1, {}), kEngineIp, kEnginePort);
        const QNetworkDatagram challenge = peer.waitFor("SIP/2.0 401");
        if (challenge.isNull())
            return false;
        const QByteArray auth = "Authorization: " + UdpPeer::digest(UdpPeer::header(challenge.data(), "WWW-Authenticate"), user, password, "REGISTER", uri) + "\r\n";
        peer.send(reg(2, auth), kEngineIp, kEnginePort);
        return !peer.waitFor("SIP/2.0 200").isNull();
        Q_UNUSED(ip)
        Q_UNUSED(port)
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QSKIP("sipp is not installed");
        QVERIFY(m_hep.bind(QHostAddress(kHepIp), kHepPort));
        connect(&m_hep, &QUdpSocket::readyRead, this, [this] {
            while (m_hep.hasPendingDatagrams())
                m_hepPackets << m_hep.receiveDatagram().data();
        });
        auto opened = m_fx.open({{"sip.primary", kEngineIp + QStringLiteral(":41700")},
                                 {"sip.secondary", kEngineIp + QStringLiteral(":41702")},
                                 {"sip.qualify.interval", QStringLiteral("0")},
                                 {"upstream.address", QStringLiteral("127.0.17.6:41730")},
                                 {"diagnostics.hep", kHepIp + QStringLiteral(":%1").arg(kHepPort)},
                                 {"diagnostics.hep.capture_id", QStringLiteral("4242")}});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Trunk t = EngineFixture::trunk(QStringLiteral("pbx"), kTrunkNumber);
        t.ipWhitelist = {IpNetwork::parse(kPbxIp).value(), IpNetwork::parse(kAlgIp).value()};
        t.destinations.countries = {DestinationRule{QStringLiteral("NL"), {NumberType::Fixed, NumberType::Mobile}}};
        auto created = m_fx.addTrunk(t, QStringLiteral("primaryPass1"), QStringLiteral("secondaryPass1"));
        QVERIFY2(created.ok(), qPrintable(created.message()));
        PhoneAccount phone;
        phone.number = kPhone;
        phone.account.username = kPhone;
        (void)NumberRepository(*m_fx.db).add({kPhone});
        auto p = AccountService(*m_fx.db, *m_fx.secrets).createPhone(phone, QStringLiteral("phonePass12"));
        QVERIFY2(p.ok(), qPrintable(p.message()));

        m_engine = std::make_unique<sip::SipEngine>(m_fx.dbPath);
        m_engine->setSecretStore(m_fx.secrets.get());
        connect(m_engine.get(), &sip::SipEngine::callEnded, this, [this](const CallRecord &r) { m_records << r; });
        auto s = m_engine->start();
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
    void cleanupTestCase()
    {
        if (m_engine)
            m_engine->stop();
    }

    void refusedCallLadder()
    {
        const QString line = kTrunkNumber + QStringLiteral(";0906123456;") + authField(kTrunkNumber, QStringLiteral("primaryPass1"));
        auto r = runSipp(QStringLiteral("calls/pbx_refused"), kEngineIp + QStringLiteral(":41700"), kPbxIp, 41710, {line}, 20000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.output.right(1500)));
        QVERIFY(QTest::qWaitFor([&] { return !m_records.isEmpty(); }, 8000));
        const CallRecord rec = m_records.last();
        QCOMPARE(rec.sipStatus, 403);

        const auto messages = waitTrace([&](TraceRepository &t) { return t.call(rec.callId); },
                                        [](const QList<TraceMessage> &l) { return l.size() >= 5; });
        const Ladder ladder = buildLadder(messages);
        QStringList seen;
        const LadderArrow *refusal = nullptr;
        for (const auto &a : ladder.arrows) {
            if (a.label == QLatin1String("ACK") || a.label.startsWith(QLatin1String("100 ")))
                continue;
            seen << a.label.section(QLatin1Char(' '), 0, 0);
            if (a.label.startsWith(QLatin1String("403")))
                refusal = &a;
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("INVITE"), QStringLiteral("407"), QStringLiteral("INVITE"), QStringLiteral("403")}));
        QVERIFY(refusal);
        QVERIFY(refusal->final);
        QVERIFY2(refusal->warning.contains(QLatin1String("fraud-prone")), qPrintable(refusal->warning));
        QCOMPARE(ladder.columns.size(), 2); // the PBX and Centrale: the carrier never saw it
        QVERIFY(ladder.columns.first().contains(kPbxIp));
        // The second INVITE carried a digest response: stored masked.
        bool masked = false;
        for (const auto &m : messages) {
            QVERIFY2(noDigest(m.data), m.data.constData());
            masked = masked || m.data.contains("response=\"********\"");
        }
        QVERIFY(masked);

        // The CLI prints the same ladder from the trace file.
        CtlRunner ctl(m_fx.dir);
        const auto out = ctl.run({QStringLiteral("trace"), QStringLiteral("--call"), rec.callId});
        QCOMPARE(out.code, 0);
        QVERIFY2(out.out.contains(QLatin1String("403 ")) && out.out.contains(QLatin1String("fraud-prone")), qPrintable(out.out));

        // pcap: tcpdump reads every message back, checksums right.
        const QString pcap = m_fx.dir.filePath(QStringLiteral("call.pcap"));
        const auto written = ctl.run({QStringLiteral("trace"), QStringLiteral("--call"), rec.callId, QStringLiteral("--pcap"), pcap});
        QVERIFY2(written.code == 0, qPrintable(written.err));
        QCOMPARE(QFile(pcap).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        if (QStandardPaths::findExecutable(QStringLiteral("tcpdump")).isEmpty())
            QSKIP("tcpdump is not installed");
        QProcess tcpdump;
        tcpdump.start(QStringLiteral("tcpdump"), {QStringLiteral("-r"), pcap, QStringLiteral("-n"), QStringLiteral("-vv")});
        QVERIFY(tcpdump.waitForFinished(10000));
        const QString dump = QString::fromUtf8(tcpdump.readAllStandardOutput());
        QCOMPARE(tcpdump.exitCode(), 0);
        QCOMPARE(int(dump.count(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d+ IP"), QRegularExpression::MultilineOption))), int(messages.size()));
        QVERIFY2(!dump.contains(QLatin1String("bad udp cksum")) && !dump.contains(QLatin1String("bad cksum")), qPrintable(dump.left(2000)));
        QVERIFY2(dump.contains(QLatin1String("127.0.17.2.41710 > 127.0.17.1.41700")), qPrintable(dump.left(1500)));
        QFile f(pcap);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(noDigest(f.readAll()));
        // sngrep parses every packet as SIP: what it saves again is the whole trace.
        if (!QStandardPaths::findExecutable(QStringLiteral("sngrep")).isEmpty()) {
            const QString again = m_fx.dir.filePath(QStringLiteral("sngrep.pcap"));
            QProcess sngrep;
            sngrep.start(QStringLiteral("sngrep"), {QStringLiteral("-I"), pcap, QStringLiteral("-N"), QStringLiteral("-q"), QStringLiteral("-O"), again});
            QVERIFY(sngrep.waitForFinished(10000));
            QCOMPARE(sngrep.exitCode(), 0);
            QProcess count;
            count.start(QStringLiteral("tcpdump"), {QStringLiteral("-r"), again, QStringLiteral("-n")});
            QVERIFY(count.waitForFinished(10000));
            QCOMPARE(int(QString::fromUtf8(count.readAllStandardOutput()).count(QLatin1Char('\n'))), int(messages.size()));
        }
    }

    void answeredCallTiesBothLegs()
    {
        // The carrier leg has its own Call-ID; the trace files it under the call's.
        BackgroundSipp carrier(kEngineIp + QStringLiteral(":41700"));
        carrier.start(QStringLiteral("carrier_answer"), QStringLiteral("127.0.17.6"), 41730, {}, 1);
        const qsizetype before = m_records.size();
        const QString line = kTrunkNumber + QStringLiteral(";0201234567;") + authField(kTrunkNumber, QStringLiteral("primaryPass1")) + QStringLiteral(";;");
        auto r = runSipp(QStringLiteral("calls/pbx_call"), kEngineIp + QStringLiteral(":41700"), kPbxIp, 41711, {line}, 20000,
                         {QStringLiteral("-d"), QStringLiteral("300")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output.left(1500) + carrier.trace().right(1500)));
        QCOMPARE(carrier.finish(), 0);
        QVERIFY(QTest::qWaitFor([&] { return m_records.size() > before; }, 8000));
        const CallRecord rec = m_records.last();
        QCOMPARE(rec.sipStatus, 200);
        const auto messages = waitTrace([&](TraceRepository &t) { return t.call(rec.callId); }, [](const QList<TraceMessage> &l) {
            int byes = 0;
            for (const auto &m : l)
                byes += m.method == "BYE" && m.status == 200;
            return byes >= 2;
        });
        QSet<QByteArray> callIds;
        for (const auto &m : messages)
            callIds.insert(m.callId);
        QCOMPARE(callIds.size(), 2); // A leg and B leg
        const Ladder ladder = buildLadder(messages, {QStringLiteral("127.0.17.6")});
        QCOMPARE(ladder.columns.size(), 3);
        QVERIFY(ladder.columns.at(0).contains(kPbxIp));
        QVERIFY2(ladder.columns.at(2).startsWith(QLatin1String("carrier 127.0.17.6")), qPrintable(ladder.columns.at(2)));
        bool invitedCarrier = false;
        for (const auto &a : ladder.arrows)
            invitedCarrier = invitedCarrier || (a.label == QLatin1String("INVITE") && a.from == 1 && a.to == 2);
        QVERIFY(invitedCarrier);
    }

    void cliRefusesBadInput()
    {
        CtlRunner ctl(m_fx.dir);
        auto none = ctl.run({QStringLiteral("trace")});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains(QLatin1String("--call")), qPrintable(none.err));
        auto both = ctl.run({QStringLiteral("check"), QStringLiteral("--trunk"), QStringLiteral("pbx"), QStringLiteral("--phone"), kPhone});
        QCOMPARE(both.code, 2);
        auto unknown = ctl.run({QStringLiteral("check"), QStringLiteral("--trunk"), QStringLiteral("nope")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("nope")), qPrintable(unknown.err));
        auto missing = ctl.run({QStringLiteral("trace"), QStringLiteral("--call"), QStringLiteral("never-seen@x")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QLatin1String("never-seen@x")), qPrintable(missing.err));
        QCOMPARE(ctl.run({QStringLiteral("trace"), QStringLiteral("--help")}).code, 0);
    }

    void hepToCollector()
    {
        // Every message of the refused call reached the collector, chunks in canonical order.
        QVERIFY(QTest::qWaitFor([&] { return m_hepPackets.size() >= 5; }, 5000));
        bool invite = false, refusal = false;
        for (const QByteArray &p : std::as_const(m_hepPackets)) {
            const auto chunks = hep3Chunks(p);
            QVERIFY(!chunks.isEmpty());
            QList<quint16> types;
            for (const auto &[type, value] : chunks)
                types << type;
            QCOMPARE(types.mid(0, 11), (QList<quint16>{1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 15}));
            QCOMPARE(chunks.at(9).second, QByteArray::fromHex("00001092")); // capture id 4242
            const QByteArray payload = chunks.at(10).second;
            QVERIFY2(noDigest(payload), payload.constData());
            invite = invite || payload.startsWith("INVITE sip:0906123456@");
            refusal = refusal || (payload.startsWith("SIP/2.0 403") && payload.contains("Warning: 399"));
            const QString src = QHostAddress(qFromBigEndian<quint32>(chunks.at(2).second.constData())).toString();
            QVERIFY2(src.startsWith(QLatin1String("127.0.17.")), qPrintable(src));
        }
        QVERIFY(invite);
        QVERIFY(refusal);
    }

    void registerBehindNatIsReported()
    {
        UdpPeer phone;
        QVERIFY(phone.bind(kNatIp, 41740));
        // Via and Contact say 192.168.1.10:5060; the packets come from 127.0.17.3:41740.
        QVERIFY(registerFrom(phone, kNatIp, 41740, "192.168.1.10:5060", kPhone.toLatin1(), "phonePass12"));
        waitTrace([&](TraceRepository &t) { return t.registrations({kPhone}); }, [](const QList<TraceMessage> &l) { return l.size() >= 4; });

        // The CLI check, while this phone answers its OPTIONS.
        CtlRunner ctl(m_fx.dir);
        QProcess check;
        check.start(QStringLiteral(CENTRALECTL_BIN), ctl.common() + QStringList{QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("--phone"), kPhone});
        const QNetworkDatagram options = phone.waitFor("OPTIONS ", 8000);
        QVERIFY(!options.isNull());
        const QByteArray req = options.data();
        QByteArray reply = "SIP/2.0 200 OK\r\n";
        for (const char *h : {"Via", "From", "To", "Call-ID", "CSeq"})
            reply += QByteArray(h) + ": " + UdpPeer::header(req, h) + "\r\n";
        reply += "Content-Length: 0\r\n\r\n";
        phone.socket().writeDatagram(reply, options.senderAddress(), quint16(options.senderPort()));
        QVERIFY(check.waitForFinished(10000));
        QCOMPARE(check.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(check.readAllStandardOutput()).object();
        QVERIFY2(json.value(QStringLiteral("nat")).toBool(), QJsonDocument(json).toJson().constData());
        QVERIFY(!json.value(QStringLiteral("alg")).toBool());
        const QString findings = json.value(QStringLiteral("nat_findings")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(findings.contains(QLatin1String("192.168.1.10")), qPrintable(findings));
        const QJsonObject probe = json.value(QStringLiteral("options")).toArray().first().toObject();
        QVERIFY2(probe.value(QStringLiteral("answered")).toBool(), QJsonDocument(json).toJson().constData());
        QCOMPARE(probe.value(QStringLiteral("target")).toString(), kNatIp + QStringLiteral(":41740"));
        QVERIFY(probe.value(QStringLiteral("rtt_ms")).toDouble() > 0);
        QVERIFY(json.value(QStringLiteral("firewall")).toVariant().toStringList().join(QLatin1Char(' ')).contains(QLatin1String("127.0.17.1 port 41700")));

        // Account registrations in the trace: REGISTER, 401, REGISTER, 200; no digest response.
        const auto regs = waitTrace([&](TraceRepository &t) { return t.registrations({kPhone}); }, [](const QList<TraceMessage> &l) { return l.size() >= 4; });
        for (const auto &m : regs)
            QVERIFY(noDigest(m.data));
    }

    void rewritingAlgIsDetected()
    {
        // A tiny "SIP ALG": relays between the PBX (127.0.17.5) and the engine, rewriting the
        // Contact and the SDP c= line and m= port to its own public side, as such routers do.
        QUdpSocket alg;
        QVERIFY(alg.bind(QHostAddress(kAlgIp), 41720));
        UdpPeer pbx;
        QVERIFY(pbx.bind(kUaIp, 41721));
        connect(&alg, &QUdpSocket::readyRead, this, [&] {
            while (alg.hasPendingDatagrams()) {
                const QNetworkDatagram d = alg.receiveDatagram();
                QByteArray data = d.data();
                if (d.senderAddress() == QHostAddress(kUaIp)) {
                    data.replace(QByteArray("Contact: <sip:" + kTrunkNumber.toLatin1() + "@127.0.17.5:41721>"), QByteArray("Contact: <sip:" + kTrunkNumber.toLatin1() + "@127.0.17.4:41720>"));
                    data.replace("c=IN IP4 127.0.17.5", "c=IN IP4 127.0.17.4");
                    data.replace("m=audio 40000", "m=audio 41000");
                    alg.writeDatagram(data, QHostAddress(kEngineIp), kEnginePort);
                } else {
                    alg.writeDatagram(data, QHostAddress(kUaIp), 41721);
                }
            }
        });
        const QByteArray sdp = "v=0\r\no=pbx 1 1 IN IP4 127.0.17.5\r\ns=-\r\nc=IN IP4 127.0.17.5\r\nt=0 0\r\nm=audio 40000 RTP/AVP 8 101\r\na=rtpmap:8 PCMA/8000\r\n";
        const QByteArray uri = "sip:0906123456@" + kEngineIp.toLatin1() + ":41700";
        auto invite = [&](int cseq, const QByteArray &auth) -> QByteArray {
            return "INVITE " + uri + " SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.17.5:41721;rport;branch=z9hG4bK-alg" + QByteArray::number(cseq) +
                   "\r\nMax-Forwards: 70\r\nFrom: <sip:" + kTrunkNumber.toLatin1() + "@127.0.17.1>;tag=alg1\r\nTo: <" + uri +
                   ">\r\nCall-ID: alg-call-1\r\nCSeq: " + QByteArray::number(cseq) + " INVITE\r\nContact: <sip:" + kTrunkNumber.toLatin1() +
                   "@127.0.17.5:41721>\r\n" + auth + "Content-Type: application/sdp\r\nContent-Length: " + QByteArray::number(sdp.size()) + "\r\n\r\n" + sdp;
        };
        auto ack = [&](int cseq, const QByteArray &toTag) -> QByteArray {
            return "ACK " + uri + " SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.17.5:41721;rport;branch=z9hG4bK-alg" + QByteArray::number(cseq) +
                   "\r\nMax-Forwards: 70\r\nFrom: <sip:" + kTrunkNumber.toLatin1() + "@127.0.17.1>;tag=alg1\r\nTo: " + toTag +
                   "\r\nCall-ID: alg-call-1\r\nCSeq: " + QByteArray::number(cseq) + " ACK\r\nContent-Length: 0\r\n\r\n";
        };
        pbx.send(invite(1, {}), kAlgIp, 41720);
        const QNetworkDatagram challenge = pbx.waitFor("SIP/2.0 407");
        QVERIFY(!challenge.isNull());
        pbx.send(ack(1, UdpPeer::header(challenge.data(), "To")), kAlgIp, 41720);
        const QByteArray auth = "Proxy-Authorization: " +
                                UdpPeer::digest(UdpPeer::header(challenge.data(), "Proxy-Authenticate"), kTrunkNumber.toLatin1(), "primaryPass1", "INVITE", uri) + "\r\n";
        pbx.send(invite(2, auth), kAlgIp, 41720);
        const QNetworkDatagram refused = pbx.waitFor("SIP/2.0 403");
        QVERIFY(!refused.isNull());
        pbx.send(ack(2, UdpPeer::header(refused.data(), "To")), kAlgIp, 41720);
        waitTrace([&](TraceRepository &t) { return t.call(QStringLiteral("alg-call-1")); }, [](const QList<TraceMessage> &l) { return l.size() >= 5; });

        auto report = checkConnection(*m_fx.db, tracePath(), QStringLiteral("trunk"), QStringLiteral("pbx"), 0);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY2(report->findings.alg, qPrintable(report->text()));
        const QString signs = report->findings.algSigns.join(QLatin1Char('\n'));
        QVERIFY2(signs.contains(QLatin1String("Contact was rewritten")), qPrintable(signs));
        QVERIFY2(signs.contains(QLatin1String("o= line says 127.0.17.5 but c= says 127.0.17.4")), qPrintable(signs));
        QVERIFY(report->text().contains(QLatin1String("Turn off SIP ALG")));
        // The PBX that registers directly (sipp in refusedCallLadder never registered): no REGISTER,
        // so the INVITE alone carried the signs; the phone's clean case is in the NAT test.
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
