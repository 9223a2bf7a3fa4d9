#pragma once
// Voicemail greetings: what rtpengine plays to the caller before the message is recorded.
// An uploaded WAV is accepted as 16-bit PCM or G.711 (A-law/µ-law), mono or stereo, 8 to
// 48 kHz, and stored as 8 kHz mono PCM: the rate of the call, so nothing is resampled per call.
#include "media/WavFile.h"

namespace centrale::media {

inline constexpr int kGreetingMaxSeconds = 60;

// The greeting as 8 kHz mono PCM; fails naming what is wrong with the file.
Result<WavAudio> greetingAudio(const QByteArray &wavBytes);

// Greetings live in one folder (the data dir's voicemail/greetings): default-nl.wav and
// default-en.wav (copied from the resources, the ones that ship), plan-ID.wav per call plan.
QString planGreetingPath(const QString &folder, qint64 planId);
Status installDefaultGreetings(const QString &folder);
// The recording announcements that ship ("dit gesprek kan worden opgenomen" / "this call may
// be recorded"), written into folder as announce-recording-nl.wav and -en.wav.
Status installAnnouncements(const QString &folder);
QString announcementPath(const QString &folder, const QString &language);
// Validates (and converts) an uploaded greeting and stores it for the plan, mode 0600.
Status savePlanGreeting(const QString &folder, qint64 planId, const QByteArray &wavBytes);
// Back to the default greeting; fine when the plan had none.
Status removePlanGreeting(const QString &folder, qint64 planId);

} // namespace centrale::media
