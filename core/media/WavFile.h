#pragma once
// 16-bit PCM WAV (RIFF) files, the format recordings and voicemail are mailed and played in.
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>

namespace centrale::media {

struct WavAudio {
    int sampleRate = 8000;
    int channels = 1;
    QList<int16_t> samples; // interleaved when channels > 1
    double seconds() const { return channels > 0 && sampleRate > 0 ? double(samples.size()) / channels / sampleRate : 0; }
};

QByteArray wavBytes(const WavAudio &audio);
// Writes atomically with mode 0600: a recording is personal data.
Status writeWav(const QString &path, const WavAudio &audio);
// Reads PCM16 WAV (mono or stereo, any rate); anything else is refused with the reason.
Result<WavAudio> readWav(const QByteArray &bytes);
Result<WavAudio> readWavFile(const QString &path);

} // namespace centrale::media
