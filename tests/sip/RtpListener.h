#pragma once
// A party's RTP port held by the test itself: what the relay sends there is read back after
// the call (the kernel keeps it meanwhile) and compared with the audio it should carry.
#include "media/G711.h"
#include "media/WavFile.h"

#include <QHostAddress>
#include <QUdpSocket>
#include <cmath>

struct RtpListener {
    QUdpSocket socket;
    bool bind(const QString &ip, quint16 port)
    {
        socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 1 << 20);
        return socket.bind(QHostAddress(ip), port);
    }
    // The payloads of the G.711 A-law packets (payload type 8) received so far.
    QList<QByteArray> alawPayloads()
    {
        QList<QByteArray> out;
        while (socket.hasPendingDatagrams()) {
            QByteArray d(int(socket.pendingDatagramSize()), Qt::Uninitialized);
            socket.readDatagram(d.data(), d.size());
            if (d.size() > 12 && (quint8(d[0]) >> 6) == 2 && (quint8(d[1]) & 0x7f) == 8)
                out << d.mid(12 + 4 * (quint8(d[0]) & 0x0f));
        }
        return out;
    }
};

// How closely what arrived (the payloads in order, decoded) follows the audio: the largest
// normalised cross-correlation over a shift of up to 0.1 s either way. A played prompt
// scores near 1 (rtpengine's A-law encoder rounds a little differently from ours, so the
// bytes are not identical), other speech or silence far lower.
inline double similarity(const QList<QByteArray> &payloads, const centrale::media::WavAudio &audio)
{
    QList<int16_t> heard;
    for (const QByteArray &p : payloads)
        heard += centrale::media::decodeG711(p, centrale::media::G711::Alaw);
    const QList<int16_t> &want = audio.samples;
    if (heard.isEmpty() || want.isEmpty())
        return 0;
    double best = 0;
    constexpr int kMaxShift = 800;
    for (int shift = -kMaxShift; shift <= kMaxShift; shift += 1) {
        double xy = 0, xx = 0, yy = 0;
        for (qsizetype i = 0; i < want.size(); ++i) {
            const qsizetype j = i + shift;
            if (j < 0 || j >= heard.size())
                continue;
            xy += double(want[i]) * heard[j];
            xx += double(want[i]) * want[i];
            yy += double(heard[j]) * heard[j];
        }
        if (xx > 0 && yy > 0)
            best = std::max(best, xy / std::sqrt(xx * yy));
    }
    return best;
}
