#pragma once
// The engine's side of the SIP trace: sofia-sip's transport dump (TPTAG_DUMP, which sees every
// datagram each agent sends and receives, before any parsing) is pointed at a pipe per agent,
// so the SIP thread's only cost is one write() per message into the kernel. A reader thread
// drains the pipes into a bounded queue; everything else (masking, grouping, HEP, storing)
// happens on the consumer's thread (TraceRecorder), never on the SIP thread.
#include <QByteArray>
#include <QList>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

typedef struct tport_s tport_t;

namespace centrale::sip {

struct CapturedFrame {
    qint64 timeUs = 0;
    bool outgoing = false;
    QByteArray local, remote; // "ip:port", "[v6]:port"
    QByteArray data;
};

class TraceCapture {
public:
    TraceCapture();
    ~TraceCapture();

    // Engine thread, once per agent before traffic: route its transport dump into a pipe.
    // local4/local6: the agent's listen addresses ("ip:port"), to name our side of each message.
    bool attach(tport_t *master, const QByteArray &local4, const QByteArray &local6);
    // Engine thread: the B leg with this Call-ID belongs to the call whose A leg has aCallId.
    void link(const QByteArray &aCallId, const QByteArray &bCallId);

    // Consumer thread. Take frames first, then links: a link is always recorded before its
    // leg's first message is sent, so the links taken cover every frame taken before them.
    QList<CapturedFrame> takeFrames();
    QList<std::pair<QByteArray, QByteArray>> takeLinks();
    quint64 dropped() const { return m_dropped.load(); }
    void waitForData(int ms); // consumer: sleeps until frames arrive or ms pass

private:
    struct Source {
        int fd = -1;
        QByteArray local4, local6, buffer;
    };
    void readLoop();
    void parse(Source &s);

    std::mutex m_sourcesMutex;
    std::deque<Source> m_sources;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    QList<CapturedFrame> m_frames;
    qint64 m_queuedBytes = 0;
    QList<std::pair<QByteArray, QByteArray>> m_links;
    std::atomic<quint64> m_dropped{0};
    std::atomic<bool> m_stop{false};
    std::thread m_reader;
};

} // namespace centrale::sip
