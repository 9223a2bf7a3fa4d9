#include "sip/SipText.h"

#include <QRandomGenerator>

#include <sofia-sip/sip.h>
#include <sofia-sip/msg_header.h>

namespace centrale::sip {

QByteArray randomToken() { return QByteArray::number(QRandomGenerator::global()->generate64(), 36); }

QByteArray urlBytes(const url_t *url)
{
    char buf[1024];
    const isize_t n = url_e(buf, sizeof buf, url);
    if (n <= 0 || n >= isize_t(sizeof buf))
        return {};
    return QByteArray(buf, int(n));
}

QByteArray authorizationValue(const msg_auth_t *au)
{
    // Only digest is spoken here; au_scheme of the Proxy-* headers is not reliable in
    // this sofia-sip build, so the scheme is not read from the message.
    QByteArray v = "Digest ";
    for (int i = 0; au->au_params && au->au_params[i]; ++i) {
        if (i)
            v += ", ";
        v += au->au_params[i];
    }
    return v;
}

} // namespace centrale::sip
