#pragma once
// Reading a raw SIP message as captured on the wire, without sofia-sip: the trace, the ladder,
// the exports and the connection check all work from the bytes, in any thread.
#include <QByteArray>
#include <QList>
#include <QString>

namespace centrale::diagnostics {

struct SipView {
    bool valid = false;
    bool isRequest = false;
    QByteArray method;      // request method, or the CSeq method of a response
    int status = 0;         // responses only
    QByteArray firstLine;
    QByteArray callId, cseq;
    QByteArray fromUser, toUser, authUser; // authUser: username of (Proxy-)Authorization
    QByteArray warning;     // Warning header value
    QByteArray body;

    // Every value of a header (long or compact name, case-insensitive), in order.
    QList<QByteArray> values(const char *name) const;
    QByteArray value(const char *name) const { const auto v = values(name); return v.isEmpty() ? QByteArray() : v.first(); }

    QList<std::pair<QByteArray, QByteArray>> headers; // name as written, value
    QList<QByteArray> names;                          // each header's long name in lower case
};

SipView parseSip(const QByteArray &data);

// "sip:user@host:port;x" or "<sip:…>" → user / host / port (0 when absent).
struct SipUri {
    QByteArray user, host;
    int port = 0;
};
SipUri parseUri(const QByteArray &nameAddrOrUri);

// Via "SIP/2.0/UDP host:port;rport=1;received=x;branch=…" → sent-by and the parameters we use.
struct ViaValue {
    QByteArray host;
    int port = 0;
    bool hasRport = false;
    int rport = 0;
    QByteArray received;
};
ViaValue parseVia(const QByteArray &value);

// Hides what must never be stored or exported: the digest response (and cnonce-derived
// material) of Authorization and Proxy-Authorization, and any password= parameter.
QByteArray maskSecrets(const QByteArray &message);

} // namespace centrale::diagnostics
