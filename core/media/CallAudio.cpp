#include "media/CallAudio.h"
#include "media/G711.h"

#include <QCoreApplication>
#include <algorithm>

namespace centrale::media {
namespace {

constexpr int kRate = 8000;
// A timestamp jump beyond this (a new source behind the same SSRC, or a hostile packet)
// re-anchors the stream on arrival time instead of allocating hours of silence.
constexpr qint64 kMaxJump = 10 * kRate;
constexpr qint64 kMaxSamples = qint64(4) * 3600 * kRate;


} // namespace

Result<CallAudio> callAudio(const QList<RtpStream> &streams)
{
    CallAudio out;
    qint64 origin = std::numeric_limits<qint64>::max();
    for (const RtpStream &s : streams)
        if ((s.payloadType == 0 || s.payloadType == 8) && !s.packets.isEmpty())
            origin = std::min(origin, s.packets.first().arrivalUs);

    for (const RtpStream &s : streams) {
        if (s.payloadType != 0 && s.payloadType != 8) {
            out.skipped << QCoreApplication::translate("CallAudio", "%1 → %2 (payload type %3)").arg(s.source, s.destination).arg(s.payloadType);
            continue;
        }
        if (s.packets.isEmpty())
            continue;
        const G711 law = s.payloadType == 8 ? G711::Alaw : G711::Ulaw;
        WavAudio track;
        qint64 anchorPos = (s.packets.first().arrivalUs - origin) * kRate / 1000000;
        quint32 anchorTs = s.packets.first().timestamp;
        qint64 lastPos = anchorPos;
        for (const RtpPacket &p : s.packets) {
            if (p.payload.isEmpty())
                continue;
            qint64 pos = anchorPos + qint32(p.timestamp - anchorTs); // signed difference survives wrap-around
            if (pos < 0 || std::abs(pos - lastPos) > kMaxJump) {
                anchorPos = pos = (p.arrivalUs - origin) * kRate / 1000000;
                anchorTs = p.timestamp;
            }
            if (pos + p.payload.size() > kMaxSamples)
                break;
            if (track.samples.size() < pos + p.payload.size())
                track.samples.resize(pos + p.payload.size(), 0);
            const QList<int16_t> pcm = decodeG711(p.payload, law);
            std::copy(pcm.cbegin(), pcm.cend(), track.samples.begin() + pos);
            lastPos = pos;
        }
        out.directions.append(track);
        out.labels << QCoreApplication::translate("CallAudio", "%1 → %2").arg(s.source, s.destination);
    }
    if (out.directions.isEmpty())
        return Result<CallAudio>::fail(QCoreApplication::translate("CallAudio", "The recording holds no G.711 audio."));

    qsizetype length = 0;
    for (WavAudio &t : out.directions)
        length = std::max(length, t.samples.size());
    out.mixed.samples.fill(0, length);
    for (WavAudio &t : out.directions) {
        t.samples.resize(length, 0);
        for (qsizetype i = 0; i < length; ++i)
            out.mixed.samples[i] = int16_t(std::clamp(int(out.mixed.samples[i]) + t.samples[i], -32768, 32767));
    }
    return out;
}

} // namespace centrale::media
