// Centrale as the control plane of a Kamailio cluster, all on one machine: PostgreSQL 15,
// two Kamailio nodes (kamailio-centrale-cluster.cfg) with DMQ between them, a sipp PBX
// and a sipp carrier. Centrale creates the schema, provisions the tables and reloads the
// nodes; registrations and calls come back through location and acc.
// Addresses: 127.0.37.1:44701 PostgreSQL, .2/.3:44710 nodes A/B (JSON-RPC 44720/44721),
// .10 the PBX, .20:44730 the carrier, .99 another PBX address; .11 the PBX of a second
// trunk with one channel (limits, fraud, channels across nodes), 127.0.0.1:44740 a mail sink.
#include "../sip/SippRun.h"
#include "../sip/UdpPeer.h"
#include "ClusterFixture.h"
#include "cluster/ClusterStatusFeed.h"
#include "cluster/ClusterGuard.h"
#include "cluster/JsonRpcClient.h"
#include "secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString kDbPassword = QString::fromLatin1(ClusterFixture::kDbPassword);
const QString kNodeA = QStringLiteral("http://127.0.37.2:44720/RPC");
const QString kNodeB = QStringLiteral("http://127.0.37.3:44721/RPC");
const QString kTrunk = QStringLiteral("Cluster kantoor");
const QString kUser = QStringLiteral("31502053031");
const QString kPassword = QStringLiteral("Trunk-Pa55word-1");
const QString kPbxIp = QStringLiteral("127.0.37.10");
const QString kGuardTrunk = QStringLiteral("Cluster guard");
const QString kGuardUser = QStringLiteral("31502053041");
const QString kGuardPassword = QStringLiteral("Guard-Pa55word-1");
const QString kGuardPbxIp = QStringLiteral("127.0.37.11");

QJsonObject jsonOf(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }
} // namespace

class TstCluster : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CtlRunner> m_ctl;
    std::unique_ptr<ClusterFixture> m_cluster;

    QString psql(const QString &sql) const { return m_cluster->psql(sql); }
    QString nodeLog(int i) const { return m_cluster->nodeLog(i); }
    QProcess m_smtp;
    QTemporaryDir m_mails;
    int m_guardPort = 44753;

    // One call of the one-channel trunk's PBX through a node: the final status the PBX got
    // (200 when answered), and the Warning the refusal carried. holdMs: how long it talks.
    struct Outcome {
        int status = 0;
        QString warning;
    };
    Outcome guardCall(const QString &nodeIp, const QString &dialled = QStringLiteral("0501234567"))
    {
        const QString trace = m_dir.filePath(QStringLiteral("guard%1.msg").arg(m_guardPort));
        const auto r = runSipp(QStringLiteral("calls/pbx_refused"), nodeIp + QStringLiteral(":44710"), kGuardPbxIp, m_guardPort++,
                               {kGuardUser + QLatin1Char(';') + dialled + QLatin1Char(';') + authField(kGuardUser, kGuardPassword) + QStringLiteral(";;")}, 8000,
                               {QStringLiteral("-trace_msg"), QStringLiteral("-message_file"), trace});
        QFile f(trace);
        f.open(QIODevice::ReadOnly);
        const QString text = QString::fromUtf8(f.readAll());
        const auto a = ClusterFixture::answerIn(text);
        Outcome o{a.status, a.warning};
        if (o.status == 0)
            qWarning().noquote() << r.output.right(1500);
        return o;
    }
    // An answered call of the one-channel trunk, talking holdMs, through a node.
    int guardAnsweredCall(const QString &nodeIp, int holdMs = 200)
    {
        const auto r = runSipp(QStringLiteral("calls/pbx_call"), nodeIp + QStringLiteral(":44710"), kGuardPbxIp, m_guardPort++,
                               {kGuardUser + QStringLiteral(";0501234567;") + authField(kGuardUser, kGuardPassword) + QStringLiteral(";;")}, 10000,
                               {QStringLiteral("-d"), QString::number(holdMs)});
        if (r.exitCode != 0)
            qWarning().noquote() << r.output.right(1500);
        return r.exitCode;
    }
    // The nodes' block entry for the one-channel trunk: null when there is none.
    static QJsonValue blockAt(const QString &node)
    {
        auto r = centrale::cluster::jsonRpcCall(node, QStringLiteral("htable.get"), {QStringLiteral("centrale_block"), QStringLiteral("trunk:2")}, 500);
        return r ? r.value().toObject()[QStringLiteral("item")].toObject()[QStringLiteral("value")] : QJsonValue();
    }
    static bool blockedOnBoth(bool blocked)
    {
        return QTest::qWaitFor([&] { return blockAt(kNodeA).isNull() != blocked && blockAt(kNodeB).isNull() != blocked; }, 6000);
    }
    QStringList mailSubjects() const
    {
        QStringList out;
        for (const auto &name : QDir(m_mails.path()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(m_mails.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out << QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("subject")].toString();
        }
        return out;
    }


    // An unauthenticated REGISTER for the trunk's account from ip: 401 (a challenge: the
    // address may try) or 403 (the IP whitelist refuses it). 0 = no answer.
    static int probe(const QString &fromIp, const QString &nodeIp)
    {
        UdpPeer peer;
        if (!peer.bind(fromIp, 44760))
            return -1;
        static int counter = 0;
        const QByteArray seq = QByteArray::number(++counter);
        const QByteArray msg = "REGISTER sip:" + nodeIp.toLatin1() + ":44710 SIP/2.0\r\nVia: SIP/2.0/UDP " + fromIp.toLatin1() + ":44760;branch=z9hG4bK-probe" +
                               seq + "\r\nFrom: <sip:" + kUser.toLatin1() + "@" + nodeIp.toLatin1() + ">;tag=p" + seq +
                               "\r\nTo: <sip:" + kUser.toLatin1() + "@" + nodeIp.toLatin1() + ">\r\nCall-ID: probe-" + seq +
                               "@cluster\r\nCSeq: 1 REGISTER\r\nContact: <sip:" + kUser.toLatin1() + "@" + fromIp.toLatin1() +
                               ":44760>\r\nMax-Forwards: 70\r\nExpires: 60\r\nContent-Length: 0\r\n\r\n";
        peer.send(msg, nodeIp, 44710);
        const QNetworkDatagram d = peer.waitFor("SIP/2.0 ", 500);
        return d.isNull() ? 0 : d.data().mid(8, 3).toInt();
    }

    QJsonObject status() const { return m_cluster->status(); }

private slots:
    void initTestCase()
    {
        if (const QString missing = ClusterFixture::toolsMissing(); !missing.isEmpty())
            QFAIL(qPrintable(missing));
        QVERIFY(m_dir.isValid());
        m_ctl = std::make_unique<CtlRunner>(m_dir);
        ClusterAddresses a;
        a.pgHost = QStringLiteral("127.0.37.1");
        a.pgPort = 44701;
        a.nodeIp[0] = QStringLiteral("127.0.37.2");
        a.nodeIp[1] = QStringLiteral("127.0.37.3");
        a.sipPort = 44710;
        a.rpcPort[0] = 44720;
        a.rpcPort[1] = 44721;
        a.carrierIp = QStringLiteral("127.0.37.20");
        a.carrierPort = 44730;
        m_cluster = std::make_unique<ClusterFixture>(a, m_dir, *m_ctl);
        QString error = m_cluster->startPostgres();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Centrale: cluster mode, a trunk whose PBX is at .10, the database password in
        // the secrets file (never in a setting).
        auto ok = [&](const QStringList &args, const QByteArray &in = {}) {
            const auto r = m_ctl->run(args, in);
            if (r.code != 0)
                qWarning() << args << r.code << r.err << r.out;
            return r.code == 0;
        };
        error = m_cluster->configureCentrale();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(ok({QStringLiteral("number"), QStringLiteral("add"), kUser}));
        QVERIFY(ok({QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--name"), kTrunk, QStringLiteral("--channels"), QStringLiteral("2"),
                    QStringLiteral("--brand"), QStringLiteral("3cx"), QStringLiteral("--format"), QStringLiteral("plus"), QStringLiteral("--ip"), kPbxIp,
                    QStringLiteral("--number"), kUser + QStringLiteral(":in:cid"), QStringLiteral("--password-stdin")},
                   (kPassword + QStringLiteral("\nTrunk-Pa55word-2\n")).toUtf8()));

        // A second trunk with one channel: limits, fraud and channels across the nodes.
        QVERIFY(ok({QStringLiteral("number"), QStringLiteral("add"), kGuardUser}));
        QVERIFY(ok({QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--name"), kGuardTrunk, QStringLiteral("--channels"), QStringLiteral("1"),
                    QStringLiteral("--brand"), QStringLiteral("3cx"), QStringLiteral("--format"), QStringLiteral("plus"), QStringLiteral("--ip"), kGuardPbxIp,
                    QStringLiteral("--number"), kGuardUser + QStringLiteral(":in:cid"), QStringLiteral("--password-stdin")},
                   (kGuardPassword + QStringLiteral("\nGuard-Pa55word-2\n")).toUtf8()));
        // Mail goes to a sink (the guard's 80 %/95 % and fraud mails).
        QVERIFY(m_mails.isValid());
        m_smtp.setProcessChannelMode(QProcess::MergedChannels);
        m_smtp.start(QStringLiteral("python3"), {QStringLiteral(CENTRALE_TEST_TOOLS "/smtp-sink.py"), QStringLiteral("--port"), QStringLiteral("44740"),
                                                 QStringLiteral("--out"), m_mails.path()});
        QVERIFY2(m_smtp.waitForReadyRead(20000), "smtp-sink.py did not start"); // python starts slowly on a loaded machine
        QVERIFY(ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("smtp.server"), QStringLiteral("127.0.0.1:44740")}));
        QVERIFY(ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("alerts.email"), QStringLiteral("noc@example.nl")}));

        // The first sync creates Kamailio's schema (the nodes read it at start) and fills it;
        // the nodes are not up yet, so it says so and fails.
        const auto first = m_ctl->run({QStringLiteral("cluster"), QStringLiteral("sync"), QStringLiteral("--json")});
        const QJsonObject report = jsonOf(first.out);
        QVERIFY2(report[QStringLiteral("schema_created")].toBool(), qPrintable(first.out + first.err));
        QCOMPARE(report[QStringLiteral("subscribers")].toInt(), 4);
        QCOMPARE(first.code, 1);
        QVERIFY(report[QStringLiteral("nodes")].toArray().first().toObject().contains(QStringLiteral("error")));

        error = m_cluster->startNodes();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_cluster->startFollower();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_smtp.state() != QProcess::NotRunning) {
            m_smtp.kill();
            m_smtp.waitForFinished(3000);
        }
        m_cluster.reset();
    }

    void tablesHoldHashesNotPasswords()
    {
        QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM subscriber WHERE password <> ''")), QStringLiteral("0"));
        const QString ha1 = QString::fromLatin1(UdpPeer::md5((kUser + QStringLiteral(":centrale:") + kPassword).toUtf8()));
        QCOMPARE(psql(QStringLiteral("SELECT ha1 FROM subscriber WHERE username = '%1'").arg(kUser)), ha1);
        QCOMPARE(psql(QStringLiteral("SELECT ip_addr || '/' || mask || ' ' || tag FROM address ORDER BY tag")),
                 kPbxIp + QStringLiteral("/32 trunk:1\n") + kGuardPbxIp + QStringLiteral("/32 trunk:2"));
        QCOMPARE(psql(QStringLiteral("SELECT table_version FROM version WHERE table_name = 'subscriber'")), QStringLiteral("7"));
        const auto settings = m_ctl->run({QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(!settings.out.contains(kDbPassword));
        // A second sync finds nothing to change, and writes nothing.
        const auto again = m_ctl->run({QStringLiteral("cluster"), QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
        QCOMPARE(jsonOf(again.out)[QStringLiteral("changed")].toArray().size(), 0);
    }

    void statusShowsBothNodesUp()
    {
        const auto r = m_ctl->run({QStringLiteral("cluster"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject s = jsonOf(r.out);
        QCOMPARE(s[QStringLiteral("mode")].toString(), QStringLiteral("cluster"));
        const QJsonArray nodes = s[QStringLiteral("nodes")].toArray();
        QCOMPARE(nodes.size(), 2);
        for (const auto &n : nodes)
            QVERIFY(n.toObject()[QStringLiteral("up")].toBool());
    }

    void registrationAtNodeAIsKnownAtNodeB()
    {
        const auto reg = runSipp(QStringLiteral("reg_ok"), QStringLiteral("127.0.37.2:44710"), kPbxIp, 44750,
                                 {kUser + QLatin1Char(';') + authField(kUser, kPassword) + QStringLiteral(";600")}, 10000);
        QVERIFY2(reg.exitCode == 0, qPrintable(reg.output + nodeLog(0)));
        // Centrale shows it registered, from what node A wrote to location.
        QJsonObject primary;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &v : status()[QStringLiteral("registrations")].toArray())
                    if (v.toObject()[QStringLiteral("account")].toString() == kUser)
                        primary = v.toObject();
                return primary[QStringLiteral("state")].toString() == QLatin1String("registered");
            },
            5000));
        QCOMPARE(primary[QStringLiteral("owner")].toString(), kTrunk);
        QCOMPARE(primary[QStringLiteral("role")].toString(), QStringLiteral("primary"));
        QCOMPARE(primary[QStringLiteral("source")].toString(), kPbxIp + QStringLiteral(":44750"));
        // The console's view: the cluster status feed (Trunks page, Settings page) says the same.
        {
            auto db = centrale::Database::open(m_ctl->dbPath());
            QVERIFY(db);
            auto secrets = centrale::openSecretStore(m_dir.filePath(QStringLiteral("s.json")));
            QVERIFY(secrets);
            auto settings = centrale::cluster::loadClusterSettings(**db, secrets->get());
            QVERIFY2(settings, qPrintable(settings.message()));
            QCOMPARE(settings->db.password, kDbPassword);
            centrale::cluster::ClusterStatusFeed feed(m_ctl->dbPath(), settings.value(), 200);
            QVERIFY(QTest::qWaitFor([&] { return feed.nodesUp().size() == 2; }, 5000));
            QCOMPARE(feed.nodesUp(), (QList<bool>{true, true}));
            QVERIFY(feed.isRunning());
            bool registered = false;
            for (const auto &a : feed.snapshot())
                registered = registered || (a.account == kUser && a.state == centrale::RegistrationState::Registered && a.owner == kTrunk);
            QVERIFY2(registered, qPrintable(feed.lastError()));
        }
        // Node B has the binding from DMQ.
        QJsonValue lookup;
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto r = centrale::cluster::jsonRpcCall(kNodeB, QStringLiteral("ul.lookup"), {QStringLiteral("location"), kUser});
                lookup = r ? r.value() : QJsonValue();
                return r.ok();
            },
            3000));
        QVERIFY2(QJsonDocument(lookup.toObject()).toJson().contains("127.0.37.10:44750"), QJsonDocument(lookup.toObject()).toJson().constData());
    }

    void callFromPbxGoesThroughNodeBToCarrier()
    {
        // A UAS sends nowhere; the node's address stands in for the remote sipp wants.
        BackgroundSipp carrier(QStringLiteral("127.0.37.3:44710"));
        carrier.start(QStringLiteral("carrier_answer"), QStringLiteral("127.0.37.20"), 44730, {});
        QTest::qWait(200);
        const auto call = runSipp(QStringLiteral("calls/pbx_call"), QStringLiteral("127.0.37.3:44710"), kPbxIp, 44751,
                                  {kUser + QStringLiteral(";0501234567;") + authField(kUser, kPassword) + QStringLiteral(";;")}, 10000,
                                  {QStringLiteral("-d"), QStringLiteral("300")});
        QVERIFY2(call.exitCode == 0, qPrintable(call.output + nodeLog(1)));
        QVERIFY(QTest::qWaitFor([&] { return carrier.trace().contains(QLatin1String("BYE sip:")); }, 3000));
        // Normalised to E.164 towards the carrier.
        QVERIFY2(carrier.trace().contains(QLatin1String("INVITE sip:+31501234567@127.0.37.20:44730")), qPrintable(carrier.trace().left(1500)));
        // And in the call log, from acc: answered, on node B, for the trunk.
        QJsonObject answered;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &v : status()[QStringLiteral("calls")].toArray())
                    if (v.toObject()[QStringLiteral("callee")].toString() == QLatin1String("31501234567"))
                        answered = v.toObject();
                return !answered.isEmpty();
            },
            3000));
        QCOMPARE(answered[QStringLiteral("status")].toInt(), 200);
        QCOMPARE(answered[QStringLiteral("node")].toString(), QStringLiteral("b"));
        QCOMPARE(answered[QStringLiteral("owner")].toString(), kTrunk);
        QCOMPARE(answered[QStringLiteral("source")].toString(), kPbxIp);
    }

    void premiumRateCallIsRefused()
    {
        const auto call = runSipp(QStringLiteral("calls/pbx_refused"), QStringLiteral("127.0.37.3:44710"), kPbxIp, 44752,
                                  {kUser + QStringLiteral(";0906123456;") + authField(kUser, kPassword) + QStringLiteral(";;")}, 10000,
                                  {QStringLiteral("-trace_msg"), QStringLiteral("-message_file"), m_dir.filePath(QStringLiteral("refused.msg"))});
        QVERIFY2(call.exitCode == 0, qPrintable(call.output));
        QFile msg(m_dir.filePath(QStringLiteral("refused.msg")));
        QVERIFY(msg.open(QIODevice::ReadOnly));
        QVERIFY(msg.readAll().contains("SIP/2.0 403 Destination blocked"));
        QJsonObject refused;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &v : status()[QStringLiteral("calls")].toArray())
                    if (v.toObject()[QStringLiteral("callee")].toString() == QLatin1String("31906123456"))
                        refused = v.toObject();
                return !refused.isEmpty();
            },
            3000));
        QCOMPARE(refused[QStringLiteral("status")].toInt(), 403);
        QCOMPARE(refused[QStringLiteral("reason")].toString(), QStringLiteral("Destination blocked"));
    }

    void channelsAreCountedAcrossNodes()
    {
        BackgroundSipp carrier(QStringLiteral("127.0.37.2:44710"));
        carrier.start(QStringLiteral("carrier_answer"), QStringLiteral("127.0.37.20"), 44730, {}, 20, 200);
        QTest::qWait(200);
        // One call up through node A (it talks for 3 s) ...
        BackgroundSipp first(QStringLiteral("127.0.37.2:44710"));
        first.start(QStringLiteral("pbx_call"), kGuardPbxIp, 44770, {kGuardUser + QStringLiteral(";0501234567;") + authField(kGuardUser, kGuardPassword) + QStringLiteral(";;")},
                    1, 3000);
        QVERIFY2(QTest::qWaitFor([&] { return carrier.trace().contains(QLatin1String("ACK sip:")); }, 5000), qPrintable(first.trace().right(1500)));
        QTest::qWait(300);
        // ... and the trunk's only channel is taken on node B too, answered as the bundled engine does.
        const Outcome second = guardCall(QStringLiteral("127.0.37.3"));
        QCOMPARE(second.status, 503);
        QVERIFY2(second.warning.contains(QLatin1String("channels")), qPrintable(second.warning));
        const int firstExit = first.finish(10000);
        QVERIFY2(firstExit == 0, qPrintable(QString::fromUtf8(first.proc.readAll().right(2500)) + nodeLog(0)));
        // Once it ended, node B takes a call again.
        QTest::qWait(300);
        QCOMPARE(guardAnsweredCall(QStringLiteral("127.0.37.3")), 0);
    }

    void callLimitBlocksOnEveryNodeAndMails()
    {
        BackgroundSipp carrier(QStringLiteral("127.0.37.2:44710"));
        carrier.start(QStringLiteral("carrier_answer"), QStringLiteral("127.0.37.20"), 44730, {}, 20, 200);
        QTest::qWait(200);
        // Two calls went out so far (the refused one does not count): a third is the limit.
        auto set = m_ctl->run({QStringLiteral("limits"), QStringLiteral("set"), QStringLiteral("--trunk"), kGuardTrunk, QStringLiteral("--calls-hour"), QStringLiteral("3")});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QTest::qWait(1500);
        QVERIFY(blockAt(kNodeA).isNull());
        QCOMPARE(guardAnsweredCall(QStringLiteral("127.0.37.2")), 0);
        // The guard reads it from acc, blocks the trunk on both nodes and mails the 95 % warning.
        QVERIFY2(blockedOnBoth(true), qPrintable(m_cluster->followerOutput()));
        QVERIFY2(blockAt(kNodeB).toString().contains(QLatin1String("the limit of 3 calls for Cluster guard is reached this hour")),
                 qPrintable(blockAt(kNodeB).toString()));
        const Outcome refused = guardCall(QStringLiteral("127.0.37.3"));
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.warning.contains(QLatin1String("the limit of 3 calls")), qPrintable(refused.warning));
        QVERIFY2(QTest::qWaitFor([&] { return mailSubjects().contains(QStringLiteral("Cluster guard: 95 % of the calls allowed used this hour")); }, 5000),
                 qPrintable(mailSubjects().join(QLatin1Char('\n'))));
        QVERIFY(!mailSubjects().contains(QStringLiteral("Cluster guard: 80 % of the calls allowed used this hour"))); // one mail, the higher level

        // The call log has them, priced and with the refusal (centralectl calls list books what acc has).
        const auto list = m_ctl->run({QStringLiteral("calls"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--filter"), kGuardTrunk});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        int answered = 0, limitRefused = 0, channelRefused = 0;
        for (const auto &v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c[QStringLiteral("owner")].toString(), kGuardTrunk);
            answered += c[QStringLiteral("sip_status")].toInt() == 200 ? 1 : 0;
            limitRefused += c[QStringLiteral("sip_status")].toInt() == 403 ? 1 : 0;
            channelRefused += c[QStringLiteral("sip_status")].toInt() == 503 ? 1 : 0;
        }
        QCOMPARE(answered, 3);
        QCOMPARE(limitRefused, 1);
        QCOMPARE(channelRefused, 1);

        // No limit: the block is lifted on both nodes.
        set = m_ctl->run({QStringLiteral("limits"), QStringLiteral("set"), QStringLiteral("--trunk"), kGuardTrunk, QStringLiteral("--calls-hour"), QStringLiteral("0")});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY(blockedOnBoth(false));
    }

    void fraudBlockAndUnblockReachTheNodes()
    {
        BackgroundSipp carrier(QStringLiteral("127.0.37.2:44710"));
        carrier.start(QStringLiteral("carrier_answer"), QStringLiteral("127.0.37.20"), 44730, {}, 20, 200);
        QTest::qWait(200);
        // Three short calls went out: a burst, once three short calls are too many.
        auto set = m_ctl->run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("fraud.burst.calls"), QStringLiteral("3")});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY2(blockedOnBoth(true), qPrintable(m_cluster->followerOutput()));
        QVERIFY(blockAt(kNodeA).toString().contains(QLatin1String("fraud detector")));
        const auto listed = m_ctl->run({QStringLiteral("fraud"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.out.contains(kGuardTrunk) && listed.out.contains(QLatin1String("burst")), qPrintable(listed.out));
        const Outcome refused = guardCall(QStringLiteral("127.0.37.2"));
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.warning.contains(QLatin1String("blocked by the fraud detector")), qPrintable(refused.warning));
        QVERIFY2(QTest::qWaitFor([&] { return mailSubjects().contains(QStringLiteral("Cluster guard: outbound calls blocked by the fraud detector")); }, 5000),
                 qPrintable(mailSubjects().join(QLatin1Char('\n'))));

        // The administrator unblocks: both nodes let the trunk call again.
        const auto unblock = m_ctl->run({QStringLiteral("fraud"), QStringLiteral("unblock"), kGuardTrunk});
        QVERIFY2(unblock.code == 0, qPrintable(unblock.err));
        QVERIFY(blockedOnBoth(false));
        QCOMPARE(guardAnsweredCall(QStringLiteral("127.0.37.3")), 0);
        set = m_ctl->run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("fraud.burst.calls"), QStringLiteral("50")});
        QVERIFY(set.code == 0);
    }

    void statusReadsTheCluster()
    {
        // centralectl status: the same shape as with the bundled engine, from location.
        const auto r = m_ctl->run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject primary;
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject()[QStringLiteral("account")].toString() == kUser)
                primary = v.toObject();
        QCOMPARE(primary[QStringLiteral("state")].toString(), QStringLiteral("registered"));
        QCOMPARE(primary[QStringLiteral("owner")].toString(), kTrunk);
        QCOMPARE(primary[QStringLiteral("source")].toString(), kPbxIp + QStringLiteral(":44750"));
        QVERIFY(primary[QStringLiteral("expires_in")].toInt() > 0);
        const auto text = m_ctl->run({QStringLiteral("status")});
        QVERIFY2(text.out.contains(QLatin1String("engine: Kamailio cluster, 2 of 2 nodes up")), qPrintable(text.out));
        QVERIFY2(text.out.contains(kTrunk + QStringLiteral("  primary  ") + kUser + QStringLiteral("  registered")), qPrintable(text.out));
    }

    void whitelistChangeReachesBothNodesWithinASecond()
    {
        // Now the PBX's address may try (a challenge), another address may not.
        QCOMPARE(probe(kPbxIp, QStringLiteral("127.0.37.2")), 401);
        QCOMPARE(probe(kPbxIp, QStringLiteral("127.0.37.3")), 401);
        QCOMPARE(probe(QStringLiteral("127.0.37.99"), QStringLiteral("127.0.37.3")), 403);

        const auto set = m_ctl->run({QStringLiteral("trunk"), QStringLiteral("set"), kTrunk, QStringLiteral("--ip"), QStringLiteral("127.0.37.99")});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QElapsedTimer t;
        t.start();
        bool a = false, b = false;
        while (!(a && b) && t.elapsed() < 1000) {
            a = a || probe(kPbxIp, QStringLiteral("127.0.37.2")) == 403;
            b = b || probe(kPbxIp, QStringLiteral("127.0.37.3")) == 403;
            if (!(a && b))
                QTest::qWait(20);
        }
        QVERIFY2(a && b, qPrintable(QStringLiteral("after %1 ms: node A %2, node B %3; follower: %4")
                                        .arg(t.elapsed())
                                        .arg(a ? QStringLiteral("refuses") : QStringLiteral("still allows"), b ? QStringLiteral("refuses") : QStringLiteral("still allows"),
                                             m_cluster->followerOutput())));
        qInfo("whitelist change effective on both nodes after %lld ms", static_cast<long long>(t.elapsed()));
        QCOMPARE(probe(QStringLiteral("127.0.37.99"), QStringLiteral("127.0.37.2")), 401);
        QCOMPARE(probe(QStringLiteral("127.0.37.99"), QStringLiteral("127.0.37.3")), 401);
    }
};

QTEST_GUILESS_MAIN(TstCluster)
#include "tst_cluster.moc"
