#pragma once
// A bare UDP SIP peer for tests that must write messages sipp cannot (private Via/Contact,
// a rewriting "ALG" in between): send, wait for an answer, compute a digest response.
#include <QCryptographicHash>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QTest>
#include <QUdpSocket>

class UdpPeer {
public:
    bool bind(const QString &ip, quint16 port) { return m_socket.bind(QHostAddress(ip), port); }
    QUdpSocket &socket() { return m_socket; }
    void send(const QByteArray &data, const QString &ip, quint16 port) { m_socket.writeDatagram(data, QHostAddress(ip), port); }
    // The next datagram whose first line starts with prefix, within ms.
    QNetworkDatagram waitFor(const QByteArray &prefix, int ms = 3000)
    {
        QNetworkDatagram found;
        (void)QTest::qWaitFor(
            [&] {
                while (m_socket.hasPendingDatagrams()) {
                    const QNetworkDatagram d = m_socket.receiveDatagram();
                    if (d.data().startsWith(prefix)) {
                        found = d;
                        return true;
                    }
                }
                return false;
            },
            ms);
        return found;
    }

    static QByteArray md5(const QByteArray &s) { return QCryptographicHash::hash(s, QCryptographicHash::Md5).toHex(); }
    static QByteArray param(const QByteArray &challenge, const char *name)
    {
        const QRegularExpression re(QStringLiteral("%1=\"?([^\",]*)\"?").arg(QLatin1String(name)));
        return re.match(QString::fromLatin1(challenge)).captured(1).toLatin1();
    }
    // The (Proxy-)Authorization value answering challenge for method and uri.
    static QByteArray digest(const QByteArray &challenge, const QByteArray &user, const QByteArray &password, const QByteArray &method, const QByteArray &uri)
    {
        const QByteArray realm = param(challenge, "realm"), nonce = param(challenge, "nonce"), cnonce = "0a4f113b", nc = "00000001";
        const QByteArray ha1 = md5(user + ':' + realm + ':' + password), ha2 = md5(method + ':' + uri);
        const QByteArray response = md5(ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ":auth:" + ha2);
        return "Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + uri + "\", response=\"" + response +
               "\", algorithm=MD5, cnonce=\"" + cnonce + "\", qop=auth, nc=" + nc;
    }
    static QByteArray header(const QByteArray &message, const QByteArray &name)
    {
        for (const QByteArray &line : message.split('\n'))
            if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
                return line.mid(name.size() + 1).trimmed();
        return {};
    }

private:
    QUdpSocket m_socket;
};
