#pragma once
// A prompt (greeting, announcement) for an rtpengine that is not Centrale's own: rtpengine
// opens the files it plays by path, on its own host. Centrale's data folder is private
// (0700), so the prompt is copied into the folder both share (media.recording_spool, the
// external rtpengine's recording-dir, mounted at the same path on both hosts) and that copy
// is named instead.
#include "util/Result.h"

#include <QString>

namespace centrale::media {

// The path the relay should open for source: source itself when shared is empty (our own
// relay reads our folder), else shared/prompts/NAME, copied (mode 0644) when missing or older.
Result<QString> sharedPrompt(const QString &source, const QString &shared);

} // namespace centrale::media
