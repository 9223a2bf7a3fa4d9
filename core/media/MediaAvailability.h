#pragma once
// Whether call recording and voicemail can work with the media settings as they are, and if
// not, exactly what is missing: one answer for the console, the CLI and the engine's log.
#include <QString>

namespace centrale {
class Database;
}

namespace centrale::media {

struct MediaSettings {
    QString relay;          // media.relay: auto, always, never
    QString external;       // media.rtpengine: an rtpengine of one's own; empty: Centrale's
    QString recordingSpool; // media.recording_spool: that rtpengine's recording-dir, as seen here
    bool rtpengineInstalled = true;
};

MediaSettings mediaSettings(Database &db);
// Empty when recording and voicemail can work; else why not and what to set or install
// (a clause, no final full stop: "rtpengine is not installed (…)").
QString recordingUnavailableReason(const MediaSettings &s);

} // namespace centrale::media
