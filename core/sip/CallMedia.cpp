// Which calls put their media through the relay, and the SDP that crosses it.
#include "calls/Sdp.h"
#include "sip/CallEngine.h"
#include "sip/CallSupport.h"
#include "sip/EngineCore.h"
#include "sip/LegMessages.h"

#include <QCoreApplication>

namespace centrale::sip {

using namespace callsupport;

void CallEngine::anchorMedia(Call &c)
{
    const EngineConfig &cf = cfg();
    if (cf.mediaMode == EngineConfig::MediaMode::Never || c.offer.isEmpty() || (!c.offerType.isEmpty() && c.offerType != "application/sdp"))
        return; // a late offer (no SDP in the INVITE) stays end to end
    c.aNated = calls::looksNated(c.offer, c.aIp);
    bool wanted = cf.mediaMode == EngineConfig::MediaMode::Always || c.aNated;
    // A phone or PBX registered from behind NAT: its Contact is private, its packets came from elsewhere.
    for (const Target &t : std::as_const(c.targets)) {
        const QString contactHost = uriHost(t.requestUri);
        wanted = wanted || (t.kind == Target::Kind::Contact && contactHost != uriHost(t.hop) && calls::isPrivateAddress(contactHost));
    }
    int recordDays = recordingDays(c);
    if (recordDays > 0 && !cf.recordingAvailable) {
        // An external relay would write a pcap nobody collects.
        notice(CallNotice::log(QCoreApplication::translate("CallEngine", "call %1: not recorded: the media relay is external and media.recording_spool "
                                                                          "does not name its recording folder").arg(c.rec.callId)));
        recordDays = 0;
    }
    wanted = wanted || recordDays > 0;
    const qint64 now = nowMs();
    if (!wanted)
        return;
    if (!m_media.usable(cf.mediaControl, now)) {
        if (recordDays > 0)
            notice(CallNotice::log(QCoreApplication::translate("CallEngine", "call %1: not recorded, no media relay is running").arg(c.rec.callId)));
        return;
    }
    auto sdp = m_media.offer(c.a.callId, MediaRelay::Side::A, c.offer, c.aIp, c.aNated, now, recordDays > 0);
    if (!sdp) {
        notice(CallNotice::log(QCoreApplication::translate("CallEngine", "call %1: media goes end to end, the relay failed: %2").arg(c.rec.callId, sdp.message())));
        return;
    }
    c.offer = *sdp;
    c.media = true;
    c.recordDays = recordDays;
    c.announce = recordDays > 0 && recordingAnnounced(c);
}

QByteArray CallEngine::relaySdp(Call &c, bool fromA, bool isOffer, const QByteArray &sdp, const QString &sourceIp)
{
    if (!c.media || sdp.isEmpty())
        return sdp;
    const bool nated = calls::looksNated(sdp, sourceIp);
    (fromA ? c.aNated : c.bNated) = nated;
    const qint64 now = nowMs();
    const auto side = fromA ? MediaRelay::Side::A : MediaRelay::Side::B;
    const auto other = fromA ? MediaRelay::Side::B : MediaRelay::Side::A;
    auto r = isOffer ? m_media.offer(c.a.callId, side, sdp, sourceIp, nated, now) : m_media.answer(c.a.callId, other, sdp, sourceIp, nated, now);
    if (r)
        return *r;
    // The other side already has the relay's address: passing the SDP on unchanged is the
    // best left, and the log says why the call may have no sound.
    notice(CallNotice::log(QCoreApplication::translate("CallEngine", "call %1: the media relay failed mid-call: %2").arg(c.rec.callId, r.message())));
    return sdp;
}

} // namespace centrale::sip
