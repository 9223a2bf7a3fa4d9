// The registrar engine against real peers (sipp) on 127.0.0.x, in-process so the
// status events can be observed as the console would.
#include "EngineFixture.h"
#include "SippRun.h"
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "sip/DigestAuth.h"
#include "sip/SipEngine.h"
#include "store/NumberRepository.h"
#include "store/SettingsRepository.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUdpSocket>

using namespace centrale;

namespace {
const QString kPrimary = QStringLiteral("127.0.0.1:25060");
const QString kSecondary = QStringLiteral("127.0.0.1:25062");
const QString kPrimary6 = QStringLiteral("[::1]:25060"); // the secondary gets no IPv6 address
const QString kTrunkUser = QStringLiteral("31502053031");
const QString kTrunkUser2 = QStringLiteral("31502053031-2");
const QString kPhone = QStringLiteral("31502053099");
} // namespace

class TestSipEngine : public QObject {
    Q_OBJECT
    EngineFixture m_fx;
    const QString &m_dbPath = m_fx.dbPath;
    std::unique_ptr<sip::SipEngine> &m_engine = m_fx.engine;
    QList<RegistrationEvent> m_events;

    AccountStatus status(const QString &account)
    {
        for (const auto &s : m_engine->snapshot())
            if (s.account == account)
                return s;
        return {};
    }
    bool sawEvent(RegistrationEventKind kind, const QString &account = {}, const QString &address = {})
    {
        for (const auto &e : m_events)
            if (e.kind == kind && (account.isEmpty() || e.status.account == account) && (address.isEmpty() || e.address == address))
                return true;
        return false;
    }
    void startEngine()
    {
        auto s = m_fx.startEngine([this](sip::SipEngine &e) {
            connect(&e, &StatusFeed::eventOccurred, this, [this](const RegistrationEvent &ev) { m_events << ev; });
        });
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
    // A raw UDP exchange, for comparing answers byte for byte.
    QByteArray exchange(const QByteArray &request, const QString &from, const QString &to = QStringLiteral("127.0.0.1"), int port = 25060)
    {
        QUdpSocket sock;
        if (!sock.bind(QHostAddress(from), 0))
            return {};
        const QByteArray localIp = from.contains(QLatin1Char(':')) ? '[' + from.toLatin1() + ']' : from.toLatin1();
        const QByteArray req = QByteArray(request).replace("LOCALPORT", QByteArray::number(sock.localPort())).replace("LOCALIP", localIp);
        sock.writeDatagram(req, QHostAddress(to), quint16(port));
        if (!sock.waitForReadyRead(2000))
            return {};
        return sock.receiveDatagram().data();
    }
    static QByteArray optionsRequest(const QByteArray &callId)
    {
        return "OPTIONS sip:centrale SIP/2.0\r\nVia: SIP/2.0/UDP LOCALIP:LOCALPORT;branch=z9hG4bK" + callId
               + "\r\nFrom: <sip:scanner@example.invalid>;tag=9\r\nTo: <sip:centrale>\r\nCall-ID: " + callId
               + "\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
    }
    static bool hasIpv6Loopback()
    {
        QUdpSocket s;
        return s.bind(QHostAddress::LocalHostIPv6, 0);
    }
    static QByteArray registerRequest(const QByteArray &user, const QByteArray &callId, int cseq, const QByteArray &auth = {})
    {
        QByteArray r = "REGISTER sip:127.0.0.1:25060 SIP/2.0\r\nVia: SIP/2.0/UDP LOCALIP:LOCALPORT;branch=z9hG4bK" + callId + QByteArray::number(cseq)
                       + "\r\nFrom: <sip:" + user + "@127.0.0.1>;tag=1\r\nTo: <sip:" + user + "@127.0.0.1>\r\nCall-ID: " + callId
                       + "\r\nCSeq: " + QByteArray::number(cseq) + " REGISTER\r\nContact: <sip:" + user
                       + "@LOCALIP:LOCALPORT>\r\nMax-Forwards: 70\r\nExpires: 60\r\n";
        if (!auth.isEmpty())
            r += "Authorization: " + auth + "\r\n";
        return r + "Content-Length: 0\r\n\r\n";
    }
    // The final answer to an authenticated REGISTER, with the parts that vary per request removed.
    QByteArray authenticatedAnswer(const QByteArray &user, const QByteArray &password, const QString &from)
    {
        const QByteArray callId = "enum" + user;
        const QByteArray challenge = exchange(registerRequest(user, callId, 1), from);
        const qsizetype at = challenge.indexOf("nonce=\"");
        if (at < 0)
            return {};
        const QByteArray nonce = challenge.mid(at + 7, challenge.indexOf('"', at + 7) - at - 7);
        sip::DigestCredentials c{user, "centrale", nonce, "sip:127.0.0.1:25060", {}, "auth", "00000001", "abc", "MD5"};
        const QByteArray ha1 = QCryptographicHash::hash(QByteArray(user + ":centrale:" + password), QCryptographicHash::Md5).toHex();
        const QByteArray ha2 = QCryptographicHash::hash("REGISTER:sip:127.0.0.1:25060", QCryptographicHash::Md5).toHex();
        c.response = QCryptographicHash::hash(QByteArray(ha1 + ':' + nonce + ":00000001:abc:auth:" + ha2), QCryptographicHash::Md5).toHex();
        const QByteArray auth = "Digest username=\"" + user + "\", realm=\"centrale\", nonce=\"" + nonce + "\", uri=\"sip:127.0.0.1:25060\", response=\""
                                + c.response + "\", qop=auth, nc=00000001, cnonce=\"abc\", algorithm=MD5";
        QByteArray answer = exchange(registerRequest(user, callId, 2, auth), from);
        answer.replace(user, "USER");
        return answer;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QSKIP("sipp is not installed");
        auto opened = m_fx.open({{"sip.primary", kPrimary}, {"sip.secondary", kSecondary}, {"sip.expires.min", QStringLiteral("10")},
                                 {"sip.nonce.lifetime", QStringLiteral("5")}, {"security.block.failures", QStringLiteral("3")},
                                 {"sip.qualify.interval", QStringLiteral("2")}, {"sip.primary.ipv6", kPrimary6}});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto created = m_fx.addTrunk(EngineFixture::trunk(QStringLiteral("pbx"), kTrunkUser), QStringLiteral("primaryPass1"), QStringLiteral("secondaryPass1"));
        QVERIFY2(created.ok(), qPrintable(created.message()));
        PhoneAccount p;
        p.number = kPhone;
        p.account.username = kPhone;
        QVERIFY(AccountService(*m_fx.db, *m_fx.secrets).createPhone(p, QStringLiteral("phonePass123")).ok());
        startEngine();
    }
    void cleanupTestCase() { m_engine.reset(); }

    void optionsIsAlways200WithAllow()
    {
        const QByteArray answer = exchange("OPTIONS sip:127.0.0.1:25060 SIP/2.0\r\nVia: SIP/2.0/UDP LOCALIP:LOCALPORT;branch=z9hG4bKopt1\r\n"
                                           "From: <sip:scanner@example.invalid>;tag=9\r\nTo: <sip:127.0.0.1>\r\nCall-ID: opt1\r\nCSeq: 1 OPTIONS\r\n"
                                           "Max-Forwards: 70\r\nContent-Length: 0\r\n\r\n",
                                           QStringLiteral("127.0.0.9"));
        QVERIFY2(answer.startsWith("SIP/2.0 200"), answer.constData());
        QVERIFY(answer.contains("Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, REGISTER"));
    }

    void goodCredentialsRegisterAndShowLive()
    {
        auto r = runSipp(QStringLiteral("reg_ok"), kPrimary, QStringLiteral("127.0.0.1"), 25100,
                         {kTrunkUser + QLatin1Char(';') + authField(kTrunkUser, QStringLiteral("primaryPass1")) + QStringLiteral(";300")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output.right(2000)));
        QTRY_COMPARE(status(kTrunkUser).state, RegistrationState::Registered);
        QCOMPARE(status(kTrunkUser).userAgent, QStringLiteral("sipp-centrale-test"));
        QCOMPARE(status(kTrunkUser).source, QStringLiteral("127.0.0.1:25100"));
        QCOMPARE(status(kTrunkUser).role, QStringLiteral("primary"));
        QVERIFY(status(kTrunkUser).expires > QDateTime::currentDateTimeUtc().addSecs(250));
        QVERIFY(sawEvent(RegistrationEventKind::Registered, kTrunkUser));
        QCOMPARE(status(kTrunkUser2).state, RegistrationState::Unregistered);
    }

    void ipv6OnlyWhereConfigured()
    {
        if (!hasIpv6Loopback())
            QSKIP("no IPv6 loopback on this machine");
        QVERIFY(exchange(optionsRequest("v6a"), QStringLiteral("::1"), QStringLiteral("::1"), 25060).startsWith("SIP/2.0 200"));
        // sip.secondary.ipv6 is empty: nothing listens there, so IPv6 cannot go around the IPv4 firewall.
        QVERIFY(exchange(optionsRequest("v6b"), QStringLiteral("::1"), QStringLiteral("::1"), 25062).isEmpty());
    }

    void ipv6SourcesMeetTheSameWhitelist()
    {
        if (!hasIpv6Loopback())
            QSKIP("no IPv6 loopback on this machine");
        // The phone account has no IP whitelist: it registers over IPv6 like over IPv4.
        auto ok = runSipp(QStringLiteral("reg_ok"), kPrimary6, QStringLiteral("::1"), 25130,
                          {kPhone + QLatin1Char(';') + authField(kPhone, QStringLiteral("phonePass123")) + QStringLiteral(";300")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.output.right(2000)));
        QTRY_COMPARE(status(kPhone).source, QStringLiteral("[::1]:25130"));
        runSipp(QStringLiteral("reg_ok"), kPrimary6, QStringLiteral("::1"), 25130,
                {kPhone + QLatin1Char(';') + authField(kPhone, QStringLiteral("phonePass123")) + QStringLiteral(";0")});
        // The trunk allows 127.0.0.1 only: its right password from ::1 is refused like any
        // foreign address, and three refusals block ::1 as they would an IPv4 source.
        for (int i = 0; i < 3; ++i) {
            auto refused = runSipp(QStringLiteral("reg_forbidden"), kPrimary6, QStringLiteral("::1"), 25131 + i,
                                   {kTrunkUser + QLatin1Char(';') + authField(kTrunkUser, QStringLiteral("primaryPass1")) + QStringLiteral(";300")});
            QVERIFY2(refused.exitCode == 0, qPrintable(refused.output.right(2000)));
        }
        QTRY_VERIFY(sawEvent(RegistrationEventKind::Blocked, {}, QStringLiteral("::1")));
        QVERIFY(exchange(optionsRequest("v6c"), QStringLiteral("::1"), QStringLiteral("::1"), 25060).isEmpty()); // a blocked source gets no answer
    }

    void refusalsLookAlike_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("from");
        QTest::newRow("wrong password") << kTrunkUser << QStringLiteral("nope-nope-1") << kPrimary << QStringLiteral("127.0.0.1");
        QTest::newRow("unknown user") << QStringLiteral("31509999999") << QStringLiteral("whatever12") << kPrimary << QStringLiteral("127.0.0.1");
        QTest::newRow("secondary on the primary server") << kTrunkUser2 << QStringLiteral("secondaryPass1") << kPrimary << QStringLiteral("127.0.0.1");
        QTest::newRow("primary on the secondary server") << kTrunkUser << QStringLiteral("primaryPass1") << kSecondary << QStringLiteral("127.0.0.1");
        QTest::newRow("outside the whitelist") << kTrunkUser << QStringLiteral("primaryPass1") << kPrimary << QStringLiteral("127.0.0.2");
    }
    void refusalsLookAlike()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, server);
        QFETCH(QString, from);
        auto r = runSipp(QStringLiteral("reg_forbidden"), server, from, 25110, {user + QLatin1Char(';') + authField(user, password) + QStringLiteral(";300")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output.right(2000)));
    }
    void noAccountEnumeration()
    {
        const QByteArray wrongPassword = authenticatedAnswer("31502053031", "wrong-password", QStringLiteral("127.0.0.1"));
        const QByteArray unknownUser = authenticatedAnswer("31501111111", "wrong-password", QStringLiteral("127.0.0.1"));
        QVERIFY(wrongPassword.startsWith("SIP/2.0 403"));
        // Only what differs per request may differ: Via port, Call-ID, To-tag.
        auto strip = [](QByteArray m) {
            m.replace("enumUSER", "X");
            return QString::fromLatin1(m).replace(QRegularExpression(QStringLiteral("UDP 127.0.0.1:[0-9]+")), QStringLiteral("UDP P"))
                .replace(QRegularExpression(QStringLiteral(";tag=[A-Za-z0-9]+\r\nCall-ID")), QStringLiteral("CallID"));
        };
        QCOMPARE(strip(unknownUser), strip(wrongPassword));
    }
    void whitelistedSourceIsReportedNotBlocked()
    {
        // 127.0.0.1 is in the trunk's whitelist: after the failures above it is still served.
        QTRY_VERIFY(sawEvent(RegistrationEventKind::AuthFailure, {}, QStringLiteral("127.0.0.1")));
        QVERIFY(!sawEvent(RegistrationEventKind::Blocked, {}, QStringLiteral("127.0.0.1")));
    }

    void staleNonceIsAnsweredStale()
    {
        auto r = runSipp(QStringLiteral("reg_stale"), kPrimary, QStringLiteral("127.0.0.1"), 25120,
                         {kTrunkUser + QLatin1Char(';') + authField(kTrunkUser, QStringLiteral("primaryPass1")) + QStringLiteral(";300")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output.right(2000)));
    }

    void tooBriefExpiryGets423()
    {
        auto r = runSipp(QStringLiteral("reg_423"), kSecondary, QStringLiteral("127.0.0.1"), 25130,
                         {kTrunkUser2 + QLatin1Char(';') + authField(kTrunkUser2, QStringLiteral("secondaryPass1")) + QStringLiteral(";5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output.right(2000)));
        QCOMPARE(status(kTrunkUser2).state, RegistrationState::Unregistered);
    }

    void expiryUnregisterAndQualify()
    {
        // Phone: registers for 10 s and is gone after; secondary: answers one OPTIONS then goes silent.
        auto phone = runSipp(QStringLiteral("reg_ok"), kSecondary, QStringLiteral("127.0.0.1"), 25140,
                             {kPhone + QLatin1Char(';') + authField(kPhone, QStringLiteral("phonePass123")) + QStringLiteral(";10")});
        QVERIFY2(phone.exitCode == 0, qPrintable(phone.output.right(2000)));
        QTRY_COMPARE(status(kPhone).state, RegistrationState::Registered);
        auto second = runSipp(QStringLiteral("reg_ok_answer_options"), kSecondary, QStringLiteral("127.0.0.1"), 25141,
                              {kTrunkUser2 + QLatin1Char(';') + authField(kTrunkUser2, QStringLiteral("secondaryPass1")) + QStringLiteral(";120")}, 20000,
                              {QStringLiteral("-oocsf"), QStringLiteral(CENTRALE_TEST_DATA "/sipp/ooc_options.xml")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.output.right(2000)));
        QTRY_COMPARE(status(kTrunkUser2).state, RegistrationState::Registered);
        QTRY_VERIFY_WITH_TIMEOUT(sawEvent(RegistrationEventKind::Expired, kPhone), 15000);
        QCOMPARE(status(kPhone).state, RegistrationState::Unregistered);
        QTRY_COMPARE_WITH_TIMEOUT(status(kTrunkUser2).state, RegistrationState::Unreachable, 15000);

        // Unregister with Expires: 0.
        auto un = runSipp(QStringLiteral("reg_ok"), kSecondary, QStringLiteral("127.0.0.1"), 25141,
                          {kTrunkUser2 + QLatin1Char(';') + authField(kTrunkUser2, QStringLiteral("secondaryPass1")) + QStringLiteral(";0")});
        QVERIFY2(un.exitCode == 0, qPrintable(un.output.right(2000)));
        QTRY_COMPARE(status(kTrunkUser2).state, RegistrationState::Unregistered);
        QVERIFY(sawEvent(RegistrationEventKind::Unregistered, kTrunkUser2));
    }

    void bruteForceSourceIsBlockedOthersServedThenLifted()
    {
        for (int i = 0; i < 3; ++i) {
            auto r = runSipp(QStringLiteral("reg_forbidden"), kPrimary, QStringLiteral("127.0.0.3"), 25150,
                             {kPhone + QLatin1Char(';') + authField(kPhone, QStringLiteral("guess%1guess").arg(i)) + QStringLiteral(";60")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.output.right(2000)));
        }
        QTRY_VERIFY(sawEvent(RegistrationEventKind::Blocked, {}, QStringLiteral("127.0.0.3")));
        // Even the right password gets no answer from there now…
        auto blocked = runSipp(QStringLiteral("reg_ok"), kPrimary, QStringLiteral("127.0.0.3"), 25151,
                               {kPhone + QLatin1Char(';') + authField(kPhone, QStringLiteral("phonePass123")) + QStringLiteral(";60")}, 6000);
        QVERIFY(blocked.exitCode != 0);
        // …while a legitimate account elsewhere keeps registering.
        auto other = runSipp(QStringLiteral("reg_ok"), kPrimary, QStringLiteral("127.0.0.1"), 25152,
                             {kTrunkUser + QLatin1Char(';') + authField(kTrunkUser, QStringLiteral("primaryPass1")) + QStringLiteral(";300")});
        QVERIFY2(other.exitCode == 0, qPrintable(other.output.right(2000)));

        // The block is persisted; an administrator lifts it (as `centralectl blocked lift` does).
        auto db = std::move(Database::open(m_dbPath)).value();
        QTRY_VERIFY(db->exec(QStringLiteral("SELECT 1 FROM blocked_sources WHERE address = '127.0.0.3'"))->next());
        QTest::qWait(3500);
        QVERIFY(db->exec(QStringLiteral("DELETE FROM blocked_sources WHERE address = '127.0.0.3'")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(sawEvent(RegistrationEventKind::Unblocked, {}, QStringLiteral("127.0.0.3")), 5000);
        auto after = runSipp(QStringLiteral("reg_ok"), kPrimary, QStringLiteral("127.0.0.3"), 25153,
                             {kPhone + QLatin1Char(';') + authField(kPhone, QStringLiteral("phonePass123")) + QStringLiteral(";60")});
        QVERIFY2(after.exitCode == 0, qPrintable(after.output.right(2000)));
    }

    void malformedPacketsDoNotDisturbTheEngine()
    {
        QUdpSocket s;
        QVERIFY(s.bind(QHostAddress(QStringLiteral("127.0.0.5")), 0));
        const QByteArray valid = registerRequest("31502053031", "junk", 1).replace("LOCALIP", "127.0.0.5").replace("LOCALPORT", "5");
        QList<QByteArray> junk{QByteArray(), QByteArray("\0\0\0\0", 4), valid.left(40), QByteArray(valid).replace("Content-Length: 0", "Content-Length: 9999"),
                               QByteArray(valid).insert(valid.indexOf("\r\n") + 2, "X-Big: " + QByteArray(60000, 'a') + "\r\n"),
                               QByteArray("REGISTER \xff\xfe sip:x SIP/2.0\r\n\r\n"), QByteArray(valid).replace("Via:", "Via : ;;;"),
                               QByteArray(valid).replace("CSeq: 1 REGISTER", "CSeq: -1 INVITE")};
        for (int i = 0; i < 200; ++i)
            junk << QByteArray(valid).replace(QRandomGenerator::global()->bounded(valid.size()), 3, QByteArray::number(QRandomGenerator::global()->generate()));
        for (const auto &j : junk)
            s.writeDatagram(j, QHostAddress(QStringLiteral("127.0.0.1")), 25060);
        QTest::qWait(300);
        optionsIsAlways200WithAllow();
        QVERIFY(m_engine->isRunning());
    }

    void secondEngineOnTheSameAddressIsRefused()
    {
        sip::SipEngine other(m_dbPath);
        auto s = other.start();
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QLatin1String("already in use")), qPrintable(s.message()));
    }

    void restartKeepsBindings()
    {
        const AccountStatus before = status(kTrunkUser);
        QVERIFY(before.state != RegistrationState::Unregistered); // registered; unreachable once sipp has gone
        m_engine.reset(); // stops and writes what is pending
        startEngine();
        const AccountStatus after = status(kTrunkUser);
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.contact, before.contact);
        QCOMPARE(after.expires, before.expires);
        QCOMPARE(after.userAgent, QStringLiteral("sipp-centrale-test"));
    }

    void editsApplyWithoutRestart()
    {
        // A new phone account made by another process is accepted within a second.
        auto db = std::move(Database::open(m_dbPath)).value();
        auto secrets = std::move(FileSecretStore::open(m_fx.dir.filePath(QStringLiteral("s.json")))).value();
        PhoneAccount p;
        p.number = QStringLiteral("31502053098");
        p.account.username = p.number;
        QVERIFY(AccountService(*db, *secrets).createPhone(p, QStringLiteral("newPhonePass1")).ok());
        QTest::qWait(1200);
        auto r = runSipp(QStringLiteral("reg_ok"), kPrimary, QStringLiteral("127.0.0.1"), 25160,
                         {p.number + QLatin1Char(';') + authField(p.number, QStringLiteral("newPhonePass1")) + QStringLiteral(";60")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output.right(2000)));
        QTRY_COMPARE(status(p.number).state, RegistrationState::Registered);
    }
};

QTEST_GUILESS_MAIN(TestSipEngine)
#include "tst_sipengine.moc"
