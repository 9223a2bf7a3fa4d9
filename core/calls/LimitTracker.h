#pragma once
// Spend and call counts per trunk or phone account in the current hour, day and week
// (calendar windows in local time), and the 80 %/95 % warnings, once per window.
#include "domain/Security.h"
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

namespace centrale::calls {

struct UsageEntry {
    qint64 atMs = 0;        // when the call started
    qint64 costMicros = 0;  // 0 while it is going on or when it cost nothing
};
using UsageSnapshot = QHash<QString, QList<UsageEntry>>; // by policy key

enum class LimitWindow { Hour, Day, Week };

struct WindowUsage {
    qint64 spentMicros = 0;
    int calls = 0;
};

struct LimitWarning {
    LimitWindow window;
    int percent;            // the level crossed (80, 95)
    qint64 spentMicros, limitMicros; // for a call-count warning: calls made and the call limit
    bool calls = false;     // a call-count limit rather than an amount
};

// Calls are kept as sums per local clock hour, not one entry per call: a busy trunk makes
// hundreds of thousands of calls a week, and every new call asks for three windows.
class LimitTracker {
public:
    void load(const UsageSnapshot &usage);

    WindowUsage usage(const QString &key, LimitWindow w, qint64 nowMs) const;
    // Ongoing calls' cost so far is added by the caller where it matters.
    void recordStart(const QString &key, qint64 atMs);
    void recordCost(const QString &key, qint64 startedMs, qint64 costMicros);
    // Levels crossed now that were not reported before in this window, for amounts (with
    // what calls in progress have cost so far) and for call counts.
    QList<LimitWarning> newWarnings(const QString &key, const Limits &limits, qint64 nowMs, qint64 ongoingMicros = 0);

    static qint64 windowStart(LimitWindow w, qint64 nowMs);
    static qint64 limitMicros(const Limits &l, LimitWindow w);
    static int callLimit(const Limits &l, LimitWindow w);

private:
    struct Windows {
        qint64 hourStart = 0, hourEnd = 0, dayStart = 0, weekStart = 0;
    };
    // Window starts for the hour holding atMs; local-time arithmetic is worth caching.
    const Windows &windowsAt(qint64 atMs) const;
    WindowUsage &bucket(const QString &key, qint64 atMs);

    QHash<QString, QMap<qint64, WindowUsage>> m_hours; // policy key → hour start → sums
    QMap<qint64, QSet<QString>> m_warned;              // window start → "key|window|percent" reported
    mutable Windows m_windows;
};

} // namespace centrale::calls
