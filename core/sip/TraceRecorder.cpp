#include "sip/TraceRecorder.h"
#include "diagnostics/SipText.h"

#include <QDateTime>
#include <QHostAddress>

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace centrale::sip {

using diagnostics::TraceMessage;

namespace {
constexpr int kMaxLinks = 200000;
constexpr qint64 kPruneEveryMs = 10000;
} // namespace

TraceRecorder::TraceRecorder(std::shared_ptr<TraceCapture> capture, QString tracePath, TraceSettings settings)
    : m_capture(std::move(capture)), m_path(std::move(tracePath)), m_settings(std::move(settings))
{
    m_thread = std::thread([this] { run(); });
}

TraceRecorder::~TraceRecorder()
{
    m_stop = true;
    m_thread.join();
    if (m_hepSocket >= 0)
        ::close(m_hepSocket);
}

void TraceRecorder::setSettings(const TraceSettings &settings)
{
    std::lock_guard lock(m_settingsMutex);
    m_settings = settings;
}

TraceMessage TraceRecorder::toMessage(const CapturedFrame &f, const QHash<QByteArray, QByteArray> &groups)
{
    TraceMessage m;
    m.timeUs = f.timeUs;
    m.outgoing = f.outgoing;
    m.local = QString::fromLatin1(f.local);
    m.remote = QString::fromLatin1(f.remote);
    m.data = diagnostics::maskSecrets(f.data);
    const diagnostics::SipView s = diagnostics::parseSip(m.data);
    m.callId = s.callId;
    m.group = groups.value(s.callId, s.callId);
    m.method = s.method;
    m.status = s.status;
    // Who it concerns: the digest username; for registrations and qualifies the AOR (To);
    // else the caller.
    if (!s.authUser.isEmpty())
        m.account = QString::fromUtf8(s.authUser);
    else if (s.method == "REGISTER" || s.method == "OPTIONS")
        m.account = QString::fromUtf8(s.toUser);
    else
        m.account = QString::fromUtf8(s.fromUser);
    return m;
}

void TraceRecorder::sendHep(const QList<TraceMessage> &batch, const TraceSettings &s)
{
    if (s.hep.isEmpty())
        return;
    if (s.hep != m_hepTarget) {
        if (m_hepSocket >= 0)
            ::close(m_hepSocket);
        m_hepSocket = -1;
        m_hepTarget = s.hep;
    }
    const diagnostics::Endpoint e = diagnostics::parseEndpoint(s.hep);
    const QHostAddress addr(e.ip);
    if (addr.isNull() || e.port == 0)
        return;
    const bool v6 = addr.protocol() == QAbstractSocket::IPv6Protocol;
    if (m_hepSocket < 0)
        m_hepSocket = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (m_hepSocket < 0)
        return;
    sockaddr_storage ss{};
    socklen_t len;
    if (v6) {
        auto *sa = reinterpret_cast<sockaddr_in6 *>(&ss);
        sa->sin6_family = AF_INET6;
        sa->sin6_port = htons(e.port);
        const Q_IPV6ADDR a = addr.toIPv6Address();
        std::memcpy(&sa->sin6_addr, a.c, 16);
        len = sizeof(sockaddr_in6);
    } else {
        auto *sa = reinterpret_cast<sockaddr_in *>(&ss);
        sa->sin_family = AF_INET;
        sa->sin_port = htons(e.port);
        sa->sin_addr.s_addr = htonl(addr.toIPv4Address());
        len = sizeof(sockaddr_in);
    }
    for (const auto &m : batch) {
        const QByteArray p = diagnostics::hep3Packet(m, s.hepOptions);
        (void)::sendto(m_hepSocket, p.constData(), size_t(p.size()), MSG_DONTWAIT, reinterpret_cast<sockaddr *>(&ss), len);
    }
}

void TraceRecorder::run()
{
    // Parsing and storing can wait: under load the SIP thread gets the CPU first (Linux
    // takes a thread id for a per-thread nice value).
    (void)::setpriority(PRIO_PROCESS, id_t(::gettid()), 10);
    std::unique_ptr<TraceRepository> repo;
    qint64 lastPrune = 0;
    QList<TraceMessage> pending;
    for (;;) {
        const bool stopping = m_stop.load();
        m_capture->waitForData(stopping ? 0 : 200);
        if (!stopping) // a batch per 100 ms: one transaction for many messages
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const QList<CapturedFrame> frames = m_capture->takeFrames();
        for (const auto &[a, b] : m_capture->takeLinks()) {
            m_groups.insert(b, a);
            m_groupOrder << b;
        }
        while (m_groupOrder.size() > kMaxLinks)
            m_groups.remove(m_groupOrder.takeFirst());
        TraceSettings s;
        {
            std::lock_guard lock(m_settingsMutex);
            s = m_settings;
        }
        QList<TraceMessage> batch;
        batch.reserve(frames.size());
        for (const auto &f : frames)
            batch << toMessage(f, m_groups);
        sendHep(batch, s);
        pending += batch;
        if (!repo) {
            auto r = TraceRepository::open(m_path);
            if (r)
                repo = std::move(r).value();
            else if (pending.size() > 100000)
                pending.clear(); // the store stays unavailable: keep memory bounded
        }
        if (repo && !pending.isEmpty()) {
            (void)repo->append(pending); // a batch the store refuses is dropped: a trace is a cache, not a record
            pending.clear();
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (repo && now - lastPrune >= kPruneEveryMs) {
            lastPrune = now;
            (void)repo->prune(s.limits, now * 1000);
        }
        if (stopping)
            break;
    }
}

} // namespace centrale::sip
