#pragma once
// Outbound fraud measures of the managed-VoIP seed, per trunk or phone account (policy key):
// - traffic far above the account's own average for this hour of the week ("calls", "cost");
// - a burst of short calls, the fair-use rule ("burst").
// Pure bookkeeping on timestamps; the engine blocks, stores and mails.
#include "util/Result.h"
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <deque>

namespace centrale::calls {

struct FraudSettings {
    int baselineWeeks = 6;              // weeks of history in the baseline, 4..8
    int callsFloor = 20;                // calls in an hour that never trip
    qint64 costFloorMicros = 5'000'000; // cost in an hour that never trips (€5)
    double factor = 4.0;                // trips above mean × factor …
    double sigmas = 4.0;                // … and above mean + sigmas × σ
    int burstCalls = 50;                // this many short calls …
    int burstShortSecs = 10;            // … each shorter than this …
    int burstWindowMins = 10;           // … ending within this many minutes trip
    bool enabled = true;

    Status validate() const;
};

struct FraudVerdict {
    bool tripped = false;
    QString kind;   // "calls", "cost" or "burst"
    QString reason; // translated, with the figures
    double observed = 0, limit = 0; // calls, micro-euro or short calls; burst trips at the limit
};

// One outbound call from the call log.
struct FraudCall {
    qint64 startedMs = 0;
    qint64 costMicros = 0;
    qint64 durationSecs = 0; // from start to end, answered or not
};

// Figures for the console and the CLI.
struct FraudFigures {
    int callsLastHour = 0;
    qint64 costLastHourMicros = 0;
    int shortCallsInBurstWindow = 0;
    int hourOfWeek = 0;      // local: Monday 00:00 = 0 … Sunday 23:00 = 167
    int samples = 0;         // weeks in the baseline; 0 for an account younger than a week
    double callsMean = 0, callsSd = 0, callsLimit = 0;
    double costMeanMicros = 0, costSdMicros = 0, costLimitMicros = 0;
};

// One thread only (the engine's): the const calls fill caches.
class FraudDetector {
public:
    void setSettings(const FraudSettings &s);
    const FraudSettings &settings() const { return m_settings; }

    // History from the call log at start; replaces what was known about the key.
    void load(const QString &key, const QList<FraudCall> &calls);
    void recordStart(const QString &key, qint64 startedMs); // an admitted outbound call
    void recordEnd(const QString &key, qint64 startedMs, qint64 endedMs, qint64 costMicros);

    // Called on every outbound admission: cheap (cached baseline, summed recent windows).
    FraudVerdict check(const QString &key, qint64 nowMs) const;
    FraudFigures figures(const QString &key, qint64 nowMs) const;

    // After an administrator unblocks: calls started before sinceMs leave the last-hour and
    // burst windows (they stay in the baseline history).
    void forgive(const QString &key, qint64 sinceMs);

    static int hourOfWeek(qint64 ms);

private:
    struct Sums {
        int calls = 0;
        qint64 costMicros = 0;
    };
    // Running totals per second for the rolling hour and the burst window: bounded by the
    // window's seconds however busy the account is, and a window sum is two binary searches.
    struct Tick {
        qint64 sec = 0;
        Sums total;         // everything up to and including this second
        qint64 shortEnds = 0;
    };
    struct Slot {
        int samples = 0;
        double callsMean = 0, callsSd = 0, costMean = 0, costSd = 0;
    };
    struct Account {
        QMap<qint64, Sums> hours; // local hour key → calls (by start) and cost (by end)
        qint64 firstMs = 0;       // first known call; 0 = none
        qint64 forgivenMs = 0;
        std::deque<Tick> ticks;
        Tick base;                // totals of ticks already dropped
        mutable qint64 cachedHour = -1;
        mutable Slot current, previous;
    };

    void add(Account &a, qint64 ms, int calls, qint64 costMicros);
    void tick(Account &a, qint64 ms, int starts, qint64 costMicros, int shortEnds);
    static Tick totalsAt(const Account &a, qint64 sec);
    Slot slot(const Account &a, qint64 hourKey) const;
    const Account *baselined(const QString &key, qint64 nowMs) const;
    qint64 hourKey(qint64 ms) const;

    FraudSettings m_settings;
    QHash<QString, Account> m_accounts;
    mutable qint64 m_hourFrom = 0, m_hourTo = 0, m_hourKey = 0; // last local-hour lookup
};

} // namespace centrale::calls
