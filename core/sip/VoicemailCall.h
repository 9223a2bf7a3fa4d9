#pragma once
// What a call answered by a call plan's voicemail step carries besides the usual call state.
#include <QString>
#include <QStringList>

namespace centrale::sip {

struct VoicemailCall {
    bool active = false;  // the engine answered this call itself and records the caller
    qint64 planId = 0;
    QString plan, box;    // the call plan's name and the step's box name
    QStringList mailTo;   // the step's addresses; empty: the alerts address
    QString callerFacing; // the relay's "ip:port" the caller sends to
};

} // namespace centrale::sip
