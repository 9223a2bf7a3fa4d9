#pragma once
// A voicemail message from the call's pcap recording: only what the caller sent (the
// packets that arrived at the relay's port facing the caller), not the greeting played
// back to them, as one 8 kHz mono WAV.
#include "media/CallAudio.h"

namespace centrale::media {

// callerFacing: the relay's "ip:port" the caller sends to (from the SDP answered to the caller);
// empty, or when no stream went there: every G.711 stream not coming from that port.
Result<WavAudio> voicemailAudio(const QList<RtpStream> &streams, const QString &callerFacing);

} // namespace centrale::media
