#include "store/ConfigVersion.h"

#include <QCoreApplication>

namespace centrale {

Result<qint64> readConfigVersion(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT n FROM config_version"));
    if (!q)
        return q.error();
    if (!q->next())
        return Result<qint64>::fail(QCoreApplication::translate("ConfigVersion", "The configuration version is missing from the database."));
    return q->value(0).toLongLong();
}

} // namespace centrale
