#include "diagnostics/NatCheck.h"
#include "diagnostics/SipText.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace centrale::diagnostics {

namespace {


struct SdpAddresses {
    QByteArray origin, connection;
    int audioPort = 0;
};

SdpAddresses sdpOf(const QByteArray &body)
{
    SdpAddresses s;
    for (QByteArray line : body.split('\n')) {
        line = line.trimmed();
        if (line.startsWith("o=")) {
            const auto f = line.mid(2).split(' ');
            if (f.size() >= 6)
                s.origin = f.at(5);
        } else if (line.startsWith("c=") && s.connection.isEmpty()) {
            const auto f = line.mid(2).split(' ');
            if (f.size() >= 3)
                s.connection = f.at(2).split('/').first();
        } else if (line.startsWith("m=audio ")) {
            s.audioPort = line.split(' ').value(1).toInt();
        }
    }
    return s;
}

bool sameHost(const QByteArray &a, const QString &b) { return QHostAddress(QString::fromLatin1(a)).isEqual(QHostAddress(b)); }

} // namespace

bool isPrivateAddress(const QString &ip)
{
    const QHostAddress a(ip);
    if (a.isNull())
        return false;
    static const QList<std::pair<QHostAddress, int>> nets = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),     QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")), QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")), QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
        QHostAddress::parseSubnet(QStringLiteral("fe80::/10"))};
    for (const auto &n : nets)
        if (a.isInSubnet(n))
            return true;
    return false;
}

NatFindings analyseReceived(const TraceMessage &m)
{
    NatFindings f;
    const SipView s = parseSip(m.data);
    if (!s.valid || !s.isRequest || m.outgoing)
        return f;
    const Endpoint source = parseEndpoint(m.remote);
    const QList<QByteArray> vias = s.values("via");
    const ViaValue top = vias.isEmpty() ? ViaValue{} : parseVia(vias.first());
    // The UA's own Via is the bottom one: ours to compare when something added one on top.
    const ViaValue ua = vias.isEmpty() ? ViaValue{} : parseVia(vias.last());
    const int viaPort = top.port ? top.port : 5060;
    const SipUri contact = parseUri(s.value("contact"));
    const SdpAddresses sdp = sdpOf(s.body);

    // NAT: what the packet says about itself against where it came from.
    if (!top.host.isEmpty() && !sameHost(top.host, source.ip))
        f.nat << QCoreApplication::translate("NatCheck", "The request came from %1, but its Via says it was sent from %2.").arg(source.ip, QString::fromLatin1(top.host));
    if (top.port && viaPort != source.port)
        f.nat << QCoreApplication::translate("NatCheck", "It came from port %1, but its Via names port %2: a NAT changed the port.").arg(source.port).arg(viaPort);
    if (isPrivateAddress(QString::fromLatin1(top.host)) && !isPrivateAddress(source.ip))
        f.nat << QCoreApplication::translate("NatCheck", "The Via holds the private address %1.").arg(QString::fromLatin1(top.host));
    if (isPrivateAddress(QString::fromLatin1(contact.host)) && !isPrivateAddress(source.ip))
        f.nat << QCoreApplication::translate("NatCheck", "The Contact holds the private address %1: calls to it only arrive because the engine answers to the source address.")
                     .arg(QString::fromLatin1(contact.host));
    if (!sdp.connection.isEmpty() && isPrivateAddress(QString::fromLatin1(sdp.connection)) && !isPrivateAddress(source.ip))
        f.nat << QCoreApplication::translate("NatCheck", "The SDP offers media on the private address %1.").arg(QString::fromLatin1(sdp.connection));
    f.behindNat = !f.nat.isEmpty();

    // ALG: a PBX or phone registers and calls straight to us, with one Via and Max-Forwards 70.
    if (vias.size() > 1)
        f.algSigns << QCoreApplication::translate("NatCheck", "The request carries %1 Via headers; a phone or PBX sends one, so something on the way added one.").arg(vias.size());
    const bool contactIsSource = !contact.host.isEmpty() && sameHost(contact.host, source.ip);
    if (contactIsSource && !sameHost(ua.host, source.ip))
        f.algSigns << QCoreApplication::translate("NatCheck", "The Contact was rewritten to the public address %1 while the Via still says %2.")
                          .arg(source.ip, QString::fromLatin1(ua.host));
    else if (contactIsSource && contact.port && contact.port == source.port && ua.port && ua.port != source.port)
        f.algSigns << QCoreApplication::translate("NatCheck", "The Contact port was rewritten to %1 while the Via still says %2.").arg(contact.port).arg(ua.port);
    if (!sdp.origin.isEmpty() && !sdp.connection.isEmpty() && sdp.origin != sdp.connection)
        f.algSigns << QCoreApplication::translate("NatCheck", "The SDP o= line says %1 but c= says %2: a UA writes one address in both, so one was rewritten.")
                          .arg(QString::fromLatin1(sdp.origin), QString::fromLatin1(sdp.connection));
    else if (!sdp.connection.isEmpty() && sameHost(sdp.connection, source.ip) && !ua.host.isEmpty() && !sameHost(ua.host, source.ip))
        f.algSigns << QCoreApplication::translate("NatCheck", "The SDP was rewritten to the public address %1 while the Via still says %2.")
                          .arg(source.ip, QString::fromLatin1(ua.host));
    bool mfOk = false;
    const int maxForwards = s.value("max-forwards").toInt(&mfOk);
    if (mfOk && maxForwards < 70 && vias.size() == 1)
        f.algSigns << QCoreApplication::translate("NatCheck", "Max-Forwards arrived as %1 without an extra Via: a hidden SIP helper passed it on.").arg(maxForwards);
    f.alg = !f.algSigns.isEmpty();
    return f;
}

} // namespace centrale::diagnostics
