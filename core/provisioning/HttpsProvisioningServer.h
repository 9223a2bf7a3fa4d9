#pragma once
// The HTTPS side of provisioning: GET /p/TOKEN/FILE over TLS (Qt's QSslServer). One small
// request per connection; header size, connection count and time per connection bounded.
#include "util/Result.h"
#include <QHostAddress>
#include <QObject>
#include <functional>

class QSslServer;
class QTcpSocket;

namespace centrale::provisioning {

struct HttpReply {
    int status = 404;
    QByteArray content;
    QByteArray contentType = "text/plain";
};

class HttpsProvisioningServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpReply(const QString &token, const QString &file, const QHostAddress &source)>;
    using Gate = std::function<bool(const QHostAddress &source)>; // false: the connection is closed at once

    HttpsProvisioningServer(Handler handler, Gate gate, QObject *parent = nullptr);
    ~HttpsProvisioningServer() override;

    Status listen(const QHostAddress &address, quint16 port, const QString &certificateFile, const QString &keyFile);
    quint16 port() const;

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);

    Handler m_handler;
    Gate m_gate;
    QSslServer *m_server = nullptr;
    int m_open = 0;
};

} // namespace centrale::provisioning
