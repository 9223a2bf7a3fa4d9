#include "store/RateRepository.h"

#include <QCoreApplication>

namespace centrale {

Status RateRepository::replaceAll(const QList<Rate> &rates)
{
    return m_db.transaction([&]() -> Status {
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM rates")); !r)
            return Status::fail(QCoreApplication::translate("RateRepository", "Cannot clear the rate table: %1").arg(r.message()));
        QList<QVariantList> rows;
        rows.reserve(rates.size());
        for (const auto &rate : rates)
            rows.append(QVariantList{rate.prefix, rate.description, rate.perMinuteMicros, rate.setupMicros});
        qsizetype failed = 0;
        if (auto s = m_db.execEach(QStringLiteral("INSERT INTO rates (prefix, description, per_minute_micros, setup_micros) VALUES (?, ?, ?, ?)"), rows, &failed); !s)
            return Status::fail(QCoreApplication::translate("RateRepository", "Rate %1 was refused: %2").arg(rates.at(failed).prefix, s.message()), QStringLiteral("prefix"));
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
