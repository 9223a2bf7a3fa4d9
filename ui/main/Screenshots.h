#pragma once
// `centrale --screenshot DIR`: a PNG of every page in Dutch and in English, taken once the
// live status has arrived (so the pictures show the engine's real state, not "not running").
#include <QString>

namespace centrale {
class StatusFeed;
}

namespace centrale::ui {

class MainWindow;
// Waits at most timeoutMs for feed (may be null) to report a running engine; false if it did not.
bool waitForLiveStatus(const StatusFeed *feed, int timeoutMs);
bool writeScreenshots(MainWindow &window, const QString &dir, const StatusFeed *feed = nullptr);

} // namespace centrale::ui
