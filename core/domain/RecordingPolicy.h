#pragma once
// Call recording settings of one trunk or phone account (seed 003 §5): how long its
// recordings are kept (off, 30, 90 or 365 days) and whether the parties hear "this call
// may be recorded" first. Unset values follow the global default in the settings.
#include "util/Result.h"

#include <QString>
#include <optional>

namespace centrale {

struct RecordingPolicy {
    QString retention;            // "off", "30", "90", "365"; empty: the default
    std::optional<bool> announce; // unset: the default
};

namespace settingkeys { // beside SettingsCatalog.h's: the global default, and split files
inline constexpr auto kRecordingRetention = "recording.retention";
inline constexpr auto kRecordingAnnounce = "recording.announce";
inline constexpr auto kRecordingSplit = "recording.split";
} // namespace settingkeys

namespace recording {
// Validates a retention value; names the field in the message.
Status checkRetention(const QString &value);
// Days a recording is kept; 0 = not recorded.
int retentionDays(const QString &value);
// The policy in force: own values over the defaults.
RecordingPolicy effective(const RecordingPolicy &own, const RecordingPolicy &defaults);
} // namespace recording

} // namespace centrale
