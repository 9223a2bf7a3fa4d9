#include "domain/IpNetwork.h"

namespace centrale {

namespace {
int maskToPrefix(const QHostAddress &mask)
{
    if (mask.protocol() != QAbstractSocket::IPv4Protocol)
        return -1;
    const quint32 m = mask.toIPv4Address();
    int prefix = 0;
    while (prefix < 32 && (m & (0x80000000u >> prefix)))
        ++prefix;
    const quint32 expect = prefix == 0 ? 0u : (0xFFFFFFFFu << (32 - prefix));
    return m == expect ? prefix : -1;
}
} // namespace

Result<IpNetwork> IpNetwork::parse(const QString &input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return Result<IpNetwork>::fail(tr("The IP address is empty."), QStringLiteral("ip"));
    const int slash = s.indexOf(QLatin1Char('/'));
    const QString addrPart = slash < 0 ? s : s.left(slash);
    QHostAddress addr;
    if (!addr.setAddress(addrPart) || addrPart.contains(QLatin1Char('%')))
        return Result<IpNetwork>::fail(tr("\"%1\" is not an IPv4 or IPv6 address.").arg(addrPart), QStringLiteral("ip"));
    const bool v4 = addr.protocol() == QAbstractSocket::IPv4Protocol;
    const int maxPrefix = v4 ? 32 : 128;
    int prefix = maxPrefix;
    if (slash >= 0) {
        const QString maskPart = s.mid(slash + 1);
        bool isInt = false;
        const int p = maskPart.toInt(&isInt);
        if (isInt && !maskPart.startsWith(QLatin1Char('+')) && !maskPart.startsWith(QLatin1Char('-'))) {
            if (p < 0 || p > maxPrefix)
                return Result<IpNetwork>::fail(tr("The prefix length /%1 is out of range (0-%2).").arg(maskPart).arg(maxPrefix), QStringLiteral("ip"));
            prefix = p;
        } else {
            QHostAddress mask;
            if (!v4 || !mask.setAddress(maskPart) || (prefix = maskToPrefix(mask)) < 0)
                return Result<IpNetwork>::fail(tr("\"%1\" is not a valid subnet mask.").arg(maskPart), QStringLiteral("ip"));
        }
    }
    IpNetwork net;
    net.m_address = addr;
    net.m_prefix = prefix;
    // Host bits set usually means the administrator typed the wrong network.
    const QHostAddress network = QHostAddress::parseSubnet(addr.toString() + QLatin1Char('/') + QString::number(prefix)).first;
    if (network != addr)
        return Result<IpNetwork>::fail(tr("\"%1\" has host bits set; did you mean %2/%3?").arg(s, network.toString()).arg(prefix),
                                       QStringLiteral("ip"));
    return net;
}

bool IpNetwork::contains(const QHostAddress &host) const
{
    if (m_prefix < 0)
        return false;
    QHostAddress h = host;
    // A v4 peer may arrive as a v4-mapped v6 address on a dual-stack socket.
    bool ok = false;
    const quint32 v4 = host.toIPv4Address(&ok);
    if (ok && isIPv4())
        h = QHostAddress(v4);
    return h.isInSubnet(m_address, m_prefix);
}

QString IpNetwork::toString() const
{
    return m_address.toString() + QLatin1Char('/') + QString::number(m_prefix);
}

QString IpNetwork::maskDisplay() const
{
    if (!isIPv4())
        return QLatin1Char('/') + QString::number(m_prefix);
    const quint32 m = m_prefix == 0 ? 0u : (0xFFFFFFFFu << (32 - m_prefix));
    return QLatin1Char('/') + QString::number(m_prefix) + QLatin1String(" - ") + QHostAddress(m).toString();
}

bool whitelistAllows(const IpWhitelist &list, const QHostAddress &host)
{
    if (list.isEmpty())
        return true;
    for (const auto &n : list)
        if (n.contains(host))
            return true;
    return false;
}

} // namespace centrale
