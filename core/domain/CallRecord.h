#pragma once
// One call as the call log keeps it: answered or refused, both legs.
#include <QMetaType>
#include <QString>

namespace centrale {

struct CallRecord {
    qint64 id = 0;
    QString callId, direction, account, accountRole, owner, caller, callee, dialled, aLeg, bLeg;
    qint64 startedMs = 0, answeredMs = 0, endedMs = 0;
    int sipStatus = 0;
    QString reason;
    qint64 costMicros = 0;
    int durationSecs() const { return answeredMs > 0 && endedMs > answeredMs ? int((endedMs - answeredMs + 500) / 1000) : 0; }
};

} // namespace centrale
Q_DECLARE_METATYPE(centrale::CallRecord)
