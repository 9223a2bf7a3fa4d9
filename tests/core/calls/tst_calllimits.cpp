// Price, limits and fraud blocks of calls out without SIP: what the engine asks CallLimits
// for a call's start, answer and end, and the notices it turns into mails and stored blocks.
#include "calls/CallLimits.h"

#include <QTest>

#include <ctime>

using namespace centrale;
using namespace centrale::calls;

namespace {

qint64 at(int h, int min, int s = 0) { return QDateTime(QDate(2026, 12, 2), QTime(h, min, s)).toMSecsSinceEpoch(); }

CallPolicy trunk()
{
    CallPolicy p;
    p.key = QStringLiteral("trunk:1");
    p.name = QStringLiteral("kantoor");
    p.limits.amountHourCents = 10; // € 0.10 an hour
    p.limits.amountDayCents = 25;
    p.limits.amountWeekCents = 50;
    return p;
}

// A cent a second to Dutch numbers.
RateTable rates() { return RateTable({Rate{QStringLiteral("31"), QStringLiteral("NL"), 600000, 0}}); }

PhoneNumber number(const char *e164) { return PhoneNumber::parse(QLatin1String(e164)).value(); }

const QString kDigits = QStringLiteral("31201234567");

// One call out from start to end as the engine makes it; its record, cost included.
CallRecord call(CallLimits &l, const CallPolicy &p, const RateTable &table, const QString &id, qint64 startMs, int secs, Refusal *refused = nullptr)
{
    CallRecord rec;
    rec.callId = id;
    rec.startedMs = startMs;
    const Refusal r = l.admit(p, number("+31201234567"), &table, startMs);
    if (refused)
        *refused = r;
    if (r.status)
        return rec;
    rec.answeredMs = startMs;
    l.answered(&p, kDigits, id, rec.answeredMs, 3600, &table);
    rec.endedMs = startMs + secs * 1000LL;
    l.ended(&p, p.key, kDigits, rec, &table);
    return rec;
}

} // namespace

class TestCallLimits : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Amsterdam"); // calendar windows are local time
        tzset();
    }

    void anEndedCallIsPricedAndTheLevelsAreMailedOnce()
    {
        CallLimits l;
        const RateTable table = rates();
        const CallPolicy p = trunk();
        // 9 s at a cent a second: 9 cents of 10, past 80 %.
        CallRecord rec = call(l, p, table, QStringLiteral("c1"), at(10, 0), 9);
        QCOMPARE(rec.costMicros, 90000);
        auto notices = l.takeNotices();
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices[0].kind, LimitNotice::Kind::LimitLevel);
        QCOMPARE(notices[0].policyKey, p.key);
        QVERIFY2(notices[0].subject.contains(QLatin1String("kantoor: 80 % of the call limit used this hour")), qPrintable(notices[0].subject));
        QVERIFY2(notices[0].body.contains(QStringLiteral("€ 0.09")), qPrintable(notices[0].body));
        // Another second: 95 % once, never the 80 % again.
        call(l, p, table, QStringLiteral("c2"), at(10, 1), 1);
        notices = l.takeNotices();
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices[0].subject.contains(QLatin1String("95 %")));
        QVERIFY(l.takeNotices().isEmpty());
        // At 100 % the next call is refused with the figures, and nothing is counted.
        Refusal r;
        call(l, p, table, QStringLiteral("c3"), at(10, 2), 1, &r);
        QCOMPARE(r.status, 403);
        QVERIFY2(r.reason.contains(QStringLiteral("amount limit of € 0.10 for kantoor is reached")), qPrintable(r.reason));
    }

    void anAnsweredCallsDeadlineKeepsItsReasonUntilItEnds()
    {
        CallLimits l;
        const RateTable table = rates();
        const CallPolicy p = trunk();
        QCOMPARE(l.admit(p, number("+31201234567"), &table, at(10, 0)).status, 0);
        QCOMPARE(l.answered(&p, kDigits, QStringLiteral("c1"), at(10, 0), 3600, &table), at(10, 0, 10)); // 10 cents at a cent a second
        QVERIFY2(l.cutoffReason(QStringLiteral("c1")).contains(QStringLiteral("amount limit of € 0.10")), qPrintable(l.cutoffReason(QStringLiteral("c1"))));
        CallRecord rec;
        rec.callId = QStringLiteral("c1");
        rec.startedMs = rec.answeredMs = at(10, 0);
        rec.endedMs = at(10, 0, 10);
        l.ended(&p, p.key, kDigits, rec, &table);
        QCOMPARE(rec.costMicros, 100000);
        QVERIFY(l.cutoffReason(QStringLiteral("c1")).isEmpty());
        // Inbound to a PBX costs nothing and counts against nobody.
        CallRecord inbound;
        inbound.callId = QStringLiteral("c2");
        inbound.startedMs = inbound.answeredMs = at(10, 1);
        inbound.endedMs = at(10, 5);
        l.answered(nullptr, {}, inbound.callId, inbound.answeredMs, 3600, &table);
        l.ended(nullptr, {}, {}, inbound, &table);
        QCOMPARE(inbound.costMicros, 0);
    }

    void aBurstOfShortCallsBlocksThePayerUntilTheStoreLiftsIt()
    {
        CallLimits l;
        FraudSettings s;
        s.burstCalls = 3; // three calls under 10 s within 10 minutes
        l.configure(s, {});
        const RateTable table = rates();
        CallPolicy p = trunk();
        p.limits = {};
        call(l, p, table, QStringLiteral("c1"), at(10, 0), 2);
        call(l, p, table, QStringLiteral("c2"), at(10, 1), 2);
        QVERIFY(!l.isBlocked(p.key));
        QVERIFY(l.takeNotices().isEmpty());
        call(l, p, table, QStringLiteral("c3"), at(10, 2), 2); // the third short call ends: blocked
        QVERIFY(l.isBlocked(p.key));
        const auto notices = l.takeNotices();
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices[0].kind, LimitNotice::Kind::FraudBlocked);
        QCOMPARE(notices[0].fraudKind, QStringLiteral("burst"));
        QCOMPARE(notices[0].owner, QStringLiteral("kantoor"));
        QCOMPARE(notices[0].atMs, at(10, 2, 2));
        QVERIFY2(notices[0].body.contains(QLatin1String("shorter than 10 s")), qPrintable(notices[0].body));
        const Refusal r = l.blocked(p);
        QCOMPARE(r.status, 403);
        QVERIFY2(r.reason.contains(QLatin1String("blocked by the fraud detector since")) && r.reason.contains(QLatin1String("shorter than 10 s")), qPrintable(r.reason));

        // A snapshot whose store has not seen the block yet keeps it.
        l.configure(s, {});
        QVERIFY(l.isBlocked(p.key));
        // The administrator lifts it: the store's lifted row lifts it and forgives the burst.
        l.configure(s, {{p.key, FraudBlock{p.key, p.name, QStringLiteral("burst"), notices[0].body, notices[0].atMs, at(10, 5)}}});
        QVERIFY(!l.isBlocked(p.key));
        QCOMPARE(l.blocked(p).status, 0);
        Refusal again;
        call(l, p, table, QStringLiteral("c4"), at(10, 6), 2, &again);
        QCOMPARE(again.status, 0);
        QVERIFY(l.takeNotices().isEmpty());
    }

    void aBlockStoredByAnotherRunHoldsFromTheStart()
    {
        CallLimits l;
        const CallPolicy p = trunk();
        l.configure({}, {{p.key, FraudBlock{p.key, p.name, QStringLiteral("cost"), QStringLiteral("cost far above average"), at(9, 0), 0}}});
        QVERIFY(l.isBlocked(p.key));
        QVERIFY(l.blocked(p).reason.contains(QLatin1String("cost far above average")));
        QVERIFY(l.takeNotices().isEmpty()); // stored already: nothing to store or mail again
        // Another payer is not touched by it.
        CallPolicy other = trunk();
        other.key = QStringLiteral("phone:2");
        QCOMPARE(l.blocked(other).status, 0);
    }

    void aLongCallCrossesItsLevelWhileItRuns()
    {
        CallLimits l;
        const RateTable table = rates();
        CallPolicy p = trunk();
        p.limits.amountHourCents = 100; // € 1: 80 % after 80 s
        p.limits.amountDayCents = 1000;
        p.limits.amountWeekCents = 10000;
        QCOMPARE(l.admit(p, number("+31201234567"), &table, at(10, 0)).status, 0);
        l.answered(&p, kDigits, QStringLiteral("c1"), at(10, 0), 3600, &table);
        const QHash<QString, CallPolicy> policies{{p.key, p}};
        l.checkRunning(policies, at(10, 1)); // 60 cents
        QVERIFY(l.takeNotices().isEmpty());
        l.checkRunning(policies, at(10, 1, 25)); // 85 cents
        const auto notices = l.takeNotices();
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices[0].subject.contains(QLatin1String("80 %")));
        l.checkRunning({}, at(10, 1, 40)); // a payer gone from the configuration is not mailed
        QVERIFY(l.takeNotices().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallLimits)
#include "tst_calllimits.moc"
