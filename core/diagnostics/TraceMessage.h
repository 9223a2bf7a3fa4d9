#pragma once
// One SIP message as it crossed one of the engine's sockets, secrets already masked.
#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace centrale::diagnostics {

struct TraceMessage {
    qint64 id = 0;
    qint64 timeUs = 0;    // µs since the epoch, UTC
    bool outgoing = false; // sent by the engine
    QString local, remote; // "ip:port" / "[v6]:port": the engine's socket and the peer
    QByteArray callId;
    QByteArray group;     // the call's A-leg Call-ID for both legs; else the Call-ID
    QByteArray method;    // request method, or CSeq method of a response
    int status = 0;       // 0 for requests
    QString account;      // digest username, else the AOR/From user: who it concerns
    QByteArray data;      // the message, masked

    QString source() const { return outgoing ? local : remote; }
    QString destination() const { return outgoing ? remote : local; }
};

// "1.2.3.4:5060" / "[::1]:5060" → address and port.
struct Endpoint {
    QString ip;
    quint16 port = 0;
    bool v6 = false;
};
Endpoint parseEndpoint(const QString &hostPort);

} // namespace centrale::diagnostics

Q_DECLARE_METATYPE(centrale::diagnostics::TraceMessage)
