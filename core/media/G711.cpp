#include "media/G711.h"

namespace centrale::media {

int16_t alawToLinear(uint8_t a)
{
    a ^= 0x55;
    int t = (a & 0x0f) << 4;
    const int seg = (a & 0x70) >> 4;
    if (seg == 0)
        t += 8;
    else
        t = (t + 0x108) << (seg - 1);
    return int16_t((a & 0x80) ? t : -t);
}

int16_t ulawToLinear(uint8_t u)
{
    u = ~u;
    int t = ((u & 0x0f) << 3) + 0x84;
    t <<= (u & 0x70) >> 4;
    return int16_t((u & 0x80) ? (0x84 - t) : (t - 0x84));
}

uint8_t linearToAlaw(int16_t pcm)
{
    int v = pcm;
    uint8_t mask;
    if (v >= 0) {
        mask = 0xd5;
    } else {
        mask = 0x55;
        v = -v - 1;
    }
    static const int segEnd[8] = {0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff};
    v >>= 3;
    int seg = 0;
    while (seg < 8 && v > segEnd[seg])
        ++seg;
    if (seg >= 8)
        return uint8_t(0x7f ^ mask);
    uint8_t aval = uint8_t(seg << 4);
    aval |= (seg < 2) ? ((v >> 1) & 0x0f) : ((v >> seg) & 0x0f);
    return uint8_t(aval ^ mask);
}

uint8_t linearToUlaw(int16_t pcm)
{
    constexpr int kBias = 0x84, kClip = 32635;
    int v = pcm;
    const uint8_t sign = v < 0 ? 0x80 : 0x00;
    if (v < 0)
        v = -v;
    if (v > kClip)
        v = kClip;
    v += kBias;
    int exponent = 7;
    for (int mask = 0x4000; (v & mask) == 0 && exponent > 0; mask >>= 1)
        --exponent;
    const int mantissa = (v >> (exponent + 3)) & 0x0f;
    return uint8_t(~(sign | (exponent << 4) | mantissa));
}

QList<int16_t> decodeG711(const QByteArray &payload, G711 law)
{
    QList<int16_t> out;
    out.reserve(payload.size());
    for (char c : payload)
        out.append(law == G711::Alaw ? alawToLinear(uint8_t(c)) : ulawToLinear(uint8_t(c)));
    return out;
}

QByteArray encodeG711(const QList<int16_t> &pcm, G711 law)
{
    QByteArray out;
    out.reserve(pcm.size());
    for (int16_t s : pcm)
        out.append(char(law == G711::Alaw ? linearToAlaw(s) : linearToUlaw(s)));
    return out;
}

} // namespace centrale::media
