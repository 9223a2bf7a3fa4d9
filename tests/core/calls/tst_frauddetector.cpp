#include "calls/FraudDetector.h"

#include <QDateTime>
#include <QTest>

#include <ctime>
#include <algorithm>
#include <functional>
#include <limits>
#include <vector>

using namespace centrale;
using namespace centrale::calls;

namespace {

constexpr qint64 kSec = 1000, kMin = 60 * kSec, kHour = 60 * kMin;

qint64 at(int y, int m, int d, int h, int min, int s = 0) { return QDateTime(QDate(y, m, d), QTime(h, min, s)).toMSecsSinceEpoch(); }

using PerHour = std::function<int(const QDateTime &)>;

// Calls spread evenly over every real hour in [from, to): the repeated autumn hour comes twice,
// the skipped spring hour never. perHour sees the hour's local start.
QList<FraudCall> spread(qint64 from, qint64 to, const PerHour &perHour, qint64 costMicros = 0, qint64 secs = 60)
{
    QList<FraudCall> out;
    for (qint64 h = from; h < to; h += kHour) {
        const int n = perHour(QDateTime::fromMSecsSinceEpoch(h));
        for (int i = 0; i < n; ++i)
            out << FraudCall{h + i * kHour / n, costMicros, secs};
    }
    return out;
}

constexpr qint64 kNever = std::numeric_limits<qint64>::max();

// Starts and ends in time order, as the engine reports them; only those in (after, until].
void feed(FraudDetector &d, const QString &key, const QList<FraudCall> &live, qint64 after = -kNever, qint64 until = kNever)
{
    struct Event {
        qint64 at;
        const FraudCall *call;
        bool end;
    };
    std::vector<Event> events;
    for (const auto &c : live) {
        events.push_back({c.startedMs, &c, false});
        events.push_back({c.startedMs + c.durationSecs * kSec, &c, true});
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &x, const Event &y) { return x.at < y.at; });
    for (const auto &e : events) {
        if (e.at <= after || e.at > until)
            continue;
        if (e.end)
            d.recordEnd(key, e.call->startedMs, e.at, e.call->costMicros);
        else
            d.recordStart(key, e.at);
    }
}

// n calls from `from`, `spacing` apart, reported up to `until`.
void place(FraudDetector &d, const QString &key, qint64 from, int n, qint64 spacing, qint64 secs = 60, qint64 costMicros = 0, qint64 until = kNever)
{
    QList<FraudCall> live;
    for (int i = 0; i < n; ++i)
        live << FraudCall{from + i * spacing, costMicros, secs};
    feed(d, key, live, -kNever, until);
}

bool officeHour(const QDateTime &t) { return t.date().dayOfWeek() <= 5 && t.time().hour() >= 9 && t.time().hour() < 17; }

const QString kKey = QStringLiteral("trunk:3");

// Wednesday 2 December 2026, and six weeks before. Functions, not constants: local time is
// only Amsterdam's once initTestCase has set the zone.
qint64 wed() { return at(2026, 12, 2, 0, 0); }
qint64 historyFrom() { return at(2026, 10, 21, 0, 0); }

FraudDetector withHistory(const QList<FraudCall> &history)
{
    FraudDetector d;
    d.load(kKey, history);
    return d;
}

FraudDetector quiet(qint64 costMicros = 0)
{
    return withHistory(spread(historyFrom(), wed(), [](const QDateTime &t) { return officeHour(t) ? 2 : 0; }, costMicros));
}

// Sunday's 02:00 hour twice as busy as the rest, so its baseline stands out.
int sundayTwoIsBusy(const QDateTime &t) { return t.date().dayOfWeek() == 7 && t.time().hour() == 2 ? 20 : 10; }

} // namespace

class TestFraudDetector : public QObject {
    Q_OBJECT
    FraudDetector m_busy; // 200 calls every office hour: built once, copied per test

private slots:
    void initTestCase()
    {
        // Hours of the week are local; pin a zone with daylight saving time.
        qputenv("TZ", "Europe/Amsterdam");
        tzset();
        QCOMPARE(QDateTime(QDate(2026, 7, 1), QTime(12, 0)).offsetFromUtc(), 7200);
        QCOMPARE(at(2026, 3, 29, 4, 0) - at(2026, 3, 29, 0, 0), 3 * kHour);
        QCOMPARE(at(2026, 10, 25, 4, 0) - at(2026, 10, 25, 0, 0), 5 * kHour);
        m_busy = withHistory(spread(historyFrom(), wed(), [](const QDateTime &t) { return officeHour(t) ? 200 : 0; }));
    }

    void hourOfWeekIsLocal()
    {
        QCOMPARE(FraudDetector::hourOfWeek(at(2026, 11, 30, 0, 30)), 0);   // Monday
        QCOMPARE(FraudDetector::hourOfWeek(at(2026, 12, 6, 23, 59)), 167); // Sunday
        QCOMPARE(FraudDetector::hourOfWeek(at(2026, 7, 6, 0, 30)), 0);     // Monday in summer time
    }

    void aQuietAccountTripsOnAHourOfCalls()
    {
        FraudDetector d = quiet();
        const qint64 ten = wed() + 10 * kHour;
        place(d, kKey, ten, 2, 20 * kMin);
        QVERIFY(!d.check(kKey, ten + 30 * kMin).tripped);
        const FraudFigures f = d.figures(kKey, ten + 30 * kMin);
        QCOMPARE(f.samples, 6);
        QCOMPARE(f.callsMean, 2.0);
        QCOMPARE(f.callsLimit, 20.0);

        const qint64 now = ten + 59 * kMin + 30 * kSec;
        place(d, kKey, ten + 40 * kMin, 58, 20 * kSec, 60, 0, now);
        const FraudVerdict v = d.check(kKey, now);
        QVERIFY(v.tripped);
        QCOMPARE(v.kind, QStringLiteral("calls"));
        QCOMPARE(v.observed, 60.0);
        QCOMPARE(v.limit, 20.0);
        QVERIFY2(v.reason.contains(QLatin1String("60 calls")) && v.reason.contains(QLatin1String("2.0"))
                     && v.reason.contains(QLatin1String("limit 20")), qPrintable(v.reason));
    }

    void aBusyAccountTripsOnlyFarAboveItsAverage()
    {
        const qint64 ten = wed() + 10 * kHour, end = ten + kHour - kSec;
        FraudDetector d = m_busy;
        place(d, kKey, ten, 220, kHour / 220, 60, 0, end);
        const FraudFigures f = d.figures(kKey, end);
        QCOMPARE(f.callsLastHour, 220);
        QCOMPARE(f.callsMean, 200.0);
        QCOMPARE(f.callsLimit, 800.0);
        QVERIFY(!d.check(kKey, end).tripped);

        FraudDetector e = m_busy;
        place(e, kKey, ten, 1000, kHour / 1000, 60, 0, end);
        const FraudVerdict v = e.check(kKey, end);
        QVERIFY(v.tripped);
        QCOMPARE(v.kind, QStringLiteral("calls"));
        QCOMPARE(v.observed, 1000.0);
    }

    void anUnevenAccountGetsRoomForItsSpread()
    {
        // Wednesday 10:00 had 10 calls, once 50: mean 16.7, σ 14.9; mean + 4σ beats mean × 4.
        const QDate odd(2026, 11, 11);
        FraudDetector d = withHistory(spread(historyFrom(), wed(), [&](const QDateTime &t) {
            return !officeHour(t) ? 0 : t.date() == odd && t.time().hour() == 10 ? 50 : 10;
        }));
        const qint64 ten = wed() + 10 * kHour, end = ten + kHour - kSec;
        FraudDetector e = d;
        place(d, kKey, ten, 70, 50 * kSec, 30, 0, end);
        QCOMPARE(d.figures(kKey, end).callsLimit, 76.0);
        QVERIFY(!d.check(kKey, end).tripped);
        place(e, kKey, ten, 80, 44 * kSec, 30, 0, end);
        QVERIFY(e.check(kKey, end).tripped);
    }

    void aNewAccountHasTheFloorOnly()
    {
        // Busy for three days already; without a week of history only the floor counts.
        const qint64 ten = wed() + 10 * kHour;
        auto young = [&] {
            return withHistory(spread(wed() - 3 * 24 * kHour, wed(), [](const QDateTime &t) { return officeHour(t) ? 30 : 0; }));
        };
        FraudDetector d = young();
        place(d, kKey, ten, 19, 3 * kMin);
        QVERIFY(!d.check(kKey, ten + 59 * kMin).tripped);
        QCOMPARE(d.figures(kKey, ten + 59 * kMin).samples, 0);

        FraudDetector e = young();
        place(e, kKey, ten, 25, 2 * kMin);
        const FraudVerdict v = e.check(kKey, ten + 59 * kMin);
        QVERIFY(v.tripped);
        QCOMPARE(v.kind, QStringLiteral("calls"));
        QCOMPARE(v.limit, 20.0);
        QVERIFY2(v.reason.contains(QLatin1String("less than a week")), qPrintable(v.reason));

        // The floor itself is allowed; one more is not.
        FraudDetector f = young();
        place(f, kKey, ten, 20, 2 * kMin);
        QVERIFY(!f.check(kKey, ten + 59 * kMin).tripped);
        place(f, kKey, ten + 50 * kMin, 1, 0);
        QVERIFY(f.check(kKey, ten + 59 * kMin).tripped);

        // Ten first calls from 10:30 a week ago: at 10:20 that slot has a sample (mean 10, limit
        // 40), but the account is still younger than a week.
        FraudDetector g;
        g.load(kKey, spread(ten - 7 * 24 * kHour, ten - 7 * 24 * kHour + kHour, [](const QDateTime &) { return 20; }).mid(10));
        place(g, kKey, ten, 25, 40 * kSec);
        QVERIFY(g.check(kKey, ten + 20 * kMin).tripped);
    }

    void weeksBeforeTheFirstCallAreNoSamples()
    {
        // 17 days old: two weeks of 30 calls an office hour, not four more weeks of 0.
        FraudDetector d = withHistory(spread(wed() - 17 * 24 * kHour, wed(), [](const QDateTime &t) { return officeHour(t) ? 30 : 0; }));
        const qint64 ten = wed() + 10 * kHour, end = ten + kHour - kSec;
        place(d, kKey, ten, 80, 45 * kSec, 60, 0, end);
        const FraudFigures f = d.figures(kKey, end);
        QCOMPARE(f.samples, 2);
        QCOMPARE(f.callsMean, 30.0);
        QCOMPARE(f.callsLimit, 120.0);
        QVERIFY(!d.check(kKey, end).tripped);
    }

    void theHourAfterABusyHourDoesNotTrip()
    {
        // Busy from 10 to 11 only; at 11:20 the rolling hour still holds 40 busy minutes.
        FraudDetector d = withHistory(spread(historyFrom(), wed(), [](const QDateTime &t) {
            return !officeHour(t) ? 0 : t.time().hour() == 10 ? 90 : 3;
        }));
        const QList<FraudCall> live = spread(wed() + 9 * kHour, wed() + 12 * kHour, [](const QDateTime &t) { return t.time().hour() == 10 ? 90 : 3; });
        const qint64 now = wed() + 11 * kHour + 20 * kMin;
        feed(d, kKey, live, -kNever, now);
        const FraudFigures f = d.figures(kKey, now);
        QCOMPARE(f.callsLastHour, 61);
        QCOMPARE(f.callsLimit, 360.0);
        QVERIFY(!d.check(kKey, now).tripped);
    }

    void costTripsOnItsOwn()
    {
        // Two calls of 5 cents an office hour as usual; then four calls of €3.
        FraudDetector d = quiet(50000);
        const qint64 ten = wed() + 10 * kHour;
        place(d, kKey, ten, 1, 0, 600, 3000000);
        QVERIFY(!d.check(kKey, ten + 15 * kMin).tripped);
        place(d, kKey, ten + 15 * kMin, 3, 5 * kMin, 600, 3000000);
        const FraudVerdict v = d.check(kKey, ten + 50 * kMin);
        QVERIFY(v.tripped);
        QCOMPARE(v.kind, QStringLiteral("cost"));
        QCOMPARE(v.observed, 12000000.0);
        QCOMPARE(v.limit, 5000000.0);
        QVERIFY2(v.reason.contains(QLatin1String("12.00")) && v.reason.contains(QLatin1String("5.00")), qPrintable(v.reason));
        QCOMPARE(d.figures(kKey, ten + 50 * kMin).callsLastHour, 4);
    }

    void theRepeatedAutumnHourCountsPerRealHour()
    {
        // 25 October 2026: 02:00–03:00 comes twice.
        FraudDetector d = withHistory(spread(at(2026, 9, 7, 0, 0), at(2026, 10, 25, 0, 0), sundayTwoIsBusy));
        // 02:29:59 the second time: the last hour holds the second half of the first 02 hour and
        // the first half of the second, 10 calls each.
        const qint64 secondTime = at(2026, 10, 25, 1, 29, 59) + 2 * kHour;
        const QList<FraudCall> sunday = spread(at(2026, 10, 25, 0, 0), at(2026, 10, 25, 5, 0), sundayTwoIsBusy);
        feed(d, kKey, sunday, -kNever, secondTime);
        QCOMPARE(FraudDetector::hourOfWeek(secondTime), 6 * 24 + 2);
        QCOMPARE(FraudDetector::hourOfWeek(secondTime - kHour), 6 * 24 + 2);
        QCOMPARE(d.figures(kKey, secondTime).callsLastHour, 20);
        QVERIFY(!d.check(kKey, secondTime).tripped);

        // The week after: that slot's 40 calls in two real hours are 20 an hour, like the other weeks.
        const qint64 now = at(2026, 11, 1, 2, 29, 59);
        feed(d, kKey, sunday, secondTime);
        feed(d, kKey, spread(at(2026, 10, 25, 5, 0), at(2026, 11, 1, 3, 0), sundayTwoIsBusy), -kNever, now);
        const FraudFigures f = d.figures(kKey, now);
        QCOMPARE(f.samples, 6);
        QCOMPARE(f.callsMean, 20.0);
        QCOMPARE(f.callsSd, 0.0);
        QCOMPARE(f.callsLastHour, 15); // 5 from 01:30, 10 from 02:00
        QVERIFY(!d.check(kKey, now).tripped);
    }

    void theSkippedSpringHourIsNoSample()
    {
        // 29 March 2026: 02:00–03:00 does not exist.
        FraudDetector d = withHistory(spread(at(2026, 2, 16, 0, 0), at(2026, 3, 29, 0, 0), sundayTwoIsBusy));
        const qint64 acrossTheGap = at(2026, 3, 29, 3, 29, 59);
        const QList<FraudCall> sunday = spread(at(2026, 3, 29, 0, 0), at(2026, 3, 29, 5, 0), sundayTwoIsBusy);
        feed(d, kKey, sunday, -kNever, acrossTheGap);
        QCOMPARE(d.figures(kKey, acrossTheGap).callsLastHour, 10); // 01:30–01:54 and 03:00–03:24
        QVERIFY(!d.check(kKey, acrossTheGap).tripped);

        const qint64 now = at(2026, 4, 5, 2, 29, 59);
        feed(d, kKey, sunday, acrossTheGap);
        feed(d, kKey, spread(at(2026, 3, 29, 5, 0), at(2026, 4, 5, 3, 0), sundayTwoIsBusy), -kNever, now);
        const FraudFigures f = d.figures(kKey, now);
        QCOMPARE(f.callsMean, 20.0); // five weeks of 20; the missing hour is not a 0
        QCOMPARE(f.callsSd, 0.0);
        QVERIFY(!d.check(kKey, now).tripped);
    }

    void officeHoursFollowTheLocalClockAcrossTheChange()
    {
        // Busy 08–17 local on weekdays; five of the six weeks were summer time.
        const PerHour office = [](const QDateTime &t) {
            return t.date().dayOfWeek() <= 5 && t.time().hour() >= 8 && t.time().hour() < 17 ? 30 : 3;
        };
        const qint64 monday = at(2026, 11, 2, 0, 0);
        FraudDetector d = withHistory(spread(at(2026, 9, 21, 0, 0), monday, office));
        const QList<FraudCall> live = spread(monday, monday + 10 * kHour, office);
        const qint64 seven = at(2026, 11, 2, 7, 29, 59), nine = at(2026, 11, 2, 9, 29, 59);
        feed(d, kKey, live, -kNever, seven);
        QCOMPARE(d.figures(kKey, seven).callsMean, 3.0);
        feed(d, kKey, live, seven, nine);
        QCOMPARE(d.figures(kKey, nine).callsMean, 30.0);
        QCOMPARE(d.figures(kKey, nine).callsLastHour, 30);
        QVERIFY(!d.check(kKey, nine).tripped);

        // Office traffic an hour early is unusual, whatever UTC hour it was in summer.
        FraudDetector e = withHistory(spread(at(2026, 9, 21, 0, 0), monday, office));
        place(e, kKey, at(2026, 11, 2, 6, 30), 25, 2 * kMin);
        QVERIFY(e.check(kKey, at(2026, 11, 2, 7, 29, 59)).tripped);
    }

    void aBurstOfShortCallsTrips()
    {
        // The busy account, so 50 calls are far below its hourly threshold.
        const qint64 ten = wed() + 10 * kHour;
        auto run = [&](int n, qint64 spacing, qint64 secs) {
            FraudDetector d = m_busy;
            place(d, kKey, ten, n, spacing, secs);
            return d.check(kKey, ten + (n - 1) * spacing + secs * kSec);
        };
        const FraudVerdict v = run(50, 11 * kSec, 3);
        QVERIFY(v.tripped);
        QCOMPARE(v.kind, QStringLiteral("burst"));
        QCOMPARE(v.observed, 50.0);
        QVERIFY2(v.reason.contains(QLatin1String("50 calls shorter than 10 s")), qPrintable(v.reason));
        QVERIFY(!run(49, 11 * kSec, 3).tripped);
        QVERIFY(!run(50, 11 * kSec, 30).tripped);
        QVERIFY(!run(50, 36 * kSec, 3).tripped); // over 30 minutes
    }

    void forgivenCallsNoLongerCount()
    {
        FraudDetector d = quiet();
        const qint64 ten = wed() + 10 * kHour;
        const qint64 unblock = ten + 59 * kMin + 30 * kSec;
        place(d, kKey, ten, 60, kMin, 60, 0, unblock);
        // Started before the unblock, ended after: it costs €10 but is forgiven too.
        d.recordStart(kKey, ten + 50 * kMin);
        QVERIFY(d.check(kKey, unblock).tripped);
        d.forgive(kKey, unblock);
        QVERIFY(!d.check(kKey, unblock).tripped);
        d.recordEnd(kKey, ten + 50 * kMin, unblock + 10 * kMin, 10000000);
        QCOMPARE(d.figures(kKey, unblock + 10 * kMin).costLastHourMicros, 0);
        QVERIFY(!d.check(kKey, unblock + 10 * kMin).tripped);
        // New calls count again.
        place(d, kKey, unblock + 11 * kMin, 21, kMin);
        QVERIFY(d.check(kKey, unblock + 32 * kMin).tripped);

        FraudDetector e = m_busy;
        place(e, kKey, ten, 50, 10 * kSec, 3);
        QCOMPARE(e.check(kKey, ten + 9 * kMin).kind, QStringLiteral("burst"));
        e.forgive(kKey, ten + 9 * kMin);
        QVERIFY(!e.check(kKey, ten + 9 * kMin).tripped);
    }

    void disabledNeverTrips()
    {
        FraudDetector d = quiet();
        FraudSettings s;
        s.enabled = false;
        d.setSettings(s);
        place(d, kKey, wed() + 10 * kHour, 100, 30 * kSec);
        QVERIFY(!d.check(kKey, wed() + 11 * kHour - kSec).tripped);
    }

    void settingsAreValidated()
    {
        QVERIFY(FraudSettings{}.validate());
        FraudSettings s;
        for (int weeks : {3, 9}) {
            s.baselineWeeks = weeks;
            const Status st = s.validate();
            QVERIFY(!st);
            QCOMPARE(st.error().field, QStringLiteral("baselineWeeks"));
            QVERIFY2(st.message().contains(QLatin1String("weeks"), Qt::CaseInsensitive), qPrintable(st.message()));
        }
        s.baselineWeeks = 4;
        QVERIFY(s.validate());
        for (double factor : {1.0, 0.5}) {
            s.factor = factor;
            const Status st = s.validate();
            QVERIFY(!st);
            QCOMPARE(st.error().field, QStringLiteral("factor"));
            QVERIFY2(st.message().contains(QLatin1String("factor"), Qt::CaseInsensitive), qPrintable(st.message()));
        }
        s.factor = 1.5;
        QVERIFY(s.validate());
    }
};

QTEST_GUILESS_MAIN(TestFraudDetector)
#include "tst_frauddetector.moc"
