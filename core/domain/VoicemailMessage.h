#pragma once
// One recorded voicemail message: who called which number for which call plan, when, how
// long, and the WAV in <data dir>/voicemail/.
#include <QString>
#include <QtGlobal>

namespace centrale {

struct VoicemailMessage {
    qint64 id = 0;
    qint64 planId = 0;
    QString planName; // filled by list(), from call_plans
    QString caller;   // E.164 or what the caller's From carried
    QString called;   // the number that was called (E.164)
    qint64 receivedMs = 0;
    double seconds = 0;
    QString file;     // file name inside <data dir>/voicemail/
    QString callId;
};

} // namespace centrale
