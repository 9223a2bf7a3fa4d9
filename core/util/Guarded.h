#pragma once
// A value shared by threads and reached only under its own lock: with() runs f on the value
// while holding the mutex, so no caller can touch it unlocked (the SIP workers share the
// registrar, the source guards, the channel counters and the limits this way).
#include <mutex>
#include <utility>

namespace centrale {

template <class T>
class Guarded {
public:
    template <class F>
    decltype(auto) with(F &&f)
    {
        std::lock_guard lock(m_mutex);
        return std::forward<F>(f)(m_value);
    }
    template <class F>
    decltype(auto) with(F &&f) const
    {
        std::lock_guard lock(m_mutex);
        return std::forward<F>(f)(m_value);
    }

private:
    mutable std::mutex m_mutex;
    T m_value;
};

} // namespace centrale
