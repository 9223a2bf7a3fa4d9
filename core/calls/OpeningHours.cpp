#include "calls/OpeningHours.h"

#include <QRegularExpression>
#include <QStringList>

namespace centrale::calls {

namespace {
int dayIndex(const QString &d)
{
    static const QStringList days{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                                  QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return int(days.indexOf(d.toLower())) + 1; // Qt: Monday = 1
}
} // namespace

bool openingHoursContain(const QString &schedule, const QDateTime &when)
{
    static const QRegularExpression part(QStringLiteral("^\\s*([a-zA-Z]{3})(?:-([a-zA-Z]{3}))?\\s+(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})\\s*$"));
    const QDateTime local = when.toLocalTime();
    const int day = local.date().dayOfWeek();
    const int minute = local.time().hour() * 60 + local.time().minute();
    for (const auto &p : schedule.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const auto m = part.match(p);
        if (!m.hasMatch())
            continue;
        const int from = dayIndex(m.captured(1));
        const int to = m.captured(2).isEmpty() ? from : dayIndex(m.captured(2));
        if (!from || !to)
            continue;
        const bool dayIn = from <= to ? (day >= from && day <= to) : (day >= from || day <= to);
        const int start = m.captured(3).toInt() * 60 + m.captured(4).toInt();
        const int end = m.captured(5).toInt() * 60 + m.captured(6).toInt();
        if (dayIn && minute >= start && minute < end)
            return true;
    }
    return false;
}

} // namespace centrale::calls
