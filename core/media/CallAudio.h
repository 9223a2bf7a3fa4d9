#pragma once
// Turns a call's RTP streams (from a pcap recording) into audio: each direction placed on
// one timeline by its RTP timestamps and arrival time, then mixed. G.711 only, the codecs
// the engine offers; other streams are skipped and named.
#include "media/PcapRtp.h"
#include "media/WavFile.h"

#include <QStringList>

namespace centrale::media {

struct CallAudio {
    WavAudio mixed;
    QList<WavAudio> directions; // one per stream, same timeline as mixed
    QStringList labels;         // "source → destination" per direction
    QStringList skipped;        // streams not in G.711, with their payload type
};

Result<CallAudio> callAudio(const QList<RtpStream> &streams);

} // namespace centrale::media
