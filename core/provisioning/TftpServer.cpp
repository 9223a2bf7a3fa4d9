#include "provisioning/TftpServer.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

namespace centrale::provisioning {

namespace {

enum Opcode : quint16 { RRQ = 1, WRQ = 2, DATA = 3, ACK = 4, ERROR = 5, OACK = 6 };
enum ErrorCode : quint16 { NotDefined = 0, FileNotFound = 1, AccessViolation = 2, IllegalOperation = 4, UnknownTid = 5, OptionRefused = 8 };

QByteArray u16(quint16 v)
{
    QByteArray b(2, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

quint16 readU16(const QByteArray &b, qsizetype at) { return qFromBigEndian<quint16>(b.constData() + at); }

QByteArray errorPacket(quint16 code, const QByteArray &message) { return u16(ERROR) + u16(code) + message + '\0'; }

// netascii: every line end is CR LF and a lone CR is CR NUL (RFC 764).
QByteArray toNetascii(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size() + in.size() / 16);
    for (char c : in) {
        if (c == '\n')
            out += "\r\n";
        else if (c == '\r')
            out += QByteArray("\r\0", 2);
        else
            out += c;
    }
    return out;
}

} // namespace

class TftpSession : public QObject {
public:
    TftpSession(TftpServer &server, quint64 id, QHostAddress peer, quint16 peerPort, QString file, QByteArray data, int blockSize, int timeoutMs,
                QByteArray oack)
        : m_server(server), m_id(id), m_peer(std::move(peer)), m_peerPort(peerPort), m_file(std::move(file)), m_data(std::move(data)),
          m_blockSize(blockSize), m_timeoutMs(timeoutMs), m_oack(std::move(oack))
    {
        connect(&m_socket, &QUdpSocket::readyRead, this, &TftpSession::onPackets);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &TftpSession::onTimeout);
    }

    bool start(const QHostAddress &local)
    {
        if (!m_socket.bind(local, 0))
            return false;
        if (!m_oack.isEmpty())
            send(m_oack); // the client's ACK of block 0 starts the data
        else
            sendBlock(1);
        return true;
    }
    const QHostAddress &peer() const { return m_peer; }

private:
    qsizetype blockCount() const { return m_data.size() / m_blockSize + 1; } // the last block is shorter, perhaps empty

    void sendBlock(quint16 block)
    {
        m_block = block;
        const qsizetype from = qsizetype(block - 1) * m_blockSize;
        send(u16(DATA) + u16(block) + m_data.mid(from, m_blockSize));
    }

    void send(const QByteArray &packet)
    {
        m_last = packet;
        m_tries = 0;
        m_socket.writeDatagram(packet, m_peer, m_peerPort);
        m_timer.start(m_timeoutMs);
    }

    void onPackets()
    {
        while (m_socket.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            QByteArray p(int(std::max<qint64>(0, m_socket.pendingDatagramSize())), Qt::Uninitialized);
            const qint64 n = m_socket.readDatagram(p.data(), p.size(), &from, &port);
            if (n < 0)
                continue;
            p.truncate(n);
            if (from != m_peer || port != m_peerPort) {
                // Someone else's packet: tell them, and go on with ours (RFC 1350 §4).
                m_socket.writeDatagram(errorPacket(UnknownTid, "Unknown transfer ID"), from, port);
                continue;
            }
            if (p.size() < 4) {
                finish(false, errorPacket(IllegalOperation, "Illegal TFTP operation"));
                return;
            }
            const quint16 op = readU16(p, 0);
            if (op == ERROR) {
                finish(false, {});
                return;
            }
            if (op != ACK) {
                finish(false, errorPacket(IllegalOperation, "Illegal TFTP operation"));
                return;
            }
            const quint16 acked = readU16(p, 2);
            // A duplicate ACK is ignored: answering it too would double every later block
            // (the "Sorcerer's Apprentice" bug).
            if (acked != m_block)
                continue;
            if (m_block == blockCount() && !(m_block == 0 && !m_oack.isEmpty())) {
                finish(true, {});
                return;
            }
            if (m_block + 1 > 0xffff) {
                finish(false, errorPacket(NotDefined, "File too large"));
                return;
            }
            sendBlock(quint16(m_block + 1));
        }
    }

    void onTimeout()
    {
        if (++m_tries > m_server.m_limits.retries) {
            finish(false, {});
            return;
        }
        m_socket.writeDatagram(m_last, m_peer, m_peerPort);
        m_timer.start(m_timeoutMs);
    }

    void finish(bool complete, const QByteArray &errorToSend)
    {
        m_timer.stop();
        if (!errorToSend.isEmpty())
            m_socket.writeDatagram(errorToSend, m_peer, m_peerPort);
        emit m_server.transferFinished(m_peer, m_file, complete);
        // Not deleted here: this runs inside our own slot.
        QMetaObject::invokeMethod(&m_server, [s = &m_server, id = m_id] { s->endSession(id); }, Qt::QueuedConnection);
        m_socket.close();
    }

    TftpServer &m_server;
    quint64 m_id;
    QHostAddress m_peer;
    quint16 m_peerPort;
    QString m_file;
    QByteArray m_data;
    int m_blockSize;
    int m_timeoutMs;
    QByteArray m_oack;
    QUdpSocket m_socket;
    QTimer m_timer;
    QByteArray m_last;
    int m_block = 0; // the block sent last; 0 while the OACK waits for its ACK
    int m_tries = 0;
};

TftpServer::TftpServer(Handler handler, Gate gate, QObject *parent) : QObject(parent), m_handler(std::move(handler)), m_gate(std::move(gate)) {}

TftpServer::~TftpServer() = default;

Status TftpServer::listen(const QHostAddress &address, quint16 port)
{
    delete m_socket;
    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(address, port)) {
        const QString why = m_socket->errorString();
        delete m_socket;
        m_socket = nullptr;
        return Status::fail(QCoreApplication::translate("TftpServer", "The TFTP server cannot listen on %1:%2: %3 (ports below 1024 need privileges; see the README).")
                                .arg(address.toString())
                                .arg(port)
                                .arg(why),
                            QStringLiteral("provisioning.tftp"));
    }
    m_address = address;
    connect(m_socket, &QUdpSocket::readyRead, this, &TftpServer::onRequest);
    return {};
}

quint16 TftpServer::port() const { return m_socket ? m_socket->localPort() : 0; }

void TftpServer::onRequest()
{
    // Bounded per wake-up so a flood cannot keep the thread here for ever.
    for (int i = 0; i < 256 && m_socket && m_socket->hasPendingDatagrams(); ++i) {
        QHostAddress from;
        quint16 port = 0;
        QByteArray p(int(std::clamp<qint64>(m_socket->pendingDatagramSize(), 0, 65536)), Qt::Uninitialized);
        const qint64 n = m_socket->readDatagram(p.data(), p.size(), &from, &port);
        if (n < 0)
            continue;
        p.truncate(n);
        if (from.protocol() == QAbstractSocket::IPv6Protocol) {
            bool v4 = false;
            const QHostAddress mapped(from.toIPv4Address(&v4));
            if (v4)
                from = mapped;
        }
        if (port == 0 || (m_gate && !m_gate(from)))
            continue; // blocked sources hear nothing, as on the SIP ports
        handleRequest(p, from, port);
    }
}

void TftpServer::sendError(const QHostAddress &to, quint16 port, quint16 code, const QByteArray &message)
{
    m_socket->writeDatagram(errorPacket(code, message), to, port);
}

void TftpServer::handleRequest(const QByteArray &packet, const QHostAddress &from, quint16 port)
{
    if (packet.size() < 4) {
        sendError(from, port, IllegalOperation, "Illegal TFTP operation");
        return;
    }
    const quint16 op = readU16(packet, 0);
    if (op == WRQ) {
        sendError(from, port, AccessViolation, "Read-only server");
        return;
    }
    if (op != RRQ) {
        sendError(from, port, IllegalOperation, "Illegal TFTP operation");
        return;
    }
    // filename NUL mode NUL { option NUL value NUL }
    if (!packet.endsWith('\0')) {
        sendError(from, port, IllegalOperation, "Malformed request");
        return;
    }
    const QList<QByteArray> fields = packet.mid(2, packet.size() - 3).split('\0');
    if (fields.size() < 2 || fields.size() % 2 != 0 || fields[0].isEmpty() || fields[0].size() > 255) {
        sendError(from, port, IllegalOperation, "Malformed request");
        return;
    }
    const QByteArray mode = fields[1].toLower();
    if (mode != "octet" && mode != "netascii") {
        sendError(from, port, IllegalOperation, "Only octet and netascii transfers");
        return;
    }
    const QString file = QString::fromLatin1(fields[0]);
    int blockSize = 512;
    int timeoutMs = m_limits.timeoutMs;
    bool wantsSize = false;
    QList<std::pair<QByteArray, QByteArray>> accepted;
    for (qsizetype i = 2; i + 1 < fields.size(); i += 2) {
        const QByteArray name = fields[i].toLower();
        bool ok = false;
        const int value = fields[i + 1].toInt(&ok);
        if (name == "blksize" && ok && value >= 8) {
            blockSize = std::min(value, m_limits.maxBlockSize);
            accepted.append({name, QByteArray::number(blockSize)});
        } else if (name == "timeout" && ok && value >= 1 && value <= 255) {
            timeoutMs = value * 1000;
            accepted.append({name, QByteArray::number(value)});
        } else if (name == "tsize" && ok) {
            wantsSize = true;
        } // anything else is ignored, as RFC 2347 asks
    }
    int fromSource = 0;
    for (const auto &[id, s] : m_sessions)
        fromSource += s->peer() == from ? 1 : 0;
    if (int(m_sessions.size()) >= m_limits.maxSessions || fromSource >= m_limits.maxPerSource) {
        sendError(from, port, NotDefined, "Server busy, try again later");
        return;
    }
    TftpReply reply = m_handler(file, from);
    if (!reply.found) {
        // The same answer for "no such file" and "not for you": nothing to learn from it.
        sendError(from, port, FileNotFound, "File not found");
        return;
    }
    QByteArray data = mode == "netascii" ? toNetascii(reply.content) : reply.content;
    if (data.size() / blockSize >= 0xffff) {
        sendError(from, port, NotDefined, "File too large for this block size");
        return;
    }
    if (wantsSize)
        accepted.append({"tsize", QByteArray::number(data.size())});
    QByteArray oack;
    if (!accepted.isEmpty()) {
        oack = u16(OACK);
        for (const auto &[n, v] : accepted)
            oack += n + '\0' + v + '\0';
    }
    const quint64 id = m_nextId++;
    auto session = std::make_unique<TftpSession>(*this, id, from, port, file, std::move(data), blockSize, timeoutMs, oack);
    if (!session->start(m_address)) {
        sendError(from, port, NotDefined, "Server error");
        return;
    }
    m_sessions.emplace(id, std::move(session));
}

void TftpServer::endSession(quint64 id) { m_sessions.erase(id); }

} // namespace centrale::provisioning
