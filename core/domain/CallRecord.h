#pragma once
// One call in the call log (gesprekken), as the engine writes it when the call ends.
#include <QMetaType>
#include <QString>

namespace centrale {

struct CallRecord {
    qint64 id = 0;          // assigned by the store
    QString callId;         // the A leg's SIP Call-ID
    QString direction;      // "outbound" (from a PBX or phone) or "inbound" (a DID from the carrier)
    QString account;        // SIP account that placed or received the call
    QString accountRole;    // "primary", "secondary" or "phone"
    QString owner;          // trunk name or phone account number
    QString caller, callee; // E.164 digits as shown to the user
    QString dialled;        // what the caller actually dialled, before normalisation
    QString aLeg, bLeg;     // where each leg went (addresses / Call-IDs), for tracing
    qint64 startedMs = 0, answeredMs = 0, endedMs = 0; // ms since the epoch; 0 = did not happen
    int sipStatus = 0;      // final SIP status (200 when answered)
    QString reason;         // readable reason (Reason header / refusal text)
    qint64 costMicros = 0;  // micro-euro

    // Answered to ended, whole seconds rounded up (as billed); 0 if never answered or still running.
    int durationSecs() const
    {
        if (answeredMs <= 0 || endedMs <= answeredMs)
            return 0;
        return int((endedMs - answeredMs + 999) / 1000);
    }
};

} // namespace centrale

Q_DECLARE_METATYPE(centrale::CallRecord)
