// Call plans and voicemail in cluster mode: the nodes hand a call-plan number to Centrale's
// engine running as application server (`centralectl serve`, cluster.appserver), which runs
// the plan and sends its calls back through node A (cluster.proxy): the account's
// registration is looked up in location there, forwards go to the carrier past the node's
// destination check, and acc has them all.
// Addresses (this test's own): 127.0.44.1:46901 PostgreSQL, .2/.3:46910 nodes A/B
// (JSON-RPC 46920/46921), .5:46940/46941 the application server (its rtpengine 46945,
// media 46950-46989), .10:46995 phone X, .20:46930 the carrier (calls from .20:46931,
// media 46990).
#include "../sip/SippRun.h"
#include "../sip/UdpPeer.h"
#include "ClusterFixture.h"
#include "media/RtpengineSupervisor.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString kAppServerIp = QStringLiteral("127.0.44.5");
const QString kPhoneIp = QStringLiteral("127.0.44.10");
constexpr int kPhonePort = 46995;
const QString kCarrierIp = QStringLiteral("127.0.44.20");
const QString kPhone = QStringLiteral("31502053201");
const QString kPhonePassword = QStringLiteral("Phone-Pa55word-X");
const QString kPlanDid = QStringLiteral("31502053210");
const QString kForwardTo = QStringLiteral("31201234567");
const QString kVoicemailDid = QStringLiteral("31502053220");
const QString kCaller = QStringLiteral("31612345678");
} // namespace

class TstClusterPlans : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CtlRunner> m_ctl;
    std::unique_ptr<ClusterFixture> m_cluster;
    QProcess m_appServer;

    bool ok(const QStringList &args, const QByteArray &in = {}) const
    {
        const auto r = m_ctl->run(args, in);
        if (r.code != 0)
            qWarning() << args << r.code << r.err << r.out;
        return r.code == 0;
    }
    QString appServerLog() { return QString::fromUtf8(m_appServer.readAll()); }

    // The call in acc (cluster status) whose callee is digits, once it is there.
    QJsonObject accCall(const QString &digits) const
    {
        QJsonObject found;
        [[maybe_unused]] const bool seen = QTest::qWaitFor(
            [&] {
                for (const auto &v : m_cluster->status()[QStringLiteral("calls")].toArray())
                    if (v.toObject()[QStringLiteral("callee")].toString() == digits)
                        found = v.toObject();
                return !found.isEmpty();
            },
            3000);
        return found;
    }

private slots:
    void initTestCase()
    {
        if (const QString missing = ClusterFixture::toolsMissing(); !missing.isEmpty())
            QFAIL(qPrintable(missing));
        if (centrale::media::RtpengineSupervisor::program().isEmpty())
            QFAIL("rtpengine is not installed (scripts/setup.sh installs it)");
        QVERIFY(m_dir.isValid());
        m_ctl = std::make_unique<CtlRunner>(m_dir);
        ClusterAddresses a;
        a.pgHost = QStringLiteral("127.0.44.1");
        a.pgPort = 46901;
        a.nodeIp[0] = QStringLiteral("127.0.44.2");
        a.nodeIp[1] = QStringLiteral("127.0.44.3");
        a.sipPort = 46910;
        a.rpcPort[0] = 46920;
        a.rpcPort[1] = 46921;
        a.carrierIp = kCarrierIp;
        a.carrierPort = 46930;
        m_cluster = std::make_unique<ClusterFixture>(a, m_dir, *m_ctl);
        QString error = m_cluster->startPostgres();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_cluster->configureCentrale();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // The application server: where the nodes send call-plan numbers, and the node it
        // sends its own calls through; its rtpengine on addresses of this test.
        const QList<QPair<QString, QString>> settings = {{QStringLiteral("cluster.appserver"), kAppServerIp + QStringLiteral(":46940")},
                                                         {QStringLiteral("cluster.proxy"), m_cluster->nodeSip(0)},
                                                         {QStringLiteral("media.ng"), kAppServerIp + QStringLiteral(":46945")},
                                                         {QStringLiteral("media.address"), kAppServerIp},
                                                         {QStringLiteral("media.ports"), QStringLiteral("46950-46989")}};
        for (const auto &[key, value] : settings)
            QVERIFY(ok({QStringLiteral("settings"), QStringLiteral("set"), key, value}));

        // Phone X, and two call plans: ring X for 5 s then forward; straight to voicemail.
        QVERIFY(ok({QStringLiteral("phone"), QStringLiteral("add"), QStringLiteral("--number"), kPhone, QStringLiteral("--password-stdin")},
                   kPhonePassword.toUtf8() + '\n'));
        QVERIFY(ok({QStringLiteral("number"), QStringLiteral("add"), kPlanDid}));
        QVERIFY(ok({QStringLiteral("callplan"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Receptie")}));
        QVERIFY(ok({QStringLiteral("callplan"), QStringLiteral("step"), QStringLiteral("add"), QStringLiteral("--callplan"), QStringLiteral("Receptie"),
                    QStringLiteral("--ring"), QLatin1Char('+') + kPhone, QStringLiteral("--timeout"), QStringLiteral("5")}));
        QVERIFY(ok({QStringLiteral("callplan"), QStringLiteral("step"), QStringLiteral("add"), QStringLiteral("--callplan"), QStringLiteral("Receptie"),
                    QStringLiteral("--forward"), QLatin1Char('+') + kForwardTo}));
        QVERIFY(ok({QStringLiteral("callplan"), QStringLiteral("link"), QStringLiteral("--callplan"), QStringLiteral("Receptie"), QStringLiteral("--number"), kPlanDid}));
        QVERIFY(ok({QStringLiteral("number"), QStringLiteral("add"), kVoicemailDid}));
        QVERIFY(ok({QStringLiteral("callplan"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Na sluiting")}));
        QVERIFY(ok({QStringLiteral("callplan"), QStringLiteral("step"), QStringLiteral("add"), QStringLiteral("--callplan"), QStringLiteral("Na sluiting"),
                    QStringLiteral("--voicemail"), QStringLiteral("Front desk")}));
        QVERIFY(ok({QStringLiteral("callplan"), QStringLiteral("link"), QStringLiteral("--callplan"), QStringLiteral("Na sluiting"), QStringLiteral("--number"),
                    kVoicemailDid}));

        // The schema first (the nodes read it at start); the nodes are not up yet, so this sync fails.
        const auto first = m_ctl->run({QStringLiteral("cluster"), QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(QJsonDocument::fromJson(first.out.toUtf8()).object()[QStringLiteral("schema_created")].toBool(), qPrintable(first.out + first.err));
        // The nodes learn the application server and which numbers it takes from the htable.
        QCOMPARE(m_cluster->psql(QStringLiteral("SELECT key_value FROM htable WHERE key_name = 'as:uri'")), QStringLiteral("sip:127.0.44.5:46940"));
        QCOMPARE(m_cluster->psql(QStringLiteral("SELECT string_agg(key_name, ',' ORDER BY key_name) FROM htable WHERE key_name LIKE 'plan:%'")),
                 QStringLiteral("plan:%1,plan:%2").arg(kPlanDid, kVoicemailDid));
        error = m_cluster->startNodes();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_cluster->startFollower();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // The application server: the bundled engine, listening on cluster.appserver.
        m_appServer.setProcessChannelMode(QProcess::MergedChannels);
        m_appServer.start(QStringLiteral(CENTRALECTL_BIN),
                          m_ctl->common() + QStringList{QStringLiteral("serve"), QStringLiteral("--secondary"), kAppServerIp + QStringLiteral(":46941")});
        QString log;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         log += appServerLog();
                         return log.contains(QLatin1String("engine listening on 127.0.44.5:46940"));
                     },
                     10000),
                 qPrintable(log));
    }

    void cleanupTestCase()
    {
        if (m_appServer.state() != QProcess::NotRunning) {
            m_appServer.terminate();
            if (!m_appServer.waitForFinished(5000))
                m_appServer.kill();
        }
        m_cluster.reset();
    }

    void planRingsTheAccountThenForwards()
    {
        // Phone X registers at node A, then rings without answering.
        const auto reg = runSipp(QStringLiteral("reg_ok"), m_cluster->nodeSip(0), kPhoneIp, kPhonePort,
                                 {kPhone + QLatin1Char(';') + authField(kPhone, kPhonePassword) + QStringLiteral(";600")}, 10000);
        QVERIFY2(reg.exitCode == 0, qPrintable(reg.output + m_cluster->nodeLog(0)));
        BackgroundSipp phone(m_cluster->nodeSip(0));
        phone.start(QStringLiteral("pbx_noanswer"), kPhoneIp, kPhonePort, {kPhone});
        BackgroundSipp carrier(m_cluster->nodeSip(0));
        carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, 46930, {});
        QTest::qWait(200);

        // The carrier calls the plan's number at node B.
        QElapsedTimer t;
        t.start();
        const auto call = runSipp(QStringLiteral("calls/carrier_call"), m_cluster->nodeSip(1), kCarrierIp, 46931, {kCaller + QLatin1Char(';') + kPlanDid}, 20000,
                                  {QStringLiteral("-d"), QStringLiteral("300"), QStringLiteral("-recv_timeout"), QStringLiteral("15000")}); // X rings 5 s first
        if (call.exitCode != 0)
            qWarning().noquote() << call.output.left(1500) << appServerLog() << phone.trace().left(2000) << m_cluster->nodeLog(0);
        QCOMPARE(call.exitCode, 0);
        QCOMPARE(phone.finish(5000), 0); // X rang, and was cancelled
        QVERIFY2(phone.trace().contains(QLatin1String("CANCEL sip:")), qPrintable(phone.trace().left(1500)));
        // After X's 5 s the plan forwarded, through node A, to the carrier as +E164 with Diversion.
        QVERIFY(t.elapsed() >= 5000);
        QVERIFY(QTest::qWaitFor([&] { return carrier.trace().contains(QLatin1String("BYE sip:")); }, 3000));
        const QString seen = carrier.trace();
        QVERIFY2(seen.contains(QLatin1String("INVITE sip:+%1@127.0.44.20:46930").arg(kForwardTo)), qPrintable(seen.left(1500)));
        QVERIFY2(seen.contains(QLatin1String("Diversion: <sip:+%1@").arg(kPlanDid)), qPrintable(seen.left(1500)));
        QVERIFY2(!seen.contains(QLatin1String("X-Centrale-Payer")), qPrintable(seen.left(1500))); // the node's business only
        QVERIFY(seen.contains(QLatin1String("Via: SIP/2.0/UDP 127.0.44.2:46910")));

        // In the cluster's call log: the call to the plan (node B), the ring of X and the forward (node A).
        const QJsonObject in = accCall(kPlanDid);
        QCOMPARE(in[QStringLiteral("status")].toInt(), 200);
        QCOMPARE(in[QStringLiteral("node")].toString(), QStringLiteral("b"));
        const QJsonObject ring = accCall(kPhone);
        QCOMPARE(ring[QStringLiteral("status")].toInt(), 487);
        QCOMPARE(ring[QStringLiteral("node")].toString(), QStringLiteral("a"));
        const QJsonObject forward = accCall(kForwardTo);
        QCOMPARE(forward[QStringLiteral("status")].toInt(), 200);
        QCOMPARE(forward[QStringLiteral("node")].toString(), QStringLiteral("a"));
    }

    void nodeStillRefusesBlockedDestinationsOfTheApplicationServer()
    {
        // The node trusts the application server by its address (no digest), but a call out
        // from it still passes the node's check of the fraud-prone ranges: an INVITE from the
        // application server's address to +31906… is refused there and logged in acc.
        UdpPeer peer;
        QVERIFY(peer.bind(kAppServerIp, 46942));
        const QByteArray node = m_cluster->nodeSip(0).toLatin1();
        const QByteArray msg = "INVITE sip:+31906123456@" + node + " SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.44.5:46942;branch=z9hG4bK-blocked1\r\n"
                               "From: <sip:+" + kPlanDid.toLatin1() + "@127.0.44.5>;tag=b1\r\nTo: <sip:+31906123456@" + node +
                               ">\r\nCall-ID: blocked-1@appserver\r\nCSeq: 1 INVITE\r\nContact: <sip:centrale@127.0.44.5:46942>\r\n"
                               "X-Centrale-Payer: callplan:1\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
        peer.send(msg, m_cluster->addresses().nodeIp[0], m_cluster->addresses().sipPort);
        const QNetworkDatagram answer = peer.waitFor("SIP/2.0 4", 2000);
        QVERIFY2(answer.data().startsWith("SIP/2.0 403 Destination blocked"), answer.data().constData());
        QCOMPARE(accCall(QStringLiteral("31906123456"))[QStringLiteral("status")].toInt(), 403);
    }

    void voicemailTakesTheMessage()
    {
        const auto call = runSipp(QStringLiteral("calls/carrier_call_media"), m_cluster->nodeSip(1), kCarrierIp, 46931, {kCaller + QLatin1Char(';') + kVoicemailDid},
                                  20000, {QStringLiteral("-d"), QStringLiteral("2000"), QStringLiteral("-mp"), QStringLiteral("46990")});
        QVERIFY2(call.exitCode == 0, qPrintable(call.output.right(1500) + appServerLog()));
        // The engine answered (voicemail), recorded the caller, and the message is listed.
        QJsonArray messages;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         messages = QJsonDocument::fromJson(m_ctl->run({QStringLiteral("voicemail"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array();
                         return !messages.isEmpty();
                     },
                     8000),
                 qPrintable(appServerLog()));
        const QJsonObject m = messages.first().toObject();
        QCOMPARE(m[QStringLiteral("callplan")].toString(), QStringLiteral("Na sluiting"));
        QCOMPARE(m[QStringLiteral("called")].toString(), QLatin1Char('+') + kVoicemailDid);
        QCOMPARE(m[QStringLiteral("caller")].toString(), QLatin1Char('+') + kCaller);
        QVERIFY2(m[QStringLiteral("seconds")].toDouble() >= 1.5, qPrintable(QString::number(m[QStringLiteral("seconds")].toDouble())));
        QVERIFY(QFile::exists(m[QStringLiteral("file")].toString()));
        QCOMPARE(accCall(kVoicemailDid)[QStringLiteral("status")].toInt(), 200);
    }
};

QTEST_GUILESS_MAIN(TstClusterPlans)
#include "tst_clusterplans.moc"
