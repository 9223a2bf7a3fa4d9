#pragma once
// A read-only TFTP server (RFC 1350, options RFC 2347/2348/2349: blksize, tsize,
// timeout). Files come from a handler and are sent from memory; nothing is read from or
// written to disk. Each transfer has its own socket (its TID), a retransmit timer and a
// retry limit; the number of transfers is bounded overall and per source. Malformed
// packets get an error, never a crash.
#include "util/Result.h"
#include <QHostAddress>
#include <QObject>
#include <functional>
#include <map>
#include <memory>

class QUdpSocket;

namespace centrale::provisioning {

struct TftpReply {
    bool found = false;
    QByteArray content;
};

struct TftpLimits {
    int maxSessions = 64;
    int maxPerSource = 4;
    int timeoutMs = 1000; // before a block is sent again (the client may ask another)
    int retries = 5;
    int maxBlockSize = 65464;
};

class TftpSession;

class TftpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<TftpReply(const QString &file, const QHostAddress &source)>;
    using Gate = std::function<bool(const QHostAddress &source)>; // false: drop silently (blocked)

    TftpServer(Handler handler, Gate gate, QObject *parent = nullptr);
    ~TftpServer() override;

    Status listen(const QHostAddress &address, quint16 port);
    void setLimits(const TftpLimits &l) { m_limits = l; }
    quint16 port() const;
    int sessionCount() const { return int(m_sessions.size()); }

signals:
    void transferFinished(const QHostAddress &source, const QString &file, bool complete);

private:
    void onRequest();
    void handleRequest(const QByteArray &packet, const QHostAddress &from, quint16 port);
    void sendError(const QHostAddress &to, quint16 port, quint16 code, const QByteArray &message);
    void endSession(quint64 id);

    Handler m_handler;
    Gate m_gate;
    TftpLimits m_limits;
    QUdpSocket *m_socket = nullptr;
    QHostAddress m_address;
    std::map<quint64, std::unique_ptr<TftpSession>> m_sessions;
    quint64 m_nextId = 1;
    friend class TftpSession;
};

} // namespace centrale::provisioning
