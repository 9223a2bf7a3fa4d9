#include "media/NgClient.h"
#include "media/Bencode.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace centrale::media {
namespace {


// Large enough for any reply with an SDP body rtpengine sends.
constexpr int kMaxDatagram = 65535;

} // namespace

Result<std::unique_ptr<NgClient>> NgClient::open(const QString &address, Options options)
{
    static const QRegularExpression re(QStringLiteral(R"(^\[?([0-9A-Fa-f:.]+)\]?:([0-9]{1,5})$)"));
    const auto m = re.match(address);
    QHostAddress host;
    const int port = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (!m.hasMatch() || !host.setAddress(m.captured(1)) || port < 1 || port > 65535)
        return Result<std::unique_ptr<NgClient>>::fail(
            QCoreApplication::translate("NgClient", "The rtpengine control address \"%1\" must be IP:PORT, for example 127.0.0.1:2223.").arg(address), QStringLiteral("media.rtpengine"));
    sockaddr_storage ss{};
    socklen_t len = 0;
    if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&ss);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(quint16(port));
        const Q_IPV6ADDR v6 = host.toIPv6Address();
        std::memcpy(&a->sin6_addr, &v6, sizeof v6);
        len = sizeof *a;
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&ss);
        a->sin_family = AF_INET;
        a->sin_port = htons(quint16(port));
        a->sin_addr.s_addr = htonl(host.toIPv4Address());
        len = sizeof *a;
    }
    const int fd = ::socket(ss.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    // connect(): only the relay's own replies reach this socket.
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&ss), len) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return Result<std::unique_ptr<NgClient>>::fail(QCoreApplication::translate("NgClient", "Cannot open the rtpengine control socket to %1: %2.").arg(address, why));
    }
    std::unique_ptr<NgClient> c(new NgClient(fd, address, options));
    c->m_prefix = QByteArray::number(QRandomGenerator::system()->generate(), 36) + '_';
    return c;
}

NgClient::~NgClient()
{
    // Whoever waits must hear that nothing will come.
    const auto pending = std::exchange(m_pending, {});
    for (const Request &r : pending)
        r.reply(Result<QVariantMap>::fail(QCoreApplication::translate("NgClient", "rtpengine command \"%1\" was abandoned: the media control was shut down.").arg(r.command)));
    if (m_fd >= 0)
        ::close(m_fd);
}

void NgClient::transmit(const Request &r) const
{
    // A lost datagram is what the retry is for; an error here is handled the same way.
    (void)::send(m_fd, r.datagram.constData(), size_t(r.datagram.size()), MSG_NOSIGNAL);
}

void NgClient::send(const QVariantMap &command, Reply reply)
{
    const QString name = command.value(QStringLiteral("command")).toString();
    auto body = bencode(command);
    if (!body) {
        reply(body.error());
        return;
    }
    const QByteArray cookie = m_prefix + QByteArray::number(++m_sequence, 36);
    Request r;
    r.datagram = cookie + ' ' + *body;
    r.command = name;
    r.reply = std::move(reply);
    r.attemptsLeft = std::max(1, m_options.attempts) - 1;
    r.interval = m_options.retryAfter;
    r.due = Clock::now() + r.interval;
    transmit(r);
    m_pending.insert(cookie, std::move(r));
}

void NgClient::complete(const QByteArray &cookie, Result<QVariantMap> result)
{
    auto it = m_pending.find(cookie);
    if (it == m_pending.end())
        return; // a late answer to a retry already answered, or to a request given up on
    Reply reply = std::move(it->reply);
    m_pending.erase(it);
    reply(std::move(result));
}

void NgClient::readReady()
{
    QByteArray buf(kMaxDatagram, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::recv(m_fd, buf.data(), size_t(buf.size()), 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return; // EAGAIN, or ECONNREFUSED from an earlier send to a relay that is not there
        }
        const QByteArray datagram = buf.left(n);
        const qsizetype space = datagram.indexOf(' ');
        if (space <= 0)
            continue; // not ng; ignore rather than let a stray datagram fail a request
        const QByteArray cookie = datagram.left(space);
        auto it = m_pending.constFind(cookie);
        if (it == m_pending.cend())
            continue;
        const QString name = it->command;
        auto decoded = bdecode(datagram.mid(space + 1));
        if (!decoded || decoded->typeId() != QMetaType::QVariantMap) {
            complete(cookie, Result<QVariantMap>::fail(QCoreApplication::translate("NgClient", "rtpengine sent an unreadable answer to \"%1\": %2")
                                                           .arg(name, decoded ? QCoreApplication::translate("NgClient", "not a dictionary") : decoded.message())));
            continue;
        }
        const QVariantMap dict = decoded->toMap();
        const QString result = bstring(dict, "result");
        if (result == QLatin1String("ok") || result == QLatin1String("pong"))
            complete(cookie, dict);
        else
            complete(cookie, Result<QVariantMap>::fail(QCoreApplication::translate("NgClient", "rtpengine refused \"%1\": %2")
                                                           .arg(name, bstring(dict, "error-reason").isEmpty() ? result : bstring(dict, "error-reason"))));
    }
}

NgClient::Clock::time_point NgClient::expire(Clock::time_point now)
{
    QList<QByteArray> failed;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->due > now)
            continue;
        if (it->attemptsLeft-- > 0) {
            it->interval *= 2;
            it->due = now + it->interval;
            transmit(*it);
        } else {
            failed.append(it.key());
        }
    }
    for (const QByteArray &cookie : failed) {
        const QString name = m_pending.value(cookie).command;
        complete(cookie, Result<QVariantMap>::fail(QCoreApplication::translate("NgClient", "rtpengine at %1 did not answer \"%2\" (is it running?).").arg(m_address, name)));
    }
    auto next = Clock::time_point::max();
    for (const Request &r : std::as_const(m_pending))
        next = std::min(next, r.due);
    return next;
}

Result<QVariantMap> NgClient::call(const QVariantMap &command)
{
    std::optional<Result<QVariantMap>> answer;
    send(command, [&answer](Result<QVariantMap> r) { answer.emplace(std::move(r)); });
    while (!answer) {
        const auto next = expire();
        if (answer)
            break;
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(next - Clock::now()).count();
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, int(std::clamp<qint64>(wait, 0, 1000))) > 0)
            readReady();
    }
    return std::move(*answer);
}

} // namespace centrale::media
