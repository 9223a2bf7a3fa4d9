#include "calls/LimitTracker.h"

namespace centrale::calls {

qint64 LimitTracker::windowStart(LimitWindow w, qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    switch (w) {
    case LimitWindow::Hour:
        return QDateTime(now.date(), QTime(now.time().hour(), 0)).toMSecsSinceEpoch();
    case LimitWindow::Day:
        return QDateTime(now.date(), QTime(0, 0)).toMSecsSinceEpoch();
    case LimitWindow::Week:
        return QDateTime(now.date().addDays(1 - now.date().dayOfWeek()), QTime(0, 0)).toMSecsSinceEpoch();
    }
    return nowMs;
}

qint64 LimitTracker::limitMicros(const Limits &l, LimitWindow w)
{
    const int cents = w == LimitWindow::Hour ? l.amountHourCents : w == LimitWindow::Day ? l.amountDayCents : l.amountWeekCents;
    return qint64(cents) * 10000;
}

int LimitTracker::callLimit(const Limits &l, LimitWindow w)
{
    return w == LimitWindow::Hour ? l.callsHour : w == LimitWindow::Day ? l.callsDay : l.callsWeek;
}

const LimitTracker::Windows &LimitTracker::windowsAt(qint64 atMs) const
{
    if (atMs < m_windows.hourStart || atMs >= m_windows.hourEnd) {
        m_windows.hourStart = windowStart(LimitWindow::Hour, atMs);
        m_windows.hourEnd = QDateTime::fromMSecsSinceEpoch(m_windows.hourStart).addSecs(3600).toMSecsSinceEpoch();
        m_windows.dayStart = windowStart(LimitWindow::Day, atMs);
        m_windows.weekStart = windowStart(LimitWindow::Week, atMs);
    }
    return m_windows;
}

WindowUsage &LimitTracker::bucket(const QString &key, qint64 atMs)
{
    auto &hours = m_hours[key];
    // Older than any window that can still be asked for (a week and a day of slack).
    const qint64 cutoff = atMs - 8LL * 24 * 3600 * 1000;
    while (!hours.isEmpty() && hours.firstKey() < cutoff)
        hours.erase(hours.begin());
    return hours[windowsAt(atMs).hourStart];
}

void LimitTracker::load(const UsageSnapshot &usage)
{
    m_hours.clear();
    for (auto it = usage.cbegin(); it != usage.cend(); ++it)
        for (const auto &e : it.value()) {
            WindowUsage &b = bucket(it.key(), e.atMs);
            b.spentMicros += e.costMicros;
            ++b.calls;
        }
}

WindowUsage LimitTracker::usage(const QString &key, LimitWindow w, qint64 nowMs) const
{
    WindowUsage u;
    const auto hours = m_hours.constFind(key);
    if (hours == m_hours.constEnd())
        return u;
    const Windows &win = windowsAt(nowMs);
    const qint64 start = w == LimitWindow::Hour ? win.hourStart : w == LimitWindow::Day ? win.dayStart : win.weekStart;
    for (auto it = hours->lowerBound(start); it != hours->cend() && it.key() < win.hourEnd; ++it) {
        u.spentMicros += it->spentMicros;
        u.calls += it->calls;
    }
    return u;
}

void LimitTracker::recordStart(const QString &key, qint64 atMs) { ++bucket(key, atMs).calls; }

// The call was counted when it was admitted; its cost belongs to the hour it started in.
void LimitTracker::recordCost(const QString &key, qint64 startedMs, qint64 costMicros) { bucket(key, startedMs).spentMicros += costMicros; }

QList<LimitWarning> LimitTracker::newWarnings(const QString &key, const Limits &limits, qint64 nowMs, qint64 ongoingMicros)
{
    QList<LimitWarning> out;
    const Windows &win = windowsAt(nowMs);
    // Windows that ended before this week began cannot warn again.
    while (!m_warned.isEmpty() && m_warned.firstKey() < win.weekStart)
        m_warned.erase(m_warned.begin());
    for (LimitWindow w : {LimitWindow::Hour, LimitWindow::Day, LimitWindow::Week}) {
        const WindowUsage u = usage(key, w, nowMs);
        const qint64 start = w == LimitWindow::Hour ? win.hourStart : w == LimitWindow::Day ? win.dayStart : win.weekStart;
        QSet<QString> &warned = m_warned[start];
        auto check = [&](bool calls, qint64 used, qint64 limit) {
            if (limit <= 0)
                return;
            auto tag = [&](int level) { return QStringLiteral("%1|%2|%3|%4").arg(key).arg(int(w)).arg(level).arg(calls ? QLatin1Char('c') : QLatin1Char('a')); };
            for (int level : {limits.warnPercentSecond, limits.warnPercentFirst}) {
                if (used * 100 < limit * level)
                    continue;
                if (!warned.contains(tag(level))) {
                    warned.insert(tag(level));
                    // Crossing 95 % at once also covers 80 %: one mail, the higher level.
                    warned.insert(tag(limits.warnPercentFirst));
                    out << LimitWarning{w, level, used, limit, calls};
                }
                break;
            }
        };
        check(false, u.spentMicros + ongoingMicros, limitMicros(limits, w));
        check(true, u.calls, callLimit(limits, w));
    }
    return out;
}

} // namespace centrale::calls
