#include "calls/Sdp.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <utility>

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

QString mediaAddress(const QByteArray &sdp)
{
    QString session, audio;
    bool inAudio = false, sawAudio = false;
    for (QByteArray line : sdp.split('\n')) {
        line = line.trimmed();
        if (line.startsWith("m=")) {
            inAudio = !sawAudio && line.startsWith("m=audio ");
            sawAudio = sawAudio || inAudio;
        } else if (line.startsWith("c=IN IP")) {
            const QList<QByteArray> parts = line.split(' ');
            const QString address = parts.size() >= 3 ? QString::fromLatin1(parts[2].split('/').first()) : QString();
            if (!sawAudio)
                session = address;
            else if (inAudio && audio.isEmpty())
                audio = address;
        }
    }
    return audio.isEmpty() ? session : audio;
}

bool looksNated(const QByteArray &sdp, const QString &sourceIp)
{
    const QHostAddress media(mediaAddress(sdp));
    if (media.isNull() || media == QHostAddress(sourceIp))
        return false;
    // 0.0.0.0 is hold (RFC 2543), not NAT; a public media server apart from the signalling
    // (carriers do that) is fine: only a private address from elsewhere needs the relay.
    if (media == QHostAddress::AnyIPv4 || media == QHostAddress::AnyIPv6)
        return false;
    return isPrivateAddress(media.toString());
}

bool isPrivateAddress(const QString &ip)
{
    const QHostAddress media(ip);
    static const std::pair<QHostAddress, int> privateNets[] = {
        {QHostAddress(QStringLiteral("10.0.0.0")), 8},     {QHostAddress(QStringLiteral("172.16.0.0")), 12}, {QHostAddress(QStringLiteral("192.168.0.0")), 16},
        {QHostAddress(QStringLiteral("100.64.0.0")), 10},  {QHostAddress(QStringLiteral("169.254.0.0")), 16}, {QHostAddress(QStringLiteral("fc00::")), 7},
        {QHostAddress(QStringLiteral("fe80::")), 10}};
    for (const auto &[net, bits] : privateNets)
        if (media.isInSubnet(net, bits))
            return true;
    return false;
}

} // namespace centrale::calls
