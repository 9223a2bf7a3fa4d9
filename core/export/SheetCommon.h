// Pieces that every settings sheet repeats: the title, the password note and the
// dial rules that turn what users dial into the trunk's number format.
#pragma once
#include "export/ExportLine.h"
#include "export/Sheet.h"

namespace centrale {

struct DialRule {
    QString name;    // translated description
    QString prefix;  // what the dialled number starts with
    int strip;       // digits removed from the front
    QString prepend; // added after stripping
};

// +E.164, 00, national 0… and E.164 without +, each sent in the line's number format.
QList<DialRule> dialRules(const ExportLine &line);
// "PBX kantoor — 3CX" and the common introduction (servers, password note).
Sheet sheetFor(const ExportLine &line, const QString &product);
QString yesNo(bool value);
// "Primary" / "Secondary" / "Phone account", translated.
QString accountLabel(const ExportAccount &account);

} // namespace centrale
