#pragma once
// The one place a request the engine originates is put together: the request line and the
// headers every request carries. Callers add what is theirs (authorization, PAI, Expires)
// with sip_add_tl on the returned message.
#include <QByteArray>
#include <sofia-sip/nta.h>

namespace centrale::sip {

struct RequestSpec {
    const char *method = "OPTIONS";
    QByteArray requestUri;
    QByteArray from; // name-addr with ;tag=
    QByteArray to;   // name-addr, with ;tag= inside a dialog
    QByteArray callId;
    quint32 cseq = 1;
    QByteArray contact; // empty: none
    QByteArray routes;  // a Route set inside a dialog; empty: none
    int maxForwards = 70;
    QByteArray body;
    QByteArray bodyType; // empty with a body: application/sdp
};

// A new message owned by the caller (to nta_outgoing_mcreate, or msg_destroy); nullptr when
// sofia-sip refuses a header (too long, malformed).
msg_t *buildRequest(nta_agent_t *agent, const RequestSpec &spec);

} // namespace centrale::sip
