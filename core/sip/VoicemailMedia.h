#pragma once
// The relay's side of a voicemail: the engine answers the caller itself, so rtpengine gets
// the caller's SDP as the offer and, as the answer, the SDP of a local sink (a UDP socket
// nobody reads: the caller's audio is recorded by rtpengine, not received by us). rtpengine
// then plays the greeting to the caller and records the call as pcap. Runs on the engine
// thread; round trips on loopback take well under a millisecond.
#include "media/NgClient.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace centrale::sip {

class VoicemailMedia {
public:
    VoicemailMedia() = default;
    ~VoicemailMedia();
    VoicemailMedia(const VoicemailMedia &) = delete;
    VoicemailMedia &operator=(const VoicemailMedia &) = delete;

    struct Answer {
        QByteArray sdp;       // for the caller
        QString callerFacing; // relay "ip:port" in it
    };
    // Sets up the relay session keyed by callId (from-tag "a" the caller, "b" the sink),
    // recording on. offered: the relay already has the caller's offer (media anchored).
    Result<Answer> answer(const QString &control, const QByteArray &callId, const QByteArray &callerSdp, bool offered, const QString &sourceIp,
                          bool nated);
    // Plays the WAV at path to the caller.
    Status play(const QByteArray &callId, const QString &path);
    // Deletes the session; rtpengine then closes the call's pcap.
    Status remove(const QByteArray &callId);

private:
    Status open(const QString &control);
    Result<QVariantMap> call(QVariantMap command);

    std::unique_ptr<media::NgClient> m_ng;
    QString m_control;
    int m_sinkFd = -1;
    QString m_sinkIp;
    int m_sinkPort = 0;
};

// The audio codec the engine answers with: the first of PCMA/PCMU the offer carries (the
// recording decodes G.711 only), and telephone-event when offered; empty when neither.
QByteArray sinkSdp(const QByteArray &offer, const QString &ip, int port);
// "ip:port" of the first audio stream of an SDP.
QString sdpMediaAddress(const QByteArray &sdp);

} // namespace centrale::sip
