// The router's view of the engine: the snapshot's call configuration, the registrar's contacts
// and the engine's own addresses. Where a call goes is decided in calls::CallRouter.
#include "sip/CallEngine.h"
#include "sip/EngineCore.h"

namespace centrale::sip {

calls::RouteInputs CallEngine::routeInputs() const
{
    const EngineConfig &c = cfg();
    calls::RouteInputs in{c.calls, {}, {m_addresses[0], m_addresses[1]}, !c.voicemailGreetings.isEmpty() && !c.mediaControl.isEmpty(), QDateTime::currentDateTime(), !c.mediaControl.isEmpty(), {}};
    in.registrations = [&core = m_core](qint64 accountId) {
        QList<calls::RegisteredContact> out;
        const auto bindings = core.registrar().with([&](const Registrar &r) { return r.bindings(accountId); });
        for (const auto &b : bindings)
            out << calls::RegisteredContact{b.contact, b.source, b.server == QLatin1String("secondary"), b.reachable};
        return out;
    };
    if (!c.clusterProxy.isEmpty())
        in.accountAtProxy = [&c](qint64 accountId) {
            const auto *account = c.findById(accountId);
            return account ? account->username : QByteArray();
        };
    return in;
}

} // namespace centrale::sip
