#pragma once
// A call's or an account's messages as a sequence diagram: one column per party (the PBX or
// phone, Centrale, the carrier), one arrow per message. Pure, shared by the console and CLI.
#include "diagnostics/TraceMessage.h"
#include <QStringList>

namespace centrale::diagnostics {

struct LadderArrow {
    int from = 0, to = 0;
    QString label;     // "INVITE" / "403 Forbidden"
    qint64 timeUs = 0;
    bool final = false; // the final answer to an INVITE or REGISTER (or any error)
    QString warning;    // the Warning header's text, if any
    int message = 0;    // index into the messages it was built from
};

struct Ladder {
    QStringList columns; // "PBX/phone 127.0.0.1:5070", "Centrale", "carrier 192.0.2.1:5060"
    QList<LadderArrow> arrows;
};

// carriers: the upstream carrier's addresses (a column for them is named "carrier").
Ladder buildLadder(const QList<TraceMessage> &messages, const QStringList &carriers = {});
// Plain-text rendering for the terminal: one line per arrow.
QString ladderText(const Ladder &ladder);

} // namespace centrale::diagnostics
