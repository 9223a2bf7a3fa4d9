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

void LimitTracker::prune(QList<UsageEntry> &list, qint64 nowMs) const
{
    const qint64 cutoff = nowMs - 8LL * 24 * 3600 * 1000;
    while (!list.isEmpty() && list.first().atMs < cutoff)
        list.removeFirst();
}

WindowUsage LimitTracker::usage(const QString &key, LimitWindow w, qint64 nowMs) const
{
    WindowUsage u;
    const qint64 start = windowStart(w, nowMs);
    for (const auto &e : m_entries.value(key)) {
        if (e.atMs < start)
            continue;
        u.spentMicros += e.costMicros;
        ++u.calls;
    }
    return u;
}

void LimitTracker::recordStart(const QString &key, qint64 atMs)
{
    auto &list = m_entries[key];
    prune(list, atMs);
    list.append(UsageEntry{atMs, 0});
}

void LimitTracker::recordCost(const QString &key, qint64 startedMs, qint64 costMicros)
{
    auto &list = m_entries[key];
    // The start was recorded when the call was admitted; fill in its cost.
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        if (it->atMs == startedMs && it->costMicros == 0) {
            it->costMicros = costMicros;
            return;
        }
    }
    list.append(UsageEntry{startedMs, costMicros});
}

QList<LimitWarning> LimitTracker::newWarnings(const QString &key, const Limits &limits, qint64 nowMs)
{
    QList<LimitWarning> out;
    for (LimitWindow w : {LimitWindow::Hour, LimitWindow::Day, LimitWindow::Week}) {
        const qint64 limit = limitMicros(limits, w);
        if (limit <= 0)
            continue;
        const qint64 spent = usage(key, w, nowMs).spentMicros;
        for (int level : {limits.warnPercentSecond, limits.warnPercentFirst}) {
            if (spent * 100 < limit * level)
                continue;
            const QString tag = key + QLatin1Char('|') + QString::number(int(w)) + QLatin1Char('|') + QString::number(windowStart(w, nowMs))
                                + QLatin1Char('|') + QString::number(level);
            if (!m_warned.contains(tag)) {
                m_warned.insert(tag);
                // Crossing 95 % at once also covers 80 %: one mail, the higher level.
                const QString lower = key + QLatin1Char('|') + QString::number(int(w)) + QLatin1Char('|') + QString::number(windowStart(w, nowMs))
                                      + QLatin1Char('|') + QString::number(limits.warnPercentFirst);
                m_warned.insert(lower);
                out << LimitWarning{w, level, spent, limit};
            }
            break;
        }
    }
    return out;
}

} // namespace centrale::calls
