#pragma once
// The engine's side of the media relay (rtpengine over ng): rewrites a call's SDP so media
// runs through the relay, and removes the session when the call ends. Runs on the engine
// thread. A round trip to a relay on loopback takes well under a millisecond; one that does
// not answer costs at most ~120 ms once, after which the relay is left alone for a while and
// calls go end to end (signalling only) instead of waiting for it.
#include "media/NgClient.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace centrale::sip {

class MediaRelay {
public:
    // One side of a call, as the relay knows it: A (the caller) or B (the callee).
    enum class Side { A, B };

    // Whether a call may use the relay at control (ng address) now; (re)connects when the address changes.
    bool usable(const QString &control, qint64 nowMs);
    // An SDP offer from side (which came from sourceIp), rewritten for the other side;
    // record: the relay records the call (a pcap in its recording folder).
    Result<QByteArray> offer(const QByteArray &callId, Side from, const QByteArray &sdp, const QString &sourceIp, bool nated, qint64 nowMs, bool record = false);
    // The answer to the last offer, from the other side, rewritten for the offerer.
    Result<QByteArray> answer(const QByteArray &callId, Side offerer, const QByteArray &sdp, const QString &sourceIp, bool nated, qint64 nowMs);
    // Plays the WAV at path (a file the relay can open) to one side of the call.
    Status play(const QByteArray &callId, Side to, const QString &path);
    // Forgets the call's session (not waited for).
    void remove(const QByteArray &callId);
    // Reads answers to removals and gives up on lost ones; from the engine's tick.
    void poll();
    QString lastError() const { return m_lastError; }

private:
    Result<QByteArray> exchange(QVariantMap command, const QString &sourceIp, bool nated, qint64 nowMs);

    std::unique_ptr<media::NgClient> m_ng;
    QString m_control;
    qint64 m_pausedUntilMs = 0;
    QString m_lastError;
};

} // namespace centrale::sip
