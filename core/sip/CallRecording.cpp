// Which calls are recorded: the trunk's or phone account's own setting, else the default;
// and the announcement the parties of a recorded call hear when it is answered.
#include "media/Greeting.h"
#include "media/SharedPrompt.h"
#include "sip/CallEngine.h"
#include "sip/EngineCore.h"

#include <QCoreApplication>

namespace centrale::sip {

namespace {
RecordingPolicy policyOf(const calls::CallConfig &cc, const QString &channelKey)
{
    // The trunk or phone account the call belongs to (outbound: the caller's; inbound: the
    // one the DID leads to); a call plan's own calls follow the default.
    const auto policy = cc.policies.constFind(channelKey);
    const RecordingPolicy own = policy != cc.policies.constEnd() ? policy->recording : RecordingPolicy{};
    return recording::effective(own, cc.recordingDefault);
}
} // namespace

int CallEngine::recordingDays(const Call &c) const
{
    return recording::retentionDays(policyOf(cfg().calls, c.channelKey).retention);
}

bool CallEngine::recordingAnnounced(const Call &c) const { return policyOf(cfg().calls, c.channelKey).announce.value_or(false); }

Result<QString> CallEngine::promptForRelay(const QString &path) const { return media::sharedPrompt(path, cfg().mediaShared); }

void CallEngine::announceRecording(Call &c)
{
    // Played after the answer, to both parties: the callee must know as much as the caller,
    // and early media (183) would reach the caller only.
    if (!c.media || !c.announce || c.recordDays <= 0)
        return;
    const EngineConfig &cf = cfg();
    if (cf.announcements.isEmpty()) {
        notice(CallNotice::log(QCoreApplication::translate("CallEngine", "call %1: recorded without the announcement: the relay has no announcement to play").arg(c.rec.callId)));
        return;
    }
    auto path = promptForRelay(media::announcementPath(cf.announcements, cf.voicemailLanguage));
    if (!path) {
        notice(CallNotice::log(QCoreApplication::translate("CallEngine", "call %1: recorded without the announcement: %2").arg(c.rec.callId, path.message())));
        return;
    }
    for (const auto side : {MediaRelay::Side::A, MediaRelay::Side::B})
        if (Status played = m_media.play(c.a.callId, side, *path); !played) {
            notice(CallNotice::log(QCoreApplication::translate("CallEngine", "call %1: the recording announcement did not play: %2").arg(c.rec.callId, played.message())));
            return;
        }
}

} // namespace centrale::sip
