#include "provisioning/HttpsProvisioningServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace centrale::provisioning {

namespace {
constexpr int kMaxConnections = 64;
constexpr int kMaxHeader = 8192;
constexpr int kConnectionMs = 10000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

void respond(QTcpSocket *s, const HttpReply &r)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\nContent-Type: " + r.contentType
                      + "\r\nContent-Length: " + QByteArray::number(r.content.size()) + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    s->write(head + r.content);
    s->disconnectFromHost();
}

Result<QSslKey> readKey(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QSslKey>::fail(QCoreApplication::translate("Provisioning", "Cannot read the key %1: %2").arg(file, f.errorString()), QStringLiteral("provisioning.https.key"));
    const QByteArray pem = f.readAll();
    for (auto algo : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey k(pem, algo, QSsl::Pem, QSsl::PrivateKey);
        if (!k.isNull())
            return k;
    }
    return Result<QSslKey>::fail(QCoreApplication::translate("Provisioning", "%1 holds no PEM private key (RSA or EC) without a passphrase.").arg(file),
                                 QStringLiteral("provisioning.https.key"));
}
} // namespace

HttpsProvisioningServer::HttpsProvisioningServer(Handler handler, Gate gate, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_gate(std::move(gate))
{
}

HttpsProvisioningServer::~HttpsProvisioningServer() = default;

Status HttpsProvisioningServer::listen(const QHostAddress &address, quint16 port, const QString &certificateFile, const QString &keyFile)
{
    if (!QSslSocket::supportsSsl())
        return Status::fail(QCoreApplication::translate("Provisioning", "This Qt has no TLS support, so HTTPS provisioning is not available."), QStringLiteral("provisioning.https"));
    const auto certs = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (certs.isEmpty())
        return Status::fail(QCoreApplication::translate("Provisioning", "%1 holds no PEM certificate.").arg(certificateFile), QStringLiteral("provisioning.https.cert"));
    auto key = readKey(keyFile);
    if (!key)
        return key.error();
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(certs.first());
    conf.setLocalCertificateChain(certs);
    conf.setPrivateKey(key.value());
    conf.setPeerVerifyMode(QSslSocket::VerifyNone); // phones do not present certificates
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    delete m_server;
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(conf);
    m_server->setHandshakeTimeout(kConnectionMs);
    m_server->setMaxPendingConnections(kMaxConnections);
    if (!m_server->listen(address, port)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Status::fail(QCoreApplication::translate("Provisioning", "The HTTPS provisioning server cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(why),
                            QStringLiteral("provisioning.https"));
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpsProvisioningServer::onConnection);
    return {};
}

quint16 HttpsProvisioningServer::port() const { return m_server ? m_server->serverPort() : 0; }

void HttpsProvisioningServer::onConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        QHostAddress from = s->peerAddress();
        bool v4 = false;
        if (const QHostAddress mapped(from.toIPv4Address(&v4)); v4)
            from = mapped;
        if (m_open >= kMaxConnections || (m_gate && !m_gate(from))) {
            s->abort();
            s->deleteLater();
            continue;
        }
        ++m_open;
        s->setProperty("centrale_source", from.toString());
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadable(s); });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QObject::destroyed, this, [this] { --m_open; });
        // A connection that says nothing is closed; it must not hold a slot for ever.
        QTimer::singleShot(kConnectionMs, s, [s] { s->abort(); s->deleteLater(); });
    }
}

void HttpsProvisioningServer::onReadable(QTcpSocket *s)
{
    if (s->property("centrale_answered").toBool())
        return;
    QByteArray buffer = s->property("centrale_buffer").toByteArray() + s->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxHeader) {
            s->setProperty("centrale_answered", true);
            respond(s, {400, "Bad request\n"});
        } else {
            s->setProperty("centrale_buffer", buffer);
        }
        return;
    }
    s->setProperty("centrale_answered", true);
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        respond(s, {400, "Bad request\n"});
        return;
    }
    if (requestLine[0] != "GET") {
        respond(s, {405, "Only GET\n"});
        return;
    }
    // /p/TOKEN/FILE ; anything else is a file nobody has.
    const QString path = QUrl::fromPercentEncoding(requestLine[1].left(1024));
    const QStringList parts = path.split(QLatin1Char('/'));
    QString token, file;
    if (parts.size() == 4 && parts[0].isEmpty() && parts[1] == QLatin1String("p")) {
        token = parts[2];
        file = parts[3];
    } else {
        file = parts.value(parts.size() - 1);
    }
    respond(s, m_handler(token, file, QHostAddress(s->property("centrale_source").toString())));
}

} // namespace centrale::provisioning
