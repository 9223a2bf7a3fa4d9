// The bundled engine's per-call checks, kept by the cluster's nodes and guard: calls per
// second, the caller-ID check, and a call in progress cut off at the amount limit.
// Addresses: 127.0.52.1:48501 PostgreSQL, .2/.3:48510 nodes A/B (JSON-RPC 48520/48521),
// .20:48530 the carrier; the PBXs of three trunks: .10 (calls per second), .11 (caller ID),
// .12 (amount limit); sipp's own ports from 48550.
#include "../sip/SippRun.h"
#include "ClusterFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
const QString kNodeA = QStringLiteral("127.0.52.2");
const QString kNodeB = QStringLiteral("127.0.52.3");
const QString kCarrierIp = QStringLiteral("127.0.52.20");
const QString kCpsTrunk = QStringLiteral("Cps kantoor");
const QString kCpsUser = QStringLiteral("31502053061");
const QString kCpsIp = QStringLiteral("127.0.52.10");
const QString kCidTrunk = QStringLiteral("Cid kantoor");
const QString kCidUser = QStringLiteral("31502053071"); // inbound only: not a caller ID
const QString kCidNumber = QStringLiteral("31502053072"); // caller ID only
const QString kCidIp = QStringLiteral("127.0.52.11");
const QString kCutTrunk = QStringLiteral("Cut kantoor");
const QString kCutUser = QStringLiteral("31502053081");
const QString kCutIp = QStringLiteral("127.0.52.12");
const QString kPassword = QStringLiteral("Limits-Pa55word-1");

QString node(const QString &ip) { return ip + QStringLiteral(":48510"); }
} // namespace

class TstClusterLimits : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CtlRunner> m_ctl;
    std::unique_ptr<ClusterFixture> m_cluster;
    int m_port = 48550;

    bool ctl(const QStringList &args, const QByteArray &in = {})
    {
        const auto r = m_ctl->run(args, in);
        if (r.code != 0)
            qWarning() << args << r.code << r.err << r.out;
        return r.code == 0;
    }
    bool addTrunk(const QString &name, const QString &ip, const QStringList &numbers)
    {
        QStringList args{QStringLiteral("trunk"), QStringLiteral("add"), QStringLiteral("--name"), name, QStringLiteral("--channels"), QStringLiteral("10"),
                         QStringLiteral("--brand"), QStringLiteral("3cx"), QStringLiteral("--format"), QStringLiteral("plus"), QStringLiteral("--ip"), ip,
                         QStringLiteral("--password-stdin")};
        for (const auto &n : numbers) {
            if (!ctl({QStringLiteral("number"), QStringLiteral("add"), n.section(QLatin1Char(':'), 0, 0)}))
                return false;
            args << QStringLiteral("--number") << n;
        }
        return ctl(args, (kPassword + QStringLiteral("\nLimits-Pa55word-2\n")).toUtf8());
    }
    static QString line(const QString &user, const QString &dialled, const QString &header = {})
    {
        return user + QLatin1Char(';') + dialled + QLatin1Char(';') + authField(user, kPassword) + QLatin1Char(';') + header + QLatin1Char(';');
    }

    // One refused call: the final status after the challenge and the Warning's text.
    using Refusal = ClusterFixture::Answer;
    Refusal refusedCall(const QString &nodeIp, const QString &user, const QString &ip)
    {
        const QString trace = m_dir.filePath(QStringLiteral("refused%1.msg").arg(m_port));
        const auto r = runSipp(QStringLiteral("calls/pbx_refused"), node(nodeIp), ip, m_port++, {line(user, QStringLiteral("0501234567"))}, 8000,
                               {QStringLiteral("-trace_msg"), QStringLiteral("-message_file"), trace});
        QFile f(trace);
        f.open(QIODevice::ReadOnly);
        const Refusal out = ClusterFixture::answerIn(QString::fromUtf8(f.readAll()));
        if (out.status == 0)
            qWarning().noquote() << r.output.right(1500);
        return out;
    }
    // The call log of a trunk, as `centralectl calls list` shows it (it books what acc has).
    QJsonArray callLog(const QString &trunk) const
    {
        const auto r = m_ctl->run({QStringLiteral("calls"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--filter"), trunk});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    static int count(const QString &text, const QString &what) { return int(text.count(what)); }

private slots:
    void initTestCase()
    {
        if (const QString missing = ClusterFixture::toolsMissing(); !missing.isEmpty())
            QFAIL(qPrintable(missing));
        QVERIFY(m_dir.isValid());
        m_ctl = std::make_unique<CtlRunner>(m_dir);
        const ClusterAddresses a = ClusterAddresses::onNet(QStringLiteral("127.0.52"), 48501, 48510, 48520, 48530);
        QCOMPARE(a.nodeIp[0], kNodeA);
        QCOMPARE(a.carrierIp, kCarrierIp);
        m_cluster = std::make_unique<ClusterFixture>(a, m_dir, *m_ctl);
        QString error = m_cluster->startPostgres();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_cluster->configureCentrale();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(addTrunk(kCpsTrunk, kCpsIp, {kCpsUser}));
        QVERIFY(ctl({QStringLiteral("limits"), QStringLiteral("set"), QStringLiteral("--trunk"), kCpsTrunk, QStringLiteral("--cps"), QStringLiteral("2")}));
        QVERIFY(addTrunk(kCidTrunk, kCidIp, {kCidUser + QStringLiteral(":in"), kCidNumber + QStringLiteral(":cid")}));
        QVERIFY(addTrunk(kCutTrunk, kCutIp, {kCutUser}));
        // 60 cents a minute to Dutch numbers: a cent a second.
        const QString rates = m_dir.filePath(QStringLiteral("rates.csv"));
        {
            QFile f(rates);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("prefix,description,price_per_minute,setup_fee\n31,Netherlands,0.60,0\n");
        }
        QVERIFY(ctl({QStringLiteral("rates"), QStringLiteral("import"), rates}));
        // The schema first (the nodes read it at start); the nodes are not up yet.
        m_ctl->run({QStringLiteral("cluster"), QStringLiteral("sync")});
        error = m_cluster->startNodes();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_cluster->startFollower();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void aBurstOverTheCpsCapIsRefused()
    {
        BackgroundSipp carrier(node(kNodeA));
        carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, 48530, {}, 20, 200);
        QTest::qWait(200);
        // Six calls within a third of a second against a cap of 2 a second: at most two per
        // second (four when the burst spans two) reach the carrier, the rest get the bundled
        // engine's answer.
        const QString trace = m_dir.filePath(QStringLiteral("burst.msg"));
        QStringList lines;
        for (int i = 0; i < 6; ++i)
            lines << line(kCpsUser, QStringLiteral("0501234567"));
        runSipp(QStringLiteral("calls/pbx_call"), node(kNodeA), kCpsIp, m_port++, lines, 10000,
                {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-d"), QStringLiteral("200"), QStringLiteral("-trace_msg"), QStringLiteral("-message_file"), trace});
        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        // sipp logs an unexpected answer twice: count the calls refused, by Call-ID.
        QSet<QString> refusedCalls;
        static const QRegularExpression refusal(QStringLiteral("SIP/2.0 503 Service Unavailable[^\\n]*\\n(?:[^\\n]+\\n)*?Call-ID: ([^\\r\\n]+)"));
        for (auto it = refusal.globalMatch(text); it.hasNext();)
            refusedCalls.insert(it.next().captured(1));
        const int refused = int(refusedCalls.size());
        const int answered = count(carrier.trace(), QStringLiteral("INVITE sip:+31501234567@"));
        QVERIFY2(refused >= 2 && refused <= 4, qPrintable(QStringLiteral("%1 refused, %2 answered\n").arg(refused).arg(answered) + text.right(3000)));
        QVERIFY2(answered >= 2 && answered <= 4, qPrintable(QString::number(answered)));
        QVERIFY2(text.contains(QStringLiteral("Warning: 399 centrale \"more than 2 new calls per second for Cps kantoor\"")), qPrintable(text.right(3000)));

        // In the call log, as refusals of the node.
        int logged = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                logged = 0;
                for (const auto &v : callLog(kCpsTrunk))
                    logged += v.toObject()[QStringLiteral("sip_status")].toInt() == 503 ? 1 : 0;
                return logged == refused;
            },
            5000));

        // A second later, one call is under the cap and goes through.
        QTest::qWait(1100);
        const auto one = runSipp(QStringLiteral("calls/pbx_call"), node(kNodeA), kCpsIp, m_port++, {line(kCpsUser, QStringLiteral("0501234567"))}, 10000,
                                 {QStringLiteral("-d"), QStringLiteral("200")});
        QVERIFY2(one.exitCode == 0, qPrintable(one.output.right(1500)));
    }

    void aForeignCallerIdIsRefusedTheOwnNumberPasses()
    {
        // From is the account (31502053071), which is not a caller-ID number of the trunk.
        const Refusal foreign = refusedCall(kNodeB, kCidUser, kCidIp);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.warning, QStringLiteral("caller ID '31502053071' is not one of trunk Cid kantoor's caller-ID numbers"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &v : callLog(kCidTrunk))
                    if (v.toObject()[QStringLiteral("sip_status")].toInt() == 403)
                        return true;
                return false;
            },
            5000));

        // P-Asserted-Identity wins over From; its national form is the trunk's caller-ID number.
        BackgroundSipp carrier(node(kNodeB));
        carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, 48530, {});
        QTest::qWait(200);
        const auto own = runSipp(QStringLiteral("calls/pbx_call"), node(kNodeB), kCidIp, m_port++,
                                 {line(kCidUser, QStringLiteral("0501234567"), QStringLiteral("P-Asserted-Identity: <sip:0502053072@127.0.52.3>"))}, 10000,
                                 {QStringLiteral("-d"), QStringLiteral("200")});
        QVERIFY2(own.exitCode == 0, qPrintable(own.output.right(1500) + m_cluster->nodeLog(1)));
        QCOMPARE(carrier.finish(5000), 0);
    }

    void aCallInProgressIsCutOffAtTheAmountLimit()
    {
        // 5 cents an hour at a cent a second: a call may talk 5 s.
        QVERIFY(ctl({QStringLiteral("limits"), QStringLiteral("set"), QStringLiteral("--trunk"), kCutTrunk, QStringLiteral("--amount-hour"), QStringLiteral("0.05")}));
        QTest::qWait(1500); // the guard follows the save
        BackgroundSipp carrier(node(kNodeB));
        carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, 48530, {});
        QTest::qWait(200);
        // The PBX does not hang up: it waits (up to 15 s) for the BYE the node sends when the
        // guard ends the call, and so does the carrier.
        BackgroundSipp pbx(node(kNodeB));
        QElapsedTimer talking;
        pbx.start(QStringLiteral("pbx_call_cut"), kCutIp, m_port++, {line(kCutUser, QStringLiteral("0501234567"))}, 1, 0);
        QVERIFY2(QTest::qWaitFor([&] { return carrier.trace().contains(QLatin1String("ACK sip:")); }, 5000),
                 qPrintable(pbx.trace().right(1500) + QStringLiteral("\n---- carrier:\n") + carrier.trace().right(1500)));
        talking.start();
        const int pbxExit = pbx.finish(20000);
        const qint64 talkedMs = talking.elapsed();
        QVERIFY2(pbxExit == 0, qPrintable(pbx.trace().right(2000) + m_cluster->followerOutput() + m_cluster->nodeLog(1)));
        QCOMPARE(carrier.finish(5000), 0);
        QVERIFY2(pbx.trace().contains(QLatin1String("BYE sip:")) && carrier.trace().contains(QLatin1String("BYE sip:")), qPrintable(carrier.trace().right(1500)));
        // Within a few seconds of the 5 s the limit allowed.
        QVERIFY2(talkedMs >= 3500 && talkedMs <= 9000, qPrintable(QString::number(talkedMs)));

        // The call log says why it ended, as the bundled engine's does.
        QJsonObject cut;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &v : callLog(kCutTrunk))
                    if (v.toObject()[QStringLiteral("sip_status")].toInt() == 200)
                        cut = v.toObject();
                return !cut.isEmpty();
            },
            5000));
        QCOMPARE(cut[QStringLiteral("reason")].toString(), QStringLiteral("ended at the amount limit of € 0.05 for Cut kantoor this hour"));
        QVERIFY2(cut[QStringLiteral("duration_s")].toInt() >= 5 && cut[QStringLiteral("duration_s")].toInt() <= 8, qPrintable(QString::number(cut[QStringLiteral("duration_s")].toInt())));

        // And the next call is refused at the limit.
        QTest::qWait(1500);
        const Refusal next = refusedCall(kNodeA, kCutUser, kCutIp);
        QCOMPARE(next.status, 403);
        QVERIFY2(next.warning.contains(QStringLiteral("the amount limit of € 0.05 for Cut kantoor is reached")), qPrintable(next.warning));
    }
};

QTEST_GUILESS_MAIN(TstClusterLimits)
#include "tst_clusterlimits.moc"
