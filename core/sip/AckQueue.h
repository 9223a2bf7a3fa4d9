#pragma once
// Answers held until what they promise is durable (group commit). The writer thread releases
// them after its commit; the engine thread sends them. The queue also wakes the engine's
// loop (an eventfd its su_root watches), for released answers and posted commands alike.
// Shared by both threads, so either may be gone first.
#include <QList>
#include <QtGlobal>
#include <mutex>
#include <utility>

namespace centrale::sip {

// With several SIP workers each has its own queue; a held answer's id carries its worker's
// index in these top bits (worker 0's ids are plain counters), so the writer knows the queue.
inline constexpr int kAckWorkerShift = 56;

class AckQueue {
public:
    AckQueue();
    ~AckQueue();
    AckQueue(const AckQueue &) = delete;
    AckQueue &operator=(const AckQueue &) = delete;

    int fd() const { return m_fd; }
    void release(const QList<quint64> &ids, bool durable); // any thread
    void wake();                                            // any thread
    QList<std::pair<quint64, bool>> take();                 // engine thread: released ids, and the wake-up consumed

private:
    std::mutex m_mutex;
    QList<std::pair<quint64, bool>> m_released;
    int m_fd = -1;
};

} // namespace centrale::sip
