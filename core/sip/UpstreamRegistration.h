#pragma once
// The engine's own REGISTER at the upstream carrier (RFC 3261 §10, as a client): sent
// when a username is set, a digest challenge answered with the stored password, refreshed
// before it runs out, retried with back-off when it fails, and removed (Expires: 0) when
// the carrier settings change or the engine stops. Engine thread only.
#include "calls/CallPolicy.h"
#include "sip/UpstreamStatus.h"

#include <sofia-sip/nta.h>
#include <sofia-sip/sip.h>

#include <functional>

namespace centrale::sip {

class UpstreamRegistration {
public:
    using Sink = std::function<void(const UpstreamStatus &)>; // every change of state
    explicit UpstreamRegistration(Sink sink);
    ~UpstreamRegistration();

    // The agent it sends from and the address carriers send calls to (our Contact).
    void setAgent(nta_agent_t *agent, QByteArray contactAddress);
    // The carrier settings of the current snapshot; a change unregisters and starts over.
    void configure(const calls::Upstream &upstream, qint64 nowMs);
    void tick(qint64 nowMs);
    void shutdown(); // Expires: 0 at the carrier; the answer is not waited for
    void release();  // forgets its transactions, before the agent goes
    const UpstreamStatus &status() const { return m_status; }

    int onResponse(nta_outgoing_t *orq, const sip_t *sip); // nta callback

private:
    struct Session {
        calls::Upstream upstream;
        QByteArray callId, fromTag;
        quint32 cseq = 0;
    };
    nta_outgoing_t *send(Session &s, int expires, const QByteArray &authorization, bool proxyAuth);
    QByteArray requestUri(const calls::Upstream &u) const;
    void handleFinal(int status, const sip_t *sip, qint64 nowMs);
    void unregister();
    void setState(UpstreamStatus::State state, const QString &detail = {}, qint64 expiresAtMs = 0);
    void retryLater(const QString &detail, qint64 nowMs);

    Sink m_sink;
    nta_agent_t *m_agent = nullptr;
    QByteArray m_contactAddress;
    Session m_session;
    bool m_active = false;          // a username is set: registering is wanted
    nta_outgoing_t *m_orq = nullptr; // the REGISTER in flight
    nta_outgoing_t *m_unregOrq = nullptr;
    Session m_unregSession;          // the settings an unregister goes to (may be the old ones)
    bool m_authTried = false, m_unregAuthTried = false;
    int m_expires = 600;             // what we ask for (a 423 raises it)
    qint64 m_nextAttemptMs = 0;      // 0: nothing scheduled
    int m_backoffSecs = 0;
    UpstreamStatus m_status;
};

} // namespace centrale::sip
