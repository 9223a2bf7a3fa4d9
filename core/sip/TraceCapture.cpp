#include "sip/TraceCapture.h"

#include <QDateTime>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <sofia-sip/tport.h>
#include <sofia-sip/tport_tag.h>

namespace centrale::sip {

namespace {
constexpr qint64 kMaxQueuedBytes = 32ll << 20; // past this the consumer is stuck: drop, never block the SIP thread

// "hh:mm:ss.uuuuuu" (UTC time of day, as tport stamps it) → µs since the epoch, today's or
// yesterday's, whichever is not in the future.
qint64 stampTime(const QByteArray &hms)
{
    const QList<QByteArray> p = hms.split(':');
    if (p.size() != 3)
        return QDateTime::currentMSecsSinceEpoch() * 1000;
    const QList<QByteArray> sec = p.at(2).split('.');
    const qint64 sod = (p.at(0).toLongLong() * 3600 + p.at(1).toLongLong() * 60 + sec.value(0).toLongLong()) * 1000000 + sec.value(1).toLongLong();
    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    const qint64 day = qint64(86400) * 1000000;
    qint64 t = nowUs - nowUs % day + sod;
    if (t > nowUs + 3600ll * 1000000)
        t -= day;
    return t;
}
} // namespace

TraceCapture::TraceCapture() { m_reader = std::thread([this] { readLoop(); }); }

TraceCapture::~TraceCapture()
{
    m_stop = true;
    m_reader.join();
    for (auto &s : m_sources)
        ::close(s.fd);
}

bool TraceCapture::attach(tport_t *master, const QByteArray &local4, const QByteArray &local6)
{
    int fds[2];
    if (!master || ::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    ::fcntl(fds[0], F_SETPIPE_SZ, 1 << 20); // room for bursts while the reader is descheduled
    // tport opens the dump "file" itself; through /proc it gets its own (blocking) end of our pipe.
    const QByteArray path = "/proc/self/fd/" + QByteArray::number(fds[1]);
    const int set = tport_set_params(master, TPTAG_DUMP(path.constData()), TAG_END());
    ::close(fds[1]);
    if (set < 0) {
        ::close(fds[0]);
        return false;
    }
    std::lock_guard lock(m_sourcesMutex);
    m_sources.push_back(Source{fds[0], local4, local6, {}});
    return true;
}

void TraceCapture::link(const QByteArray &aCallId, const QByteArray &bCallId)
{
    std::lock_guard lock(m_mutex);
    m_links.append({aCallId, bCallId});
}

QList<CapturedFrame> TraceCapture::takeFrames()
{
    std::lock_guard lock(m_mutex);
    m_queuedBytes = 0;
    return std::exchange(m_frames, {});
}

QList<std::pair<QByteArray, QByteArray>> TraceCapture::takeLinks()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_links, {});
}

void TraceCapture::waitForData(int ms)
{
    std::unique_lock lock(m_mutex);
    m_ready.wait_for(lock, std::chrono::milliseconds(ms), [this] { return !m_frames.isEmpty() || m_stop.load(); });
}

void TraceCapture::readLoop()
{
    char buf[65536];
    while (!m_stop) {
        std::vector<pollfd> fds;
        {
            std::lock_guard lock(m_sourcesMutex);
            for (const auto &s : m_sources)
                fds.push_back(pollfd{s.fd, POLLIN, 0});
        }
        if (fds.empty()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            continue;
        }
        if (::poll(fds.data(), nfds_t(fds.size()), 100) <= 0)
            continue;
        std::lock_guard lock(m_sourcesMutex);
        for (size_t i = 0; i < fds.size(); ++i) {
            if (!(fds[i].revents & POLLIN))
                continue;
            Source &s = m_sources[i];
            for (;;) {
                const ssize_t n = ::read(s.fd, buf, sizeof buf);
                if (n <= 0)
                    break;
                s.buffer.append(buf, n);
            }
            parse(s);
        }
        // Let the pipes fill a while: one wake-up per 20 ms instead of one per datagram keeps
        // this thread from competing with the SIP thread (1 MiB per pipe holds far more).
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

// Frames as tport_dump_iovec writes them: "recv|sent N bytes from|to udp/[ip]:port at
// hh:mm:ss.uuuuuu:\n", the N bytes, then "\v\n". Anything else (the opening banner) is skipped.
void TraceCapture::parse(Source &s)
{
    QList<CapturedFrame> out;
    qint64 bytes = 0;
    qsizetype pos = 0;
    for (;;) {
        qsizetype start = pos;
        while (start < s.buffer.size() && !s.buffer.mid(start, 5).startsWith("recv ") && !s.buffer.mid(start, 5).startsWith("sent ")) {
            const qsizetype nl = s.buffer.indexOf('\n', start);
            if (nl < 0) {
                start = s.buffer.size();
                break;
            }
            start = nl + 1;
        }
        const qsizetype nl = s.buffer.indexOf('\n', start);
        if (start >= s.buffer.size() || nl < 0) {
            pos = start;
            break;
        }
        const QList<QByteArray> f = s.buffer.mid(start, nl - start).split(' ');
        // recv 208 bytes from udp/[127.0.17.2]:41701 at 11:25:40.209805:
        if (f.size() < 7) {
            pos = nl + 1;
            continue;
        }
        const qsizetype n = f.at(1).toLongLong();
        if (s.buffer.size() < nl + 1 + n + 2) {
            pos = start; // the rest has not arrived yet
            break;
        }
        CapturedFrame fr;
        fr.outgoing = f.at(0) == "sent";
        QByteArray where = f.at(4);
        where = where.mid(where.indexOf('/') + 1); // [ip]:port[/flow]
        const qsizetype close = where.indexOf(']');
        const QByteArray ip = where.mid(1, close - 1);
        QByteArray port = where.mid(close + 2);
        if (const qsizetype slash = port.indexOf('/'); slash >= 0)
            port.truncate(slash);
        const bool v6 = ip.contains(':');
        fr.remote = v6 ? QByteArray('[' + ip + "]:" + port) : QByteArray(ip + ':' + port);
        fr.local = v6 ? s.local6 : s.local4;
        QByteArray stamp = f.at(6);
        if (stamp.endsWith(':'))
            stamp.chop(1);
        fr.timeUs = stampTime(stamp);
        fr.data = s.buffer.mid(nl + 1, n);
        bytes += n;
        out << fr;
        pos = nl + 1 + n + 2;
    }
    s.buffer.remove(0, pos);
    if (out.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        if (m_queuedBytes + bytes > kMaxQueuedBytes) {
            m_dropped += quint64(out.size());
            return;
        }
        m_queuedBytes += bytes;
        m_frames.append(out);
    }
    m_ready.notify_one();
}

} // namespace centrale::sip
