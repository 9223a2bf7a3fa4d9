#pragma once
// Whether a moment falls inside a call plan's opening hours ("mon-fri 08:00-17:00; sat 10:00-12:00").
#include <QDateTime>
#include <QString>

namespace centrale::calls {

// Local time decides; a schedule that does not parse counts as closed.
bool openingHoursContain(const QString &schedule, const QDateTime &when);

} // namespace centrale::calls
