// A call plan's voicemail step: the engine answers the caller itself with the relay's media,
// rtpengine plays the greeting and records the call (pcap); when the caller hangs up, or at
// voicemail.max_seconds when the engine hangs up, the relay session is deleted (closing the
// pcap) and SipEngine turns the recording into a WAV and a mail, off this thread.
#include "calls/Sdp.h"
#include "sip/CallEngine.h"
#include "sip/CallSupport.h"
#include "sip/EngineCore.h"
#include "sip/LegMessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace centrale::sip {

using namespace callsupport;

namespace {
} // namespace

void CallEngine::answerVoicemail(Call &c, const Target &t)
{
    const EngineConfig &cf = cfg();
    if (!c.irq)
        return;
    if (c.offer.isEmpty() || (!c.offerType.isEmpty() && c.offerType != "application/sdp"))
        return answerA(c, 480, "Temporarily Unavailable", QCoreApplication::translate("CallEngine", "voicemail box %1 cannot answer a call without an SDP offer").arg(t.box));
    const bool nated = c.media ? c.aNated : calls::looksNated(c.offer, c.aIp);
    auto media = m_voicemail.answer(cf.mediaControl, c.a.callId, c.offer, c.media, c.aIp, nated);
    if (!media)
        return answerA(c, 480, "Temporarily Unavailable", QCoreApplication::translate("CallEngine", "voicemail box %1 is unavailable: the media relay failed: %2").arg(t.box, media.message()));

    // Our own 2xx, retransmitted until the caller's ACK like any other (CallEngine::tick).
    replyWithBody(c.irq, 200, "OK", contactFor(c.a), media->sdp, "application/sdp");
    stopRetransmitting(c);
    PendingAnswer &p = c.answer;
    p.request = nta_incoming_getrequest(c.irq);
    p.toA = true;
    p.status = 200;
    p.phrase = "OK";
    p.body = media->sdp;
    p.type = "application/sdp";
    const qint64 now = nowMs();
    p.intervalMs = kT1Ms;
    p.retransmitAtMs = now + kT1Ms;
    p.deadlineMs = now + 64 * kT1Ms;
    nta_incoming_destroy(c.irq);
    c.irq = nullptr;

    c.media = true; // the relay session ends with the call, whichever way it ends
    c.answered = true;
    c.rec.answeredMs = now;
    c.rec.sipStatus = 200;
    c.rec.bLeg = QCoreApplication::translate("CallEngine", "%1: voicemail %2").arg(t.label, t.box);
    c.endDeadlineMs = now + qint64(qMax(1, cf.voicemailMaxSecs)) * 1000;
    c.voicemail = VoicemailCall{true, t.planId, t.label, t.box, t.mailTo, media->callerFacing};

    // The plan's own greeting when one was uploaded, else the default in the chosen language.
    const QDir folder(cf.voicemailGreetings);
    QString greeting = folder.filePath(QStringLiteral("plan-%1.wav").arg(t.planId));
    if (!QFileInfo::exists(greeting))
        greeting = folder.filePath(QStringLiteral("default-%1.wav").arg(cf.voicemailLanguage == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl")));
    auto playable = promptForRelay(greeting);
    if (Status played = playable ? m_voicemail.play(c.a.callId, *playable) : Status(playable.error()); !played)
        notice(CallNotice::log(QCoreApplication::translate("CallEngine", "call %1: voicemail records without a greeting: %2").arg(c.rec.callId, played.message())));
}

void CallEngine::endVoicemail(Call &c)
{
    // Deleting the session closes the pcap; the 200 to a BYE does not wait for it.
    if (Status s = m_voicemail.remove(c.a.callId); !s)
        notice(CallNotice::log(QCoreApplication::translate("CallEngine", "call %1: voicemail session not removed from the relay: %2").arg(c.rec.callId, s.message())));
    CallNotice n;
    n.kind = CallNotice::Kind::Voicemail;
    n.record = c.rec;
    n.record.endedMs = nowMs();
    n.voicemail = c.voicemail;
    notice(std::move(n));
    c.voicemail.active = false;
}

} // namespace centrale::sip
