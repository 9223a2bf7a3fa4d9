#include "sip/AckQueue.h"

#include <sys/eventfd.h>
#include <unistd.h>

namespace centrale::sip {

AckQueue::AckQueue() : m_fd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}

AckQueue::~AckQueue()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void AckQueue::release(const QList<quint64> &ids, bool durable)
{
    if (ids.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        for (quint64 id : ids)
            m_released.append({id, durable});
    }
    wake();
}

void AckQueue::wake()
{
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(m_fd, &one, sizeof one);
}

QList<std::pair<quint64, bool>> AckQueue::take()
{
    quint64 count = 0;
    [[maybe_unused]] const auto n = ::read(m_fd, &count, sizeof count); // non-blocking: resets the counter
    std::lock_guard lock(m_mutex);
    return std::exchange(m_released, {});
}

} // namespace centrale::sip
