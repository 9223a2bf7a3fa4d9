#include "domain/RateTable.h"

namespace centrale {

RateTable::RateTable(QList<Rate> rates) : m_rates(std::move(rates)) {}

const Rate *RateTable::find(const QString &digits) const
{
    const Rate *best = nullptr;
    for (const auto &r : m_rates)
        if (digits.startsWith(r.prefix) && (!best || r.prefix.size() > best->prefix.size()))
            best = &r;
    return best;
}

qint64 RateTable::costMicros(const Rate &r, qint64 durationMs)
{
    const qint64 secs = (durationMs + 999) / 1000;
    return r.setupMicros + (r.perMinuteMicros * secs + 59) / 60;
}

} // namespace centrale
