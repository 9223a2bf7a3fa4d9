#include "diagnostics/TraceMessage.h"

namespace centrale::diagnostics {

Endpoint parseEndpoint(const QString &hostPort)
{
    Endpoint e;
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        e.ip = hostPort;
        return e;
    }
    QString host = hostPort.left(colon);
    if (host.startsWith(QLatin1Char('['))) {
        host = host.mid(1, host.size() - 2);
        e.v6 = true;
    } else if (host.contains(QLatin1Char(':'))) {
        e.ip = hostPort; // bare IPv6 without a port
        e.v6 = true;
        return e;
    }
    e.ip = host;
    e.port = quint16(hostPort.mid(colon + 1).toUInt());
    return e;
}

} // namespace centrale::diagnostics
