#include "sip/RequestBuilder.h"

#include <QString> // QStringBuilder: QByteArray + char concatenates

#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>

namespace centrale::sip {

msg_t *buildRequest(nta_agent_t *agent, const RequestSpec &s)
{
    msg_t *m = nta_msg_create(agent, 0);
    sip_t *sip = sip_object(m);
    const QByteArray method(s.method);
    const QByteArray requestLine = method + ' ' + s.requestUri + " SIP/2.0";
    const QByteArray cseq = QByteArray::number(s.cseq) + ' ' + method;
    const QByteArray maxForwards = QByteArray::number(s.maxForwards);
    if (!m
        || sip_add_tl(m, sip, SIPTAG_REQUEST_STR(requestLine.constData()), SIPTAG_FROM_STR(s.from.constData()), SIPTAG_TO_STR(s.to.constData()),
                      SIPTAG_CALL_ID_STR(s.callId.constData()), SIPTAG_CSEQ_STR(cseq.constData()), SIPTAG_MAX_FORWARDS_STR(maxForwards.constData()),
                      TAG_END()) < 0
        || (!s.contact.isEmpty() && sip_add_tl(m, sip, SIPTAG_CONTACT_STR(s.contact.constData()), TAG_END()) < 0)
        || (!s.routes.isEmpty() && sip_add_tl(m, sip, SIPTAG_ROUTE_STR(s.routes.constData()), TAG_END()) < 0)
        || (!s.body.isEmpty()
            && sip_add_tl(m, sip, SIPTAG_CONTENT_TYPE_STR(s.bodyType.isEmpty() ? "application/sdp" : s.bodyType.constData()),
                          SIPTAG_PAYLOAD_STR(s.body.constData()), TAG_END()) < 0)) {
        msg_destroy(m);
        return nullptr;
    }
    return m;
}

} // namespace centrale::sip
