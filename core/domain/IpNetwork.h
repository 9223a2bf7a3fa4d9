#pragma once
// An IPv4/IPv6 address or subnet of an IP whitelist.
#include "util/Result.h"
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

namespace centrale {

class IpNetwork {
    Q_DECLARE_TR_FUNCTIONS(IpNetwork)
public:
    IpNetwork() = default;
    // "192.0.2.10", "192.0.2.0/24", "192.0.2.0/255.255.255.0", "2001:db8::/32".
    // Host bits must be zero ("192.0.2.1/24" is refused: it is usually a typo).
    static Result<IpNetwork> parse(const QString &input);

    QHostAddress address() const { return m_address; }
    int prefixLength() const { return m_prefix; }
    bool isIPv4() const { return m_address.protocol() == QAbstractSocket::IPv4Protocol; }
    bool contains(const QHostAddress &host) const;

    QString toString() const;     // "192.0.2.0/24"
    QString maskDisplay() const;  // "/24 - 255.255.255.0" as in the trunk wizard

    friend bool operator==(const IpNetwork &a, const IpNetwork &b) { return a.m_address == b.m_address && a.m_prefix == b.m_prefix; }

private:
    QHostAddress m_address;
    int m_prefix = -1;
};

using IpWhitelist = QList<IpNetwork>;

// An empty whitelist allows every address (the seed makes the list optional for phone accounts).
bool whitelistAllows(const IpWhitelist &list, const QHostAddress &host);

} // namespace centrale
