#pragma once
// Building the messages of one call leg: requests inside its dialog (BYE, ACK, relayed
// re-INVITE/INFO) and answers that carry the far side's SDP across.
#include "sip/CallEngine.h"

namespace centrale::sip {

// A request inside the leg's dialog, ready for nta_outgoing_mcreate(); contact may be empty (ACK).
msg_t *legRequest(const Leg &leg, const char *method, quint32 cseq, const QByteArray &contact, const QByteArray &body = {},
                  const QByteArray &bodyType = {});
// Where requests inside a carrier's dialog go (RFC 3261 12.2.1.1): the first Route, else
// the remote target. Customers' legs keep their source address instead (they may be behind NAT).
QByteArray dialogHop(const Leg &leg);
// A dialog's route set from Record-Route, as Route header values (reversed on the UAC side).
QByteArray routeSet(const sip_record_route_t *rr, bool reverse);
// Sends it towards the leg's peer; callback null lets nta free the transaction itself.
nta_outgoing_t *sendOnLeg(const Leg &leg, msg_t *request, nta_response_f *callback = nullptr, nta_outgoing_magic_t *magic = nullptr);
// ACK for a 2xx to the INVITE with this CSeq (end to end, so nta does not send it for us).
void ackOnLeg(const Leg &leg, quint32 inviteCseq, const QByteArray &body = {}, const QByteArray &bodyType = {});
// Answers irq with status and phrase, our Contact, and the response's SDP if it had any.
void replyWithBody(nta_incoming_t *irq, int status, const char *phrase, const QByteArray &contact, const sip_t *response);
void replyWithBody(nta_incoming_t *irq, int status, const char *phrase, const QByteArray &contact, const QByteArray &body, const QByteArray &bodyType);
// The host of a SIP URI ("sip:user@192.0.2.1:5060;transport=udp" → "192.0.2.1").
QString uriHost(const QByteArray &uri);

// The Warning header value that tells the peer, and whoever reads its log, why.
QByteArray warningValue(const QString &reason);

QByteArray messageBody(const sip_t *sip);
QByteArray messageBodyType(const sip_t *sip);

} // namespace centrale::sip
