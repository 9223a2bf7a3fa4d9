#pragma once
// A plausible week of calls for the demo reseller (scripts/demo.sh), so the Dashboard's
// charts, the Calls page and the limit bars show a living system in screenshots. Office
// hours on weekdays, quieter weekends, mostly Dutch fixed and mobile destinations, some
// busy and unanswered calls, inbound calls on the trunks' numbers; priced by the rate table.
#include "domain/CallRecord.h"
#include "domain/RateTable.h"
#include <QDateTime>
#include <QList>

namespace centrale {

struct DemoCaller {
    QString owner;   // trunk name or phone number
    QString account; // SIP username
    QString role;    // "primary", "secondary" or "phone"
    QString number;  // a number of this caller (E.164 digits), for caller ID and inbound calls
    double weight = 1.0; // busier callers make more calls
};

class DemoCallHistory {
public:
    // Calls from `days` days ago (midnight) up to now; the same seed gives the same calls.
    static QList<CallRecord> generate(const QList<DemoCaller> &callers, const RateTable &rates, const QDateTime &now, int days, quint32 seed);
};

} // namespace centrale
