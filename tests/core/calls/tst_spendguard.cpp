// The spend guard without SIP: prices, limits, the moment an answered call must end, and costs.
#include "calls/SpendGuard.h"

#include <QTest>

#include <ctime>

using namespace centrale;
using namespace centrale::calls;

namespace {

qint64 at(int h, int min, int s = 0, int ms = 0) { return QDateTime(QDate(2026, 12, 2), QTime(h, min, s, ms)).toMSecsSinceEpoch(); }

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

// 60 cents a minute to Dutch numbers (a cent a second), mobile 120, nothing to Germany.
RateTable rates()
{
    return RateTable({Rate{QStringLiteral("31"), QStringLiteral("NL"), 600000, 0}, Rate{QStringLiteral("316"), QStringLiteral("NL mobile"), 1200000, 0}});
}

PhoneNumber number(const char *e164) { return PhoneNumber::parse(QLatin1String(e164)).value(); }

} // namespace

class TestSpendGuard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Amsterdam"); // calendar windows are local time
        tzset();
    }

    void aDestinationWithoutAPriceIsRefusedNotFree()
    {
        SpendGuard g;
        const RateTable table = rates();
        QCOMPARE(g.admit(trunk(), number("+31201234567"), &table, at(10, 0)).status, 0);
        const Refusal r = g.admit(trunk(), number("+493012345678"), &table, at(10, 0));
        QCOMPARE(r.status, 403);
        QVERIFY2(r.reason.contains(QLatin1String("no price for +493012345678")), qPrintable(r.reason));
        const RateTable empty;
        QVERIFY(g.admit(trunk(), number("+31201234567"), &empty, at(10, 0)).reason.contains(QLatin1String("rate table is empty")));
        QCOMPARE(g.admit(trunk(), number("+31201234567"), nullptr, at(10, 0)).status, 403);
    }

    void anAnsweredCallEndsAtTheAmountLimit()
    {
        SpendGuard g;
        const RateTable table = rates();
        const CallPolicy p = trunk();
        // Nothing spent: 10 cents at a cent a second is 10 s.
        auto d = g.answered(&p, QStringLiteral("31201234567"), QStringLiteral("c1"), at(10, 0), 3600, &table);
        QVERIFY(d.amountLimit);
        QCOMPARE(d.atMs, at(10, 0, 10));
        QVERIFY2(d.reason.contains(QStringLiteral("amount limit of € 0.10 for kantoor this hour")), qPrintable(d.reason));
        // A second call 4 s later shares the hour with the first, which has cost 4 cents by then.
        auto d2 = g.answered(&p, QStringLiteral("31612345678"), QStringLiteral("c2"), at(10, 0, 4), 3600, &table);
        QCOMPARE(d2.atMs, at(10, 0, 7)); // 6 cents left at 2 cents a second
        QCOMPARE(g.ongoingMicros(p.key, at(10, 0, 6)), 60000 + 40000);
    }

    void theMaximumCallLengthIsFairUseNotAnAmount()
    {
        SpendGuard g;
        const RateTable table = rates();
        CallPolicy p = trunk();
        p.limits.amountHourCents = p.limits.amountDayCents = p.limits.amountWeekCents = 1000000;
        const auto d = g.answered(&p, QStringLiteral("31201234567"), QStringLiteral("c1"), at(10, 0), 60, &table);
        QVERIFY(!d.amountLimit);
        QCOMPARE(d.atMs, at(10, 1));
        QVERIFY(d.reason.contains(QLatin1String("maximum call length of 60 s")));
        // Inbound calls cost nothing: only the length applies.
        const auto free = g.answered(nullptr, {}, QStringLiteral("c2"), at(10, 0), 60, &table);
        QVERIFY(!free.amountLimit);
        QCOMPARE(g.ongoingMicros(p.key, at(10, 0, 30), QStringLiteral("c1")), 0);
    }

    void anEndedCallIsPricedAndCountsAgainstTheNextOne()
    {
        SpendGuard g;
        const RateTable table = rates();
        const CallPolicy p = trunk();
        g.recordStart(p.key, at(10, 0));
        g.answered(&p, QStringLiteral("31201234567"), QStringLiteral("c1"), at(10, 0, 1), 3600, &table);
        const qint64 cost = g.ended(p.key, QStringLiteral("31201234567"), QStringLiteral("c1"), at(10, 0), at(10, 0, 1), at(10, 0, 9, 500), &table);
        QCOMPARE(cost, 90000); // 8.5 s billed as 9 s at a cent a second
        QCOMPARE(g.ongoingMicros(p.key, at(10, 0, 20)), 0);
        QCOMPARE(g.tracker().usage(p.key, LimitWindow::Hour, at(10, 1)).spentMicros, 90000);
        QCOMPARE(g.admit(p, number("+31201234567"), &table, at(10, 1)).status, 0);
        // Another 2 cents reach the hour's 10: refused with the figures.
        g.recordStart(p.key, at(10, 2));
        g.answered(&p, QStringLiteral("31201234567"), QStringLiteral("c2"), at(10, 2), 3600, &table);
        g.ended(p.key, QStringLiteral("31201234567"), QStringLiteral("c2"), at(10, 2), at(10, 2), at(10, 2, 2), &table);
        const Refusal r = g.admit(p, number("+31201234567"), &table, at(10, 3));
        QCOMPARE(r.status, 403);
        QVERIFY2(r.reason.contains(QStringLiteral("amount limit of € 0.10 for kantoor is reached (€ 0.11 spent this hour)")), qPrintable(r.reason));
        // The next hour starts afresh, the day's limit still counts what was spent.
        QCOMPARE(g.admit(p, number("+31201234567"), &table, at(11, 0)).status, 0);
        // An unanswered call costs nothing.
        QCOMPARE(g.ended(p.key, QStringLiteral("31201234567"), QStringLiteral("c3"), at(11, 0), 0, at(11, 0, 5), &table), 0);
    }

    void callCountLimitsRefuse()
    {
        SpendGuard g;
        const RateTable table = rates();
        CallPolicy p = trunk();
        p.limits.callsHour = 2;
        g.recordStart(p.key, at(10, 0));
        QCOMPARE(g.admit(p, number("+31201234567"), &table, at(10, 1)).status, 0);
        g.recordStart(p.key, at(10, 1));
        const Refusal r = g.admit(p, number("+31201234567"), &table, at(10, 2));
        QCOMPARE(r.status, 403);
        QVERIFY2(r.reason.contains(QLatin1String("limit of 2 calls for kantoor is reached this hour")), qPrintable(r.reason));
    }

    void aRunningCallWarnsBeforeItEnds()
    {
        SpendGuard g;
        const RateTable table = rates();
        CallPolicy p = trunk();
        p.limits.amountHourCents = 100; // € 1: 80 % after 80 s at a cent a second
        p.limits.amountDayCents = 1000;
        p.limits.amountWeekCents = 10000;
        g.recordStart(p.key, at(10, 0));
        g.answered(&p, QStringLiteral("31201234567"), QStringLiteral("c1"), at(10, 0), 3600, &table);
        QVERIFY(g.warnings(p, at(10, 1)).isEmpty()); // 60 cents
        QCOMPARE(g.payersWithCallsUp(), QStringList{p.key});
        const auto w = g.warnings(p, at(10, 1, 21)); // 81 cents, still talking
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().percent, 80);
    }
};

QTEST_GUILESS_MAIN(TestSpendGuard)
#include "tst_spendguard.moc"
