// Which calls are recorded: the trunk's or phone account's own setting, else the default.
#include "sip/CallEngine.h"
#include "sip/EngineCore.h"

namespace centrale::sip {

int CallEngine::recordingDays(const Call &c) const
{
    const calls::CallConfig &cc = cfg().calls;
    // The trunk or phone account the call belongs to (outbound: the caller's; inbound: the
    // one the DID leads to); a call plan's own calls follow the default.
    const auto policy = cc.policies.constFind(c.channelKey);
    const RecordingPolicy own = policy != cc.policies.constEnd() ? policy->recording : RecordingPolicy{};
    return recording::retentionDays(recording::effective(own, cc.recordingDefault).retention);
}

} // namespace centrale::sip
