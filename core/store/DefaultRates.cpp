#include "store/DefaultRates.h"
#include "store/RateRepository.h"

#include <QCoreApplication>
#include <QFile>

namespace centrale {

Status seedDefaultRates(Database &db)
{
    auto count = db.exec(QStringLiteral("SELECT COUNT(*) FROM rates"));
    if (!count)
        return count.error();
    if (count->next() && count->value(0).toLongLong() > 0)
        return {};
    QFile f(QStringLiteral(":/centrale/rates/rates-sample.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return Status::fail(QCoreApplication::translate("Database", "The built-in rate table is missing from this build."));
    auto rates = RateTable::parseCsv(f.readAll());
    if (!rates)
        return rates.error();
    return RateRepository(db).replaceAll(*rates);
}

} // namespace centrale
