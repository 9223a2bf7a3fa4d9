#include "sip/LegMessages.h"
#include "sip/RequestBuilder.h"
#include "sip/SipText.h"

#include <algorithm>

#include <sofia-sip/nta_stateless.h>
#include <sofia-sip/sip_header.h>

namespace centrale::sip {

QByteArray warningValue(const QString &reason)
{
    QString r = reason;
    r.replace(QLatin1Char('"'), QLatin1Char('\''));
    return QStringLiteral("399 centrale \"%1\"").arg(r.left(200)).toUtf8();
}

QByteArray messageBody(const sip_t *sip)
{
    return sip && sip->sip_payload ? QByteArray(sip->sip_payload->pl_data, int(sip->sip_payload->pl_len)) : QByteArray();
}

QByteArray messageBodyType(const sip_t *sip)
{
    return sip && sip->sip_content_type && sip->sip_content_type->c_type ? QByteArray(sip->sip_content_type->c_type) : QByteArray();
}

msg_t *legRequest(const Leg &l, const char *method, quint32 cseq, const QByteArray &contact, const QByteArray &body, const QByteArray &bodyType)
{
    RequestSpec r;
    r.method = method;
    r.requestUri = l.remoteTarget;
    r.from = l.localUri + ";tag=" + l.localTag;
    r.to = l.remoteUri + (l.remoteTag.isEmpty() ? QByteArray() : ";tag=" + l.remoteTag);
    r.callId = l.callId;
    r.cseq = cseq;
    r.contact = contact;
    r.routes = l.routes;
    r.body = body;
    r.bodyType = bodyType;
    return buildRequest(l.agent, r);
}

QByteArray dialogHop(const Leg &leg)
{
    if (leg.routes.isEmpty())
        return leg.remoteTarget.isEmpty() ? leg.hop : leg.remoteTarget;
    const qsizetype open = leg.routes.indexOf('<'), close = leg.routes.indexOf('>');
    return open >= 0 && close > open ? leg.routes.mid(open + 1, close - open - 1) : leg.hop;
}

QByteArray routeSet(const sip_record_route_t *rr, bool reverse)
{
    QList<QByteArray> routes;
    for (; rr; rr = rr->r_next)
        routes << '<' + urlBytes(rr->r_url) + '>';
    if (reverse)
        std::reverse(routes.begin(), routes.end());
    return routes.join(", ");
}

nta_outgoing_t *sendOnLeg(const Leg &leg, msg_t *request, nta_response_f *callback, nta_outgoing_magic_t *magic)
{
    const QByteArray hop = leg.hop;
    return nta_outgoing_mcreate(leg.agent, callback, magic, URL_STRING_MAKE(hop.constData()), request, TAG_END());
}

void ackOnLeg(const Leg &leg, quint32 inviteCseq, const QByteArray &body, const QByteArray &bodyType)
{
    // A 2xx's ACK is no transaction of its own: sent statelessly, it does not sit in the
    // agent's queues for 64×T1 (one such leftover per call shows in memory at load).
    const QByteArray hop = leg.hop;
    if (msg_t *m = legRequest(leg, "ACK", inviteCseq, {}, body, bodyType))
        nta_msg_tsend(leg.agent, m, URL_STRING_MAKE(hop.constData()), TAG_END());
}

void replyWithBody(nta_incoming_t *irq, int status, const char *phrase, const QByteArray &contact, const sip_t *response)
{
    replyWithBody(irq, status, phrase, contact, messageBody(response), messageBodyType(response));
}

void replyWithBody(nta_incoming_t *irq, int status, const char *phrase, const QByteArray &contact, const QByteArray &sdp, const QByteArray &type)
{
    if (sdp.isEmpty())
        nta_incoming_treply(irq, status, phrase, SIPTAG_CONTACT_STR(contact.constData()), TAG_END());
    else
        nta_incoming_treply(irq, status, phrase, SIPTAG_CONTACT_STR(contact.constData()),
                            SIPTAG_CONTENT_TYPE_STR(type.isEmpty() ? "application/sdp" : type.constData()), SIPTAG_PAYLOAD_STR(sdp.constData()), TAG_END());
}

QString uriHost(const QByteArray &uri)
{
    QByteArray rest = uri.mid(uri.indexOf(':') + 1);
    if (const qsizetype at = rest.indexOf('@'); at >= 0)
        rest = rest.mid(at + 1);
    if (rest.startsWith('['))
        return QString::fromLatin1(rest.mid(1, rest.indexOf(']') - 1));
    qsizetype end = rest.size();
    for (char stop : {':', ';', '>', '?'})
        if (const qsizetype i = rest.indexOf(stop); i >= 0)
            end = std::min(end, i);
    return QString::fromLatin1(rest.left(end));
}

} // namespace centrale::sip
