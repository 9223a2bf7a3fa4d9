#include "calls/FraudDetector.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace centrale::calls {

namespace {

constexpr qint64 kWeekHours = 168;
constexpr qint64 kKeptHours = 9 * kWeekHours; // the longest baseline (8 weeks) and the week observed
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kHourSecs = 3600;


qint64 floorDiv(qint64 a, qint64 b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

qint64 offsetAt(qint64 utcSecs) { return QDateTime::fromSecsSinceEpoch(utcSecs).offsetFromUtc(); }

// First instant at which the local clock reads this hour's start or later. The offsets a day
// either side are tried, so one transition in between is seen from both ends.
qint64 firstInstant(qint64 hourKey)
{
    const qint64 wall = (hourKey - kUnixEpochJulianDay * 24) * kHourSecs; // wall clock read as UTC
    qint64 best = std::numeric_limits<qint64>::max();
    for (qint64 probe : {wall - 86400, wall + 86400}) {
        const qint64 t = wall - offsetAt(probe);
        if (t + offsetAt(t) >= wall)
            best = std::min(best, t);
    }
    return best == std::numeric_limits<qint64>::max() ? wall - offsetAt(wall) : best;
}

// Real seconds the local clock spends in an hour: 3600, but 0 for the hour skipped in spring
// and 7200 for the hour repeated in autumn.
qint64 realSeconds(qint64 hourKey) { return firstInstant(hourKey + 1) - firstInstant(hourKey); }

double limitOf(double floor, int samples, double mean, double sd, const FraudSettings &s)
{
    return samples == 0 ? floor : std::max({floor, mean * s.factor, mean + s.sigmas * sd});
}

} // namespace

Status FraudSettings::validate() const
{
    if (baselineWeeks < 4 || baselineWeeks > 8)
        return Status::fail(QCoreApplication::translate("FraudDetector", "Baseline weeks must lie between 4 and 8."), QStringLiteral("baselineWeeks"));
    if (callsFloor < 1)
        return Status::fail(QCoreApplication::translate("FraudDetector", "The calls floor must be at least 1 call an hour."), QStringLiteral("callsFloor"));
    if (costFloorMicros < 0)
        return Status::fail(QCoreApplication::translate("FraudDetector", "The cost floor cannot be negative."), QStringLiteral("costFloor"));
    if (!(factor > 1.0) || factor > 1000)
        return Status::fail(QCoreApplication::translate("FraudDetector", "The factor over the average must be greater than 1."), QStringLiteral("factor"));
    if (!(sigmas > 0.0) || sigmas > 100)
        return Status::fail(QCoreApplication::translate("FraudDetector", "The number of standard deviations must be greater than 0."), QStringLiteral("sigmas"));
    if (burstCalls < 2)
        return Status::fail(QCoreApplication::translate("FraudDetector", "Burst calls must be at least 2."), QStringLiteral("burstCalls"));
    if (burstShortSecs < 1 || burstShortSecs > 600)
        return Status::fail(QCoreApplication::translate("FraudDetector", "The burst's short call length must lie between 1 and 600 seconds."), QStringLiteral("burstShortSecs"));
    // Bounds the per-second running totals kept for the window.
    if (burstWindowMins < 1 || burstWindowMins > 1440)
        return Status::fail(QCoreApplication::translate("FraudDetector", "The burst window must lie between 1 and 1440 minutes."), QStringLiteral("burstWindowMins"));
    return Status::success();
}

void FraudDetector::setSettings(const FraudSettings &s)
{
    m_settings = s;
    for (auto &a : m_accounts)
        a.cachedHour = -1;
}

int FraudDetector::hourOfWeek(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return (t.date().dayOfWeek() - 1) * 24 + t.time().hour();
}

// Local clock hour as a number that steps by 168 a week: Julian day × 24 + hour.
qint64 FraudDetector::hourKey(qint64 ms) const
{
    if (ms < m_hourFrom || ms >= m_hourTo) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
        const QTime time = t.time();
        m_hourFrom = ms - (time.minute() * 60000LL + time.second() * 1000LL + time.msec());
        m_hourTo = m_hourFrom + kHourSecs * 1000;
        m_hourKey = t.date().toJulianDay() * 24 + time.hour();
    }
    return m_hourKey;
}

void FraudDetector::add(Account &a, qint64 ms, int calls, qint64 costMicros)
{
    const qint64 k = hourKey(ms);
    const qint64 newest = a.hours.isEmpty() ? k : std::max(k, a.hours.lastKey());
    if (k <= newest - kKeptHours)
        return;
    while (!a.hours.isEmpty() && a.hours.firstKey() <= newest - kKeptHours)
        a.hours.erase(a.hours.begin());
    Sums &s = a.hours[k];
    s.calls += calls;
    s.costMicros += costMicros;
}

void FraudDetector::tick(Account &a, qint64 ms, int starts, qint64 costMicros, int shortEnds)
{
    const qint64 sec = floorDiv(ms, 1000);
    const qint64 kept = std::max<qint64>(kHourSecs, m_settings.burstWindowMins * 60LL);
    if (!a.ticks.empty() && sec <= a.ticks.back().sec - kept)
        return; // older than any window reaches
    auto it = std::lower_bound(a.ticks.begin(), a.ticks.end(), sec, [](const Tick &t, qint64 s) { return t.sec < s; });
    if (it == a.ticks.end() || it->sec != sec) {
        Tick t = it == a.ticks.begin() ? a.base : *std::prev(it);
        t.sec = sec;
        it = a.ticks.insert(it, t);
    }
    // Running totals: everything from here on includes the new event (appending is the usual case).
    for (; it != a.ticks.end(); ++it) {
        it->total.calls += starts;
        it->total.costMicros += costMicros;
        it->shortEnds += shortEnds;
    }
    while (a.ticks.front().sec <= a.ticks.back().sec - kept) {
        a.base = a.ticks.front();
        a.ticks.pop_front();
    }
}

FraudDetector::Tick FraudDetector::totalsAt(const Account &a, qint64 sec)
{
    auto it = std::upper_bound(a.ticks.begin(), a.ticks.end(), sec, [](qint64 s, const Tick &t) { return s < t.sec; });
    return it == a.ticks.begin() ? a.base : *std::prev(it);
}

void FraudDetector::load(const QString &key, const QList<FraudCall> &calls)
{
    struct Event {
        qint64 ms;
        int starts, shortEnds;
        qint64 cost;
    };
    std::vector<Event> events;
    events.reserve(size_t(calls.size()) * 2);
    Account &a = m_accounts[key] = Account{};
    for (const auto &c : calls) {
        const qint64 ended = c.startedMs + c.durationSecs * 1000;
        events.push_back({c.startedMs, 1, 0, 0});
        events.push_back({ended, 0, c.durationSecs < m_settings.burstShortSecs ? 1 : 0, c.costMicros});
        if (a.firstMs == 0 || c.startedMs < a.firstMs)
            a.firstMs = c.startedMs;
    }
    // In time order, so the hour cache hits and the running totals are appended to.
    std::stable_sort(events.begin(), events.end(), [](const Event &x, const Event &y) { return x.ms < y.ms; });
    for (const auto &e : events) {
        add(a, e.ms, e.starts, e.cost);
        tick(a, e.ms, e.starts, e.cost, e.shortEnds);
    }
}

void FraudDetector::recordStart(const QString &key, qint64 startedMs)
{
    Account &a = m_accounts[key];
    if (a.firstMs == 0 || startedMs < a.firstMs) {
        a.firstMs = startedMs;
        a.cachedHour = -1;
    }
    add(a, startedMs, 1, 0);
    if (startedMs >= a.forgivenMs)
        tick(a, startedMs, 1, 0, 0);
}

// Cost is known when the call ends, and the rolling hour can only count what is known; so the
// history books cost in the hour the call ended too, and both sides compare alike.
void FraudDetector::recordEnd(const QString &key, qint64 startedMs, qint64 endedMs, qint64 costMicros)
{
    Account &a = m_accounts[key];
    add(a, endedMs, 0, costMicros);
    if (startedMs >= a.forgivenMs)
        tick(a, endedMs, 0, costMicros, endedMs - startedMs < m_settings.burstShortSecs * 1000LL ? 1 : 0);
}

void FraudDetector::forgive(const QString &key, qint64 sinceMs)
{
    const auto it = m_accounts.find(key);
    if (it == m_accounts.end())
        return;
    Account &a = *it;
    a.forgivenMs = std::max(a.forgivenMs, sinceMs);
    while (!a.ticks.empty() && a.ticks.front().sec <= floorDiv(sinceMs, 1000)) {
        a.base = a.ticks.front();
        a.ticks.pop_front();
    }
}

// Samples of one hour-of-week slot in the past weeks, from the account's first call on.
// Weeks without calls count as 0; the skipped spring hour is no sample and the repeated
// autumn hour counts per real hour.
FraudDetector::Slot FraudDetector::slot(const Account &a, qint64 key) const
{
    Slot s;
    const qint64 first = hourKey(a.firstMs);
    double calls = 0, calls2 = 0, cost = 0, cost2 = 0;
    for (int week = 1; week <= m_settings.baselineWeeks; ++week) {
        const qint64 k = key - week * kWeekHours;
        if (k < first)
            break;
        const qint64 real = realSeconds(k);
        if (real <= 0)
            continue;
        const Sums sums = a.hours.value(k);
        const double c = sums.calls * double(kHourSecs) / real, m = sums.costMicros * double(kHourSecs) / real;
        calls += c;
        calls2 += c * c;
        cost += m;
        cost2 += m * m;
        ++s.samples;
    }
    if (s.samples > 0) {
        const int n = s.samples;
        s.callsMean = calls / n;
        s.costMean = cost / n;
        s.callsSd = std::sqrt(std::max(0.0, calls2 / n - s.callsMean * s.callsMean));
        s.costSd = std::sqrt(std::max(0.0, cost2 / n - s.costMean * s.costMean));
    }
    return s;
}

const FraudDetector::Account *FraudDetector::baselined(const QString &key, qint64 nowMs) const
{
    const auto it = m_accounts.constFind(key);
    if (it == m_accounts.constEnd())
        return nullptr;
    const qint64 k = hourKey(nowMs);
    if (it->cachedHour != k) {
        // Once per account and clock hour: the past weeks do not change within the hour.
        it->current = slot(*it, k);
        it->previous = slot(*it, k - 1);
        it->cachedHour = k;
    }
    return &*it;
}

FraudFigures FraudDetector::figures(const QString &key, qint64 nowMs) const
{
    const FraudSettings &s = m_settings;
    FraudFigures f;
    f.hourOfWeek = int(hourKey(nowMs) % kWeekHours);
    f.callsLimit = s.callsFloor;
    f.costLimitMicros = double(s.costFloorMicros);
    const Account *a = baselined(key, nowMs);
    if (!a)
        return f;
    const qint64 sec = floorDiv(nowMs, 1000);
    const Tick now = totalsAt(*a, sec), hourAgo = totalsAt(*a, sec - kHourSecs);
    f.callsLastHour = now.total.calls - hourAgo.total.calls;
    f.costLastHourMicros = now.total.costMicros - hourAgo.total.costMicros;
    f.shortCallsInBurstWindow = int(now.shortEnds - totalsAt(*a, sec - s.burstWindowMins * 60LL).shortEnds);
    if (a->firstMs == 0 || nowMs - a->firstMs < 7 * 24 * kHourSecs * 1000)
        return f; // less than a week of history: the floors only
    // The rolling hour straddles two clock hours, so the slot of the previous hour counts too;
    // whichever allows more wins, lest the first minutes after a busy hour trip.
    const Slot &cur = a->current, &prev = a->previous;
    const auto callsLimit = [&](const Slot &x) { return std::floor(limitOf(s.callsFloor, x.samples, x.callsMean, x.callsSd, s)); };
    const auto costLimit = [&](const Slot &x) { return limitOf(double(s.costFloorMicros), x.samples, x.costMean, x.costSd, s); };
    const Slot &calls = callsLimit(prev) > callsLimit(cur) ? prev : cur;
    const Slot &cost = costLimit(prev) > costLimit(cur) ? prev : cur;
    f.samples = std::max(cur.samples, prev.samples);
    f.callsLimit = callsLimit(calls);
    f.callsMean = calls.callsMean;
    f.callsSd = calls.callsSd;
    f.costLimitMicros = costLimit(cost);
    f.costMeanMicros = cost.costMean;
    f.costSdMicros = cost.costSd;
    return f;
}

FraudVerdict FraudDetector::check(const QString &key, qint64 nowMs) const
{
    if (!m_settings.enabled)
        return {};
    const FraudFigures f = figures(key, nowMs);
    FraudVerdict v;
    if (f.callsLastHour > f.callsLimit) {
        v = {true, QStringLiteral("calls"), {}, double(f.callsLastHour), f.callsLimit};
        v.reason = f.samples == 0
            ? QCoreApplication::translate("FraudDetector", "%1 calls in the last hour from an account with less than a week of history (limit %2)").arg(f.callsLastHour).arg(f.callsLimit)
            : QCoreApplication::translate("FraudDetector", "%1 calls in the last hour against a usual %2 (limit %3)").arg(f.callsLastHour).arg(f.callsMean, 0, 'f', 1).arg(f.callsLimit);
    } else if (f.costLastHourMicros > f.costLimitMicros) {
        const auto euro = [](double micros) { return money::formatEuro(qint64(std::llround(micros)), 2); };
        v = {true, QStringLiteral("cost"), {}, double(f.costLastHourMicros), f.costLimitMicros};
        v.reason = f.samples == 0
            ? QCoreApplication::translate("FraudDetector", "€%1 spent in the last hour by an account with less than a week of history (limit €%2)").arg(euro(f.costLastHourMicros), euro(f.costLimitMicros))
            : QCoreApplication::translate("FraudDetector", "€%1 spent in the last hour against a usual €%2 (limit €%3)").arg(euro(f.costLastHourMicros), euro(f.costMeanMicros), euro(f.costLimitMicros));
    } else if (f.shortCallsInBurstWindow >= m_settings.burstCalls) {
        v = {true, QStringLiteral("burst"), {}, double(f.shortCallsInBurstWindow), double(m_settings.burstCalls)};
        v.reason = QCoreApplication::translate("FraudDetector", "%1 calls shorter than %2 s ended in the last %3 minutes (limit %4)")
                       .arg(f.shortCallsInBurstWindow)
                       .arg(m_settings.burstShortSecs)
                       .arg(m_settings.burstWindowMins)
                       .arg(m_settings.burstCalls);
    }
    return v;
}

} // namespace centrale::calls
