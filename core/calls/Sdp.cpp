#include "calls/Sdp.h"

#include <QList>

namespace centrale::calls {

QByteArray preferG711(const QByteArray &sdp)
{
    const bool crlf = sdp.contains("\r\n");
    QList<QByteArray> lines = sdp.split('\n');
    for (auto &raw : lines) {
        QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (!line.startsWith("m=audio "))
            continue;
        // m=audio <port> <proto> <fmt> <fmt> …
        QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 4)
            continue;
        QList<QByteArray> fmts = parts.mid(3);
        QList<QByteArray> ordered;
        for (const char *pt : {"8", "0"})
            if (fmts.contains(pt))
                ordered << pt;
        for (const auto &f : fmts)
            if (f != "8" && f != "0")
                ordered << f;
        line = parts[0] + ' ' + parts[1] + ' ' + parts[2] + ' ' + ordered.join(' ');
        raw = crlf ? line + '\r' : line;
    }
    return lines.join('\n');
}

} // namespace centrale::calls
