#pragma once
// extensions.conf for a Centrale trunk, shared by the PJSIP and chan_sip exports
// (they differ only in the channel technology of Dial()).
#include "export/ExportLine.h"

namespace centrale {

// technology: "PJSIP" or "SIP"; both dial NUMBER@<account section>.
QString asteriskExtensions(const ExportLine &line, const QString &technology);
QString asteriskInboundContext(const ExportLine &line);  // context of the endpoints/peers
QString asteriskOutboundContext(const ExportLine &line); // include this in the phones' context
// A value for an Asterisk .conf file: ';' would start a comment there.
QString asteriskValue(const QString &value);

} // namespace centrale
