#pragma once
// G.711 A-law and µ-law (ITU-T G.711), the codecs every call here carries: decoding for
// recordings and voicemail, encoding for tests and announcements.
#include <QByteArray>
#include <QList>
#include <cstdint>

namespace centrale::media {

int16_t alawToLinear(uint8_t a);
int16_t ulawToLinear(uint8_t u);
uint8_t linearToAlaw(int16_t pcm);
uint8_t linearToUlaw(int16_t pcm);

enum class G711 { Alaw = 8, Ulaw = 0 }; // the RTP payload types
QList<int16_t> decodeG711(const QByteArray &payload, G711 law);
QByteArray encodeG711(const QList<int16_t> &pcm, G711 law);

} // namespace centrale::media
