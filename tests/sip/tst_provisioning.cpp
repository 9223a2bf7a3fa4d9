// Phone provisioning as a phone (and an attacker) sees it: real TFTP clients (curl,
// tftp-hpa) and curl over HTTPS against the engine's provisioning servers.
// Addresses: engine 127.0.16.1; the phone 127.0.16.10; a stranger 127.0.16.11; a
// MAC walker 127.0.16.12 (inside provisioning.whitelist, so only blocking stops it);
// a sender of garbage 127.0.16.13. tftp-hpa cannot choose its source: it comes from 127.0.0.1.
#include "EngineFixture.h"
#include "../tools/CtlRunner.h"
#include "provisioning/ProvisioningService.h"
#include "sip/SipEngine.h"
#include "store/PhoneAccountRepository.h"
#include "store/ProvisioningLogRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

using namespace centrale;

namespace {
const QString kEngine = QStringLiteral("127.0.16.1");
const QString kTftp = QStringLiteral("127.0.16.1:41669");
const QString kHttps = QStringLiteral("127.0.16.1:41643");
const QString kPhone = QStringLiteral("127.0.16.10");
const QString kStranger = QStringLiteral("127.0.16.11");
const QString kWalker = QStringLiteral("127.0.16.12");
const QString kGarbage = QStringLiteral("127.0.16.13");
const QString kMac = QStringLiteral("001565aabbcc");
const QString kPassword = QStringLiteral("Provision-Me-42");

struct Fetch {
    int code = -1;
    QByteArray body;
};

QByteArray rrq(const QByteArray &file) { return QByteArray("\x00\x01", 2) + file + '\0' + "octet" + '\0'; }
} // namespace

class TestProvisioning : public QObject {
    Q_OBJECT
    EngineFixture fx;
    std::unique_ptr<sip::SipEngine> engine;
    QString displayName;

    // curl from a chosen loopback address; the transfer is awaited with the event loop
    // running, since the server lives on this thread.
    Fetch curl(const QStringList &args, int timeoutMs = 8000)
    {
        QProcess p;
        p.start(QStringLiteral("curl"), QStringList{QStringLiteral("-s"), QStringLiteral("--max-time"), QString::number(timeoutMs / 1000)} + args);
        if (!p.waitForStarted(5000))
            return {};
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs + 2000)
            QTest::qWait(10);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(1000);
        }
        return {p.exitCode(), p.readAllStandardOutput()};
    }
    Fetch tftp(const QString &from, const QString &file, const QStringList &extra = {}, int timeoutMs = 8000)
    {
        return curl(QStringList{QStringLiteral("--interface"), from} + extra + QStringList{QStringLiteral("tftp://") + kTftp + QLatin1Char('/') + file}, timeoutMs);
    }
    // One raw request from `from`; the first answer within waitMs, or nothing.
    QByteArray rawAsk(QUdpSocket &s, const QByteArray &packet, int waitMs)
    {
        s.writeDatagram(packet, QHostAddress(kEngine), 41669);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < waitMs) {
            QTest::qWait(5);
            if (s.hasPendingDatagrams()) {
                QByteArray b(int(s.pendingDatagramSize()), Qt::Uninitialized);
                s.readDatagram(b.data(), b.size());
                return b;
            }
        }
        return {};
    }
    QString expectedFile()
    {
        provisioning::ProvisioningService service(*fx.db, fx.secrets.get());
        auto files = service.renderAll(kMac, true);
        return files ? QString::fromUtf8(files->last().second) : QString();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed");
        QVERIFY(fx.open({{"sip.primary", QStringLiteral("127.0.16.1:41601")},
                         {"sip.secondary", QStringLiteral("127.0.16.1:41602")},
                         {"sip.qualify.interval", QStringLiteral("0")},
                         {"provisioning.tftp", kTftp},
                         {"provisioning.https", kHttps},
                         {"provisioning.whitelist", kWalker},
                         {"provisioning.host", QStringLiteral("sip.example.nl")},
                         {"security.block.failures", QStringLiteral("10")}})
                    .ok());
        PhoneAccount ph;
        ph.number = QStringLiteral("31502053033");
        ph.account.username = ph.number;
        ph.ipWhitelist << IpNetwork::parse(kPhone).value() << IpNetwork::parse(QStringLiteral("127.0.0.1")).value();
        ph.mac = kMac;
        ph.model = QStringLiteral("T46U");
        // Long enough that the file needs several 512-byte blocks.
        displayName = QStringLiteral("Receptie Groningen Hoofdkantoor Zuid");
        ph.displayName = displayName;
        auto r = AccountService(*fx.db, *fx.secrets).createPhone(ph, kPassword);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        engine = std::make_unique<sip::SipEngine>(fx.dbPath);
        engine->setSecretStore(fx.secrets.get());
        auto s = engine->start();
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
    void cleanupTestCase() { engine.reset(); }

    void whitelistedPhoneGetsItsConfiguration()
    {
        const Fetch f = tftp(kPhone, kMac + QStringLiteral(".cfg"), {QStringLiteral("--tftp-no-options")});
        QCOMPARE(f.code, 0);
        const QString text = QString::fromUtf8(f.body);
        QVERIFY(text.startsWith(QLatin1String("#!version:1.0.0.1\n")));
        QVERIFY(text.contains(QLatin1String("account.1.user_name = 31502053033")));
        QVERIFY(text.contains(QLatin1String("account.1.password = ") + kPassword));
        QVERIFY(text.contains(QLatin1String("account.1.sip_server.1.address = sip.example.nl")));
        QVERIFY(text.contains(QLatin1String("account.1.sip_server.1.port = 41601")));
        QVERIFY(text.contains(QLatin1String("account.1.sip_server.2.port = 41602")));
        QVERIFY(text.contains(QLatin1String("account.1.display_name = ") + displayName));
        // Plain 512-byte blocks: more than one, and the file arrives whole.
        QVERIFY(f.body.size() > 512);
        QCOMPARE(text, expectedFile());
        // The shared file of the model too.
        const Fetch common = tftp(kPhone, QStringLiteral("y000000000108.cfg"));
        QCOMPARE(common.code, 0);
        QVERIFY(common.body.contains("local_time.time_zone_name = Netherlands(Amsterdam)"));
        QVERIFY(!common.body.contains(kPassword.toUtf8()));
    }

    void smallBlocksWithTheBlksizeOption()
    {
        // 100-byte blocks (RFC 2348) and the size announced first (tsize, RFC 2349).
        const Fetch f = tftp(kPhone, kMac + QStringLiteral(".cfg"), {QStringLiteral("--tftp-blksize"), QStringLiteral("100")});
        QCOMPARE(f.code, 0);
        QCOMPARE(QString::fromUtf8(f.body), expectedFile());
        const Fetch big = tftp(kPhone, kMac + QStringLiteral(".cfg"), {QStringLiteral("--tftp-blksize"), QStringLiteral("1428")});
        QCOMPARE(big.code, 0);
        QCOMPARE(QString::fromUtf8(big.body), expectedFile());
    }

    void tftpHpaFetchesInNetascii()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("tftp")).isEmpty())
            QSKIP("tftp-hpa is not installed");
        const QString out = fx.dir.filePath(QStringLiteral("fetched.cfg"));
        QProcess p;
        p.start(QStringLiteral("tftp"), {kEngine, QStringLiteral("41669"), QStringLiteral("-m"), QStringLiteral("netascii"), QStringLiteral("-c"),
                                         QStringLiteral("get"), kMac + QStringLiteral(".cfg"), out});
        QVERIFY(p.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 15000);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), expectedFile());
    }

    void otherAddressIsRefused()
    {
        const Fetch f = tftp(kStranger, kMac + QStringLiteral(".cfg"));
        QVERIFY2(f.code != 0, "a stranger got the file");
        QVERIFY(!f.body.contains(kPassword.toUtf8()));
        auto log = ProvisioningLogRepository(*fx.db).recent(5);
        QVERIFY(log.ok());
        bool logged = false;
        for (const auto &e : log.value())
            logged = logged || (e.address == kStranger && !e.served && e.reason == QLatin1String("not-whitelisted"));
        QVERIFY(logged);
    }

    void malformedPacketsLeaveTheServerServing()
    {
        QUdpSocket s;
        QVERIFY(s.bind(QHostAddress(kGarbage), 0));
        const QList<QByteArray> garbage = {
            QByteArray(),
            QByteArray("\x00", 1),
            QByteArray("\x00\x01", 2),
            QByteArray("\x00\x01no-terminator", 15),
            QByteArray("\x00\x01\x00\x00", 4),                                  // empty name and mode
            QByteArray("\x00\x01", 2) + "001565aabbcc.cfg" + '\0' + "mail" + '\0', // obsolete mode
            QByteArray("\x00\x01", 2) + "001565aabbcc.cfg" + '\0' + "octet" + '\0' + "blksize" + '\0', // option without value
            QByteArray("\x00\x01", 2) + "001565aabbcc.cfg" + '\0' + "octet" + '\0' + "blksize" + '\0' + "0" + '\0',
            QByteArray("\x00\x02", 2) + "evil.cfg" + '\0' + "octet" + '\0', // write request
            QByteArray("\x00\x04\x00\x01", 4),                           // ACK to the server port
            QByteArray("\x00\x63\xff\xff", 4),                           // opcode 99
            QByteArray(60000, 'A'),
            QByteArray("\x00\x01", 2) + QByteArray(300, 'x') + '\0' + "octet" + '\0',
        };
        for (const auto &g : garbage)
            s.writeDatagram(g, QHostAddress(kEngine), 41669);
        // Each gets an error (or, for the bare opcode too short to be anything, one too).
        int errors = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                while (s.hasPendingDatagrams()) {
                    QByteArray b(int(s.pendingDatagramSize()), Qt::Uninitialized);
                    s.readDatagram(b.data(), b.size());
                    errors += b.size() >= 4 && qFromBigEndian<quint16>(b.constData()) == 5 ? 1 : 0;
                }
                return errors >= 10;
            }(),
            3000);
        QTest::qWait(100);
        while (s.hasPendingDatagrams())
            s.readDatagram(nullptr, 0);
        // The write request is refused as such.
        const QByteArray wrq = rawAsk(s, QByteArray("\x00\x02", 2) + "evil.cfg" + '\0' + "octet" + '\0', 2000);
        QVERIFY(wrq.size() >= 4);
        QCOMPARE(qFromBigEndian<quint16>(wrq.constData()), quint16(5));
        QCOMPARE(qFromBigEndian<quint16>(wrq.constData() + 2), quint16(2)); // access violation
        // A transfer whose client answers with garbage and then vanishes is cleaned up.
        QUdpSocket gone;
        QVERIFY(gone.bind(QHostAddress(kPhone), 0));
        const QByteArray first = rawAsk(gone, rrq(kMac.toLatin1() + ".cfg"), 2000);
        QCOMPARE(qFromBigEndian<quint16>(first.constData()), quint16(3)); // DATA block 1
        QTest::qWait(20);
        const Fetch f = tftp(kPhone, kMac + QStringLiteral(".cfg"));
        QCOMPARE(f.code, 0);
        QCOMPARE(QString::fromUtf8(f.body), expectedFile());
    }

    void httpsWithAndWithoutTheToken()
    {
        CtlRunner ctl(fx.dir);
        const auto r = ctl.run({QStringLiteral("--json"), QStringLiteral("provisioning"), QStringLiteral("token"), QStringLiteral("--mac"), QStringLiteral("00:15:65:AA:BB:CC")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString url = o.value(QStringLiteral("url")).toString();
        QVERIFY2(url.startsWith(QLatin1String("https://127.0.16.1:41643/p/")), qPrintable(r.out + r.err));
        const QString token = o.value(QStringLiteral("token")).toString();
        QVERIFY(token.size() >= 30);
        // The database keeps only the token's hash.
        auto q = fx.db->exec(QStringLiteral("SELECT provisioning_token FROM phone_accounts"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), provisioning::ProvisioningService::hashToken(token));

        const QString file = kMac + QStringLiteral(".cfg");
        QStringList base{QStringLiteral("-k"), QStringLiteral("-w"), QStringLiteral("\n%{http_code}"), QStringLiteral("--interface"), kPhone};
        Fetch ok = curl(base + QStringList{url + file});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.body.endsWith("\n200"));
        ok.body.chop(4);
        QCOMPARE(QString::fromUtf8(ok.body), expectedFile());
        const Fetch noToken = curl(base + QStringList{QStringLiteral("https://") + kHttps + QLatin1Char('/') + file});
        QVERIFY(noToken.body.endsWith("\n404"));
        QVERIFY(!noToken.body.contains(kPassword.toUtf8()));
        const Fetch wrongToken = curl(base + QStringList{QStringLiteral("https://") + kHttps + QStringLiteral("/p/") + QString(token).replace(0, 4, QStringLiteral("AAAA")) + QLatin1Char('/') + file});
        QVERIFY(wrongToken.body.endsWith("\n404"));
        // The self-signed certificate was made on first use, its key readable by us only.
        const QString key = fx.dir.filePath(QStringLiteral("provisioning-key.pem"));
        QVERIFY(QFile::exists(fx.dir.filePath(QStringLiteral("provisioning-cert.pem"))));
        QCOMPARE(QFile::permissions(key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void lastFetchIsKnown()
    {
        auto last = ProvisioningLogRepository(*fx.db).lastServed();
        QVERIFY(last.ok());
        QVERIFY(last->value(kMac) > QDateTime::currentMSecsSinceEpoch() - 120000);
    }

    void walkingMacsGetsTheSourceBlocked()
    {
        // The walker may fetch the phone's file (it is in provisioning.whitelist) ...
        QCOMPARE(tftp(kWalker, kMac + QStringLiteral(".cfg")).code, 0);
        // ... until it guesses MAC addresses: after ten misses it hears nothing any more.
        QUdpSocket s;
        QVERIFY(s.bind(QHostAddress(kWalker), 0));
        int answered = 0, silent = 0;
        for (int i = 1; i <= 20; ++i) {
            const QByteArray guess = QStringLiteral("001565%1.cfg").arg(i, 6, 16, QLatin1Char('0')).toLatin1();
            const QByteArray reply = rawAsk(s, rrq(guess), 400);
            if (reply.isEmpty()) {
                ++silent;
            } else {
                QCOMPARE(qFromBigEndian<quint16>(reply.constData()), quint16(5)); // ERROR
                QCOMPARE(qFromBigEndian<quint16>(reply.constData() + 2), quint16(1)); // file not found
                ++answered;
            }
        }
        // The tenth miss blocks; the block reaches the server's thread within a request or two.
        QVERIFY2(answered >= 10 && answered <= 13, qPrintable(QString::number(answered)));
        QCOMPARE(answered + silent, 20);
        // Blocked like a failed SIP login: stored, listed, and now not even the real file.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto q = fx.db->exec(QStringLiteral("SELECT reason FROM blocked_sources WHERE address = ?"), {kWalker});
                return q && q->next() && q->value(0).toString().startsWith(QLatin1String("provisioning-"));
            }(),
            5000);
        QVERIFY(tftp(kWalker, kMac + QStringLiteral(".cfg"), {}, 2000).code != 0);
        // The phone itself is not affected.
        QCOMPARE(tftp(kPhone, kMac + QStringLiteral(".cfg")).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestProvisioning)
#include "tst_provisioning.moc"
