// The pure parts of the engine: bindings, digest, blocking.
#include "sip/DigestAuth.h"
#include "sip/FailureBlocker.h"
#include "sip/Registrar.h"

#include <QCryptographicHash>
#include <QTest>

using namespace centrale;
using namespace centrale::sip;

class TestRegistrar : public QObject {
    Q_OBJECT
    static RegisterRequest req(QList<ContactRequest> contacts, int headerExpires = -1, const QString &callId = QStringLiteral("c1"), quint32 cseq = 1)
    {
        RegisterRequest r;
        r.accountId = 7;
        r.contacts = contacts;
        r.headerExpires = headerExpires;
        r.source = QStringLiteral("127.0.0.1:5070");
        r.server = QStringLiteral("primary");
        r.callId = callId;
        r.cseq = cseq;
        return r;
    }
    const ExpiryLimits limits{3600, 60, 7200};

private slots:
    void expiresFromContactThenHeaderThenDefaultCappedAtMax()
    {
        Registrar r;
        auto out = r.apply(req({{QStringLiteral("sip:a@h"), 120}, {QStringLiteral("sip:b@h"), -1}}, 300), limits, 1000);
        QCOMPARE(out.status, 200);
        QCOMPARE(out.current.size(), 2);
        QCOMPARE(out.current[0].expiresAt, 1120);
        QCOMPARE(out.current[1].expiresAt, 1300);
        out = r.apply(req({{QStringLiteral("sip:c@h"), -1}}), limits, 1000);
        QCOMPARE(out.current.last().expiresAt, 1000 + 3600);
        out = r.apply(req({{QStringLiteral("sip:d@h"), 999999}}), limits, 1000);
        QCOMPARE(out.current.last().expiresAt, 1000 + 7200);
    }
    void tooBriefChangesNothing()
    {
        Registrar r;
        (void)r.apply(req({{QStringLiteral("sip:a@h"), 120}}), limits, 1000);
        auto out = r.apply(req({{QStringLiteral("sip:b@h"), 120}, {QStringLiteral("sip:a@h"), 5}}), limits, 1001);
        QCOMPARE(out.status, 423);
        QCOMPARE(out.minExpires, 60);
        QCOMPARE(r.bindings(7).size(), 1);
    }
    void refreshUnregisterWildcardAndExpiry()
    {
        Registrar r;
        auto out = r.apply(req({{QStringLiteral("sip:a@h"), 120}, {QStringLiteral("sip:b@h"), 120}}), limits, 1000);
        QCOMPARE(out.events[0].first, RegistrationEventKind::Registered);
        out = r.apply(req({{QStringLiteral("sip:a@h"), 120}}, -1, QStringLiteral("c1"), 2), limits, 1010);
        QCOMPARE(out.events[0].first, RegistrationEventKind::Refreshed);
        // An older CSeq in the same Call-ID is a late retransmission and is ignored.
        out = r.apply(req({{QStringLiteral("sip:a@h"), 0}}, -1, QStringLiteral("c1"), 1), limits, 1011);
        QCOMPARE(r.bindings(7).size(), 2);
        out = r.apply(req({{QStringLiteral("sip:a@h"), 0}}, -1, QStringLiteral("c1"), 3), limits, 1012);
        QCOMPARE(out.events[0].first, RegistrationEventKind::Unregistered);
        QCOMPARE(r.bindings(7).size(), 1);
        QCOMPARE(r.apply(req({{QStringLiteral("*"), -1}}, 60), limits, 1013).status, 400); // * needs Expires: 0
        const auto gone = r.expire(1000 + 121);
        QCOMPARE(gone.size(), 1);
        QVERIFY(r.bindings(7).isEmpty());
        (void)r.apply(req({{QStringLiteral("sip:x@h"), 120}}), limits, 2000);
        out = r.apply(req({{QStringLiteral("*"), -1}}, 0), limits, 2001);
        QCOMPARE(out.events.size(), 1);
        QVERIFY(r.bindings(7).isEmpty());
    }
    void digest()
    {
        DigestAuth auth("key");
        const QByteArray nonce = auth.makeNonce(1000);
        QCOMPARE(auth.checkNonce(nonce, 1100, 300), NonceCheck::Valid);
        QCOMPARE(auth.checkNonce(nonce, 1400, 300), NonceCheck::Stale);
        QCOMPARE(DigestAuth("other").checkNonce(nonce, 1100, 300), NonceCheck::Invalid);
        QCOMPARE(auth.checkNonce("123.abc", 1100, 300), NonceCheck::Invalid);
        QCOMPARE(auth.checkNonce(QByteArray(), 1100, 300), NonceCheck::Invalid);

        DigestCredentials c;
        QVERIFY(parseDigest("Digest username=\"Mufasa\", realm=\"testrealm@host.com\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", "
                            "uri=\"/dir/index.html\", qop=auth, nc=00000001, cnonce=\"0a4f113b\", response=\"6629fae49393a05397450978507c4ef1\", "
                            "opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"",
                            &c));
        QCOMPARE(c.username, QByteArray("Mufasa"));
        // RFC 2617 3.5's example, with method GET.
        const QByteArray ha1 = QCryptographicHash::hash("Mufasa:testrealm@host.com:Circle Of Life", QCryptographicHash::Md5).toHex();
        QVERIFY(DigestAuth::responseMatches(c, "GET", ha1));
        QVERIFY(!DigestAuth::responseMatches(c, "REGISTER", ha1));
        c.algorithm = "SHA-256";
        QVERIFY(!DigestAuth::responseMatches(c, "GET", ha1));
        QVERIFY(!parseDigest("Basic dXNlcjpwYXNz", &c));
        DigestCredentials broken;
        QVERIFY(!parseDigest("Digest username=\"x, nonce=", &broken));
    }
    void blocking()
    {
        FailureBlocker b;
        b.setPolicy({3, 60, 900});
        QCOMPARE(b.recordFailure(QStringLiteral("a"), 100, false), FailureBlocker::Outcome::Counted);
        QCOMPARE(b.recordFailure(QStringLiteral("a"), 170, false), FailureBlocker::Outcome::Counted); // first fell out of the window
        QCOMPARE(b.recordFailure(QStringLiteral("a"), 171, false), FailureBlocker::Outcome::Counted);
        QCOMPARE(b.recordFailure(QStringLiteral("a"), 172, false), FailureBlocker::Outcome::NowBlocked);
        QVERIFY(b.isBlocked(QStringLiteral("a"), 173));
        QVERIFY(!b.isBlocked(QStringLiteral("a"), 172 + 900));
        QCOMPARE(b.recordFailure(QStringLiteral("w"), 100, true), FailureBlocker::Outcome::Exempt);
        QCOMPARE(b.expire(172 + 900), QStringList{QStringLiteral("a")});
        QVERIFY(b.blocked().isEmpty());
        b.block(QStringLiteral("c"), 5000);
        QVERIFY(b.lift(QStringLiteral("c")));
        QVERIFY(!b.isBlocked(QStringLiteral("c"), 100));
    }
};

QTEST_GUILESS_MAIN(TestRegistrar)
#include "tst_registrar.moc"
