#include "store/RateRepository.h"

#include <QCoreApplication>

namespace centrale {

Status RateRepository::replaceAll(const QList<Rate> &rates)
{
    return m_db.transaction([&]() -> Status {
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM rates")); !r)
            return Status::fail(QCoreApplication::translate("RateRepository", "Cannot clear the rate table: %1").arg(r.message()));
        for (const auto &rate : rates) {
            auto r = m_db.exec(QStringLiteral("INSERT INTO rates (prefix, description, per_minute_micros, setup_micros) VALUES (?, ?, ?, ?)"),
                               {rate.prefix, rate.description, rate.perMinuteMicros, rate.setupMicros});
            if (!r)
                return Status::fail(QCoreApplication::translate("RateRepository", "Rate %1 was refused: %2").arg(rate.prefix, r.message()), QStringLiteral("prefix"));
        }
        return {};
    });
}

Result<QList<Rate>> RateRepository::all()
{
    auto q = m_db.exec(QStringLiteral("SELECT prefix, description, per_minute_micros, setup_micros FROM rates ORDER BY prefix"));
    if (!q)
        return q.error();
    QList<Rate> out;
    while (q->next())
        out << Rate{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toLongLong()};
    return out;
}

} // namespace centrale
