// AccCalls: acc rows, oldest first, become the calls the cluster guard counts and books.
#include "cluster/AccCalls.h"

#include <QTest>

using namespace centrale;
using namespace centrale::cluster;

namespace {
AccRow row(qint64 id, const char *method, const char *callId, const char *code, const char *reason, const char *toTag, qint64 atSecs,
           const char *policy = "trunk:2")
{
    AccRow r;
    r.id = id;
    r.method = QString::fromLatin1(method);
    r.callid = QString::fromLatin1(callId);
    r.sipCode = QString::fromLatin1(code);
    r.sipReason = QString::fromLatin1(reason);
    r.toTag = QString::fromLatin1(toTag);
    r.srcUser = QStringLiteral("31502053041");
    r.dstUser = QStringLiteral("31501234567");
    r.srcIp = QStringLiteral("192.0.2.10");
    r.policy = QString::fromLatin1(policy);
    r.node = QStringLiteral("a");
    r.time = QDateTime::fromSecsSinceEpoch(1'790'000'000 + atSecs, Qt::UTC);
    return r;
}

AccountOwners owners()
{
    AccountOwners o;
    o.byUser.insert(QStringLiteral("31502053041"), {QStringLiteral("primary"), QStringLiteral("Kantoor")});
    o.byPolicy.insert(QStringLiteral("trunk:2"), QStringLiteral("Kantoor"));
    return o;
}
} // namespace

class TstAccCalls : public QObject {
    Q_OBJECT
private slots:
    void answeredCallEndsAtItsBye()
    {
        AccCalls calls;
        auto e = calls.feed({row(1, "INVITE", "c1", "200", "OK", "carrier-tag", 0)}, owners());
        QCOMPARE(e.started.size(), 1);
        QVERIFY(e.ended.isEmpty());
        QVERIFY(e.started.first().counted);
        QCOMPARE(e.started.first().payerKey, QStringLiteral("trunk:2"));
        QCOMPARE(e.started.first().rec.owner, QStringLiteral("Kantoor"));
        QCOMPARE(calls.up().size(), 1);
        e = calls.feed({row(2, "BYE", "c1", "200", "OK", "carrier-tag", 65)}, owners());
        QCOMPARE(e.ended.size(), 1);
        QCOMPARE(e.ended.first().rec.durationSecs(), 65);
        QCOMPARE(e.ended.first().rec.dialled, QStringLiteral("31501234567"));
        QVERIFY(calls.up().isEmpty());
    }

    void theNodesOwnRefusalCountsNothing()
    {
        AccCalls calls;
        // Refused before relaying (no callee's To tag), refused by the carrier (its tag).
        const auto e = calls.feed({row(1, "INVITE", "c1", "403", "Forbidden", "", 0), row(2, "INVITE", "c2", "486", "Busy Here", "carrier-tag", 1)}, owners());
        QCOMPARE(e.started.size(), 2);
        QCOMPARE(e.ended.size(), 2);
        QVERIFY(!e.ended.at(0).counted);
        QCOMPARE(e.ended.at(0).rec.sipStatus, 403);
        QVERIFY(e.ended.at(1).counted);
        QCOMPARE(e.ended.at(1).rec.durationSecs(), 0);
    }

    void inboundCallsCountAgainstNoAccount()
    {
        AccCalls calls;
        const auto e = calls.feed({row(1, "INVITE", "c1", "200", "OK", "pbx-tag", 0, "")}, owners());
        QCOMPARE(e.started.first().rec.direction, QStringLiteral("inbound"));
        QVERIFY(!e.started.first().counted);
    }

    void aCallTheGuardCutOffEndsWithWhy()
    {
        AccCalls calls;
        calls.feed({row(1, "INVITE", "c1", "200", "OK", "carrier-tag", 0)}, owners());
        AccRow end = row(2, "BYE", "c1", "200", "", "", 7);
        end.sipReason = QStringLiteral("ended at the amount limit of € 5.00 for Kantoor this hour");
        end.node = QString::fromLatin1(kGuardNode);
        const auto e = calls.feed({end}, owners());
        QCOMPARE(e.ended.size(), 1);
        QCOMPARE(e.ended.first().rec.reason, QStringLiteral("ended at the amount limit of € 5.00 for Kantoor this hour"));
        QCOMPARE(e.ended.first().rec.durationSecs(), 7);
        // A node's own BYE says nothing new: the answer's reason stays.
        calls.feed({row(3, "INVITE", "c2", "200", "OK", "carrier-tag", 10)}, owners());
        QCOMPARE(calls.feed({row(4, "BYE", "c2", "200", "OK", "carrier-tag", 12)}, owners()).ended.first().rec.reason, QStringLiteral("OK"));
    }

    void aByeWithoutItsInviteIsIgnoredAndLostCallsExpire()
    {
        AccCalls calls;
        QVERIFY(calls.feed({row(1, "BYE", "old", "200", "OK", "t", 0)}, owners()).ended.isEmpty());
        calls.feed({row(2, "INVITE", "c1", "200", "OK", "t", 0)}, owners());
        const qint64 answered = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC).toMSecsSinceEpoch();
        QVERIFY(calls.expire(answered + 3600'000, 4 * 3600'000).ended.isEmpty());
        const auto e = calls.expire(answered + 5 * 3600'000, 4 * 3600'000);
        QCOMPARE(e.ended.size(), 1);
        QCOMPARE(e.ended.first().rec.durationSecs(), 4 * 3600);
        QVERIFY(calls.up().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAccCalls)
#include "tst_acccalls.moc"
