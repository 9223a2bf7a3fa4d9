#include "calls/LimitTracker.h"

#include <QTest>

#include <ctime>

using namespace centrale;
using namespace centrale::calls;

namespace {

qint64 at(int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min)).toMSecsSinceEpoch(); }

const QString kTrunk = QStringLiteral("trunk:1");

} // namespace

class TestLimitTracker : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Calendar windows are local time; pin a zone with daylight saving time.
        qputenv("TZ", "Europe/Amsterdam");
        tzset();
    }

    void aCallCountsInItsHourDayAndWeek()
    {
        LimitTracker t;
        const qint64 wed1030 = at(2026, 12, 2, 10, 30);
        t.recordStart(kTrunk, wed1030);
        t.recordCost(kTrunk, wed1030, 120000);
        for (auto w : {LimitWindow::Hour, LimitWindow::Day, LimitWindow::Week}) {
            QCOMPARE(t.usage(kTrunk, w, wed1030 + 60000).calls, 1);
            QCOMPARE(t.usage(kTrunk, w, wed1030 + 60000).spentMicros, 120000);
        }
        QCOMPARE(t.usage(kTrunk, LimitWindow::Hour, at(2026, 12, 2, 11, 5)).calls, 0);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Day, at(2026, 12, 2, 11, 5)).calls, 1);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Day, at(2026, 12, 3, 0, 1)).calls, 0);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Week, at(2026, 12, 6, 23, 59)).spentMicros, 120000); // Sunday
        QCOMPARE(t.usage(kTrunk, LimitWindow::Week, at(2026, 12, 7, 0, 10)).calls, 0);              // Monday
        QCOMPARE(t.usage(QStringLiteral("phone:9"), LimitWindow::Week, wed1030).calls, 0);
    }

    void costBelongsToTheHourTheCallStartedIn()
    {
        LimitTracker t;
        const qint64 started = at(2026, 12, 2, 10, 59);
        t.recordStart(kTrunk, started);
        t.recordCost(kTrunk, started, 500000); // ended at 11:10
        QCOMPARE(t.usage(kTrunk, LimitWindow::Hour, at(2026, 12, 2, 11, 10)).spentMicros, 0);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Hour, at(2026, 12, 2, 10, 59)).spentMicros, 500000);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Day, at(2026, 12, 2, 11, 10)).spentMicros, 500000);
    }

    void theDayOfTheClockChangeIsOneWindow()
    {
        // 25 October 2026: clocks go back at 03:00, the day has 25 hours.
        LimitTracker t;
        t.recordStart(kTrunk, at(2026, 10, 25, 0, 30));
        t.recordStart(kTrunk, at(2026, 10, 25, 2, 30));
        t.recordStart(kTrunk, at(2026, 10, 25, 23, 30));
        QCOMPARE(t.usage(kTrunk, LimitWindow::Day, at(2026, 10, 25, 23, 45)).calls, 3);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Day, at(2026, 10, 26, 0, 5)).calls, 0);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Week, at(2026, 10, 26, 0, 5)).calls, 0); // a Monday
    }

    void aSnapshotFromTheCallLogIsCounted()
    {
        LimitTracker t;
        const qint64 mon = at(2026, 11, 30, 9, 0);
        UsageSnapshot s;
        s[kTrunk] = {UsageEntry{mon, 100}, UsageEntry{mon + 3600000, 200}, UsageEntry{at(2026, 11, 20, 9, 0), 999}};
        t.load(s);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Week, at(2026, 12, 2, 10, 0)).calls, 2);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Week, at(2026, 12, 2, 10, 0)).spentMicros, 300);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Day, at(2026, 12, 2, 10, 0)).calls, 0);
    }

    void aBusyWeekAddsUp()
    {
        // A call every 2 s for five days: the windows must still add up exactly.
        LimitTracker t;
        const qint64 from = at(2026, 11, 30, 0, 0);
        int calls = 0;
        for (qint64 ms = from; ms < from + 5LL * 24 * 3600 * 1000; ms += 2000, ++calls) {
            t.recordStart(kTrunk, ms);
            t.recordCost(kTrunk, ms, 3);
        }
        const qint64 now = at(2026, 12, 4, 23, 59);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Week, now).calls, calls);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Week, now).spentMicros, 3LL * calls);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Day, now).calls, 24 * 1800);
        QCOMPARE(t.usage(kTrunk, LimitWindow::Hour, now).calls, 1800);
    }

    void warningsComeOncePerLevelAndWindow()
    {
        Limits l; // €10 an hour, €25 a day, €50 a week; 80 % and 95 %
        LimitTracker t;
        const qint64 t0 = at(2026, 12, 2, 10, 0);
        t.recordStart(kTrunk, t0);
        t.recordCost(kTrunk, t0, 7000000); // €7: below 80 % of €10
        QVERIFY(t.newWarnings(kTrunk, l, t0 + 1000).isEmpty());
        t.recordStart(kTrunk, t0 + 2000);
        t.recordCost(kTrunk, t0 + 2000, 1500000); // €8.50
        auto w = t.newWarnings(kTrunk, l, t0 + 3000);
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().window, LimitWindow::Hour);
        QCOMPARE(w.first().percent, 80);
        QCOMPARE(w.first().spentMicros, 8500000);
        QVERIFY(t.newWarnings(kTrunk, l, t0 + 4000).isEmpty());
        t.recordStart(kTrunk, t0 + 5000);
        t.recordCost(kTrunk, t0 + 5000, 1200000); // €9.70: 95 %
        w = t.newWarnings(kTrunk, l, t0 + 6000);
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().percent, 95);
        // The next hour starts from nothing: €8.50 there warns at 80 % again.
        const qint64 t1 = at(2026, 12, 2, 11, 0);
        t.recordStart(kTrunk, t1);
        t.recordCost(kTrunk, t1, 8500000);
        w = t.newWarnings(kTrunk, l, t1 + 1000);
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().window, LimitWindow::Hour);
        QCOMPARE(w.first().percent, 80);
    }

    void jumpingStraightTo95PercentSendsOneMail()
    {
        Limits l;
        LimitTracker t;
        const qint64 t0 = at(2026, 12, 2, 10, 0);
        t.recordStart(kTrunk, t0);
        t.recordCost(kTrunk, t0, 9600000);
        const auto w = t.newWarnings(kTrunk, l, t0 + 1000);
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().percent, 95);
        QVERIFY(t.newWarnings(kTrunk, l, t0 + 2000).isEmpty());
    }

    void aRunningCallWarnsBeforeItEnds()
    {
        Limits l;
        LimitTracker t;
        const qint64 t0 = at(2026, 12, 2, 10, 0);
        t.recordStart(kTrunk, t0); // answered, still going: nothing booked yet
        QVERIFY(t.newWarnings(kTrunk, l, t0 + 60000, 7000000).isEmpty());
        const auto w = t.newWarnings(kTrunk, l, t0 + 120000, 8100000); // what it has cost so far
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().percent, 80);
        QVERIFY(!w.first().calls);
        // Booked when it ends, the same level is not reported twice.
        t.recordCost(kTrunk, t0, 8200000);
        QVERIFY(t.newWarnings(kTrunk, l, t0 + 180000).isEmpty());
    }

    void callCountsWarnToo()
    {
        Limits l;
        l.callsHour = 10;
        LimitTracker t;
        const qint64 t0 = at(2026, 12, 2, 10, 0);
        for (int i = 0; i < 7; ++i)
            t.recordStart(kTrunk, t0 + i);
        QVERIFY(t.newWarnings(kTrunk, l, t0 + 100).isEmpty());
        t.recordStart(kTrunk, t0 + 200); // 8 of 10
        auto w = t.newWarnings(kTrunk, l, t0 + 300);
        QCOMPARE(w.size(), 1);
        QVERIFY(w.first().calls);
        QCOMPARE(w.first().percent, 80);
        QCOMPARE(w.first().spentMicros, 8);
        QCOMPARE(w.first().limitMicros, 10);
        t.recordStart(kTrunk, t0 + 400);
        t.recordStart(kTrunk, t0 + 500); // 10 of 10
        w = t.newWarnings(kTrunk, l, t0 + 600);
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().percent, 95);
    }
};

QTEST_GUILESS_MAIN(TestLimitTracker)
#include "tst_limittracker.moc"
