// Avaya IP Office (Manager): one SIP Line per Centrale server with the field names
// of its tabs, ARS with the secondary line as alternate route, and an incoming
// call route per DID (seed appendix 5a).
#include "export/Generators.h"
#include "export/SheetCommon.h"

#include <QCoreApplication>

namespace centrale::exporters {

Result<ExportFiles> avaya(const ExportInput &in)
{
    auto line = exportLine(in);
    if (!line)
        return line.error();
    const ExportLine &l = line.value();
    Sheet sheet = sheetFor(l, QStringLiteral("Avaya IP Office"));
    const int firstLine = 17; // any free line number; the seed uses 17
    QStringList groups;
    for (int i = 0; i < l.accounts.size(); ++i) {
        const ExportAccount &a = l.accounts.at(i);
        const QString lineNo = QString::number(firstLine + i);
        const QString group = QString::number(firstLine + i);
        groups << group;
        const QString screen = QStringLiteral("Line > SIP Line %1").arg(lineNo);
        SheetSection sipLine{screen + QStringLiteral(" > SIP Line"), accountLabel(a) + QLatin1Char('.'), {}, {}, {}};
        sipLine.rows << SheetRow{QStringLiteral("Line Number"), lineNo, {}}
                     << SheetRow{QStringLiteral("ITSP Domain Name"), a.host, {}}
                     << SheetRow{QStringLiteral("In Service"), yesNo(true), {}}
                     << SheetRow{QStringLiteral("Use Tel URI"), yesNo(false), {}}
                     << SheetRow{QStringLiteral("Check OOS"), yesNo(true), {}}
                     << SheetRow{QStringLiteral("Prefix"), QString(), {}}
                     << SheetRow{QStringLiteral("National Prefix"), QStringLiteral("0"), {}}
                     << SheetRow{QStringLiteral("Country Code"), QString::number(l.countryCode), {}}
                     << SheetRow{QStringLiteral("International Prefix"), QStringLiteral("00"), {}}
                     << SheetRow{QStringLiteral("Call Routing Method"), QStringLiteral("Request URI"), {}}
                     << SheetRow{QStringLiteral("Send Caller ID"), QStringLiteral("None"), {}}
                     << SheetRow{QStringLiteral("Association Method"), QStringLiteral("By Source IP address"), {}}
                     << SheetRow{QStringLiteral("REFER Support"), yesNo(false), {}};
        SheetSection transport{screen + QStringLiteral(" > Transport"), {}, {}, {}, {}};
        transport.rows << SheetRow{QStringLiteral("ITSP Proxy Address"), a.host, {}}
                       << SheetRow{QStringLiteral("Layer 4 Protocol"), QStringLiteral("UDP"), {}}
                       << SheetRow{QStringLiteral("Send Port"), QString::number(a.port), {}}
                       << SheetRow{QStringLiteral("Listen Port"), QStringLiteral("5060"), {}};
        SheetSection cred{screen + QStringLiteral(" > SIP Credentials"), {}, {}, {}, {}};
        cred.rows << SheetRow{QStringLiteral("User name"), a.username, {}}
                  << SheetRow{QStringLiteral("Authentication Name"), a.username, {}}
                  << SheetRow{QStringLiteral("Contact"), a.username, {}}
                  << SheetRow{QStringLiteral("Password"), a.password, {}}
                  << SheetRow{QStringLiteral("Expiry (mins)"), QStringLiteral("60"), {}}
                  << SheetRow{QStringLiteral("Registration required"), yesNo(true), {}};
        SheetSection uri{screen + QStringLiteral(" > SIP URI"), QCoreApplication::translate("AvayaExport", "Add one channel (URI) for all numbers."), {}, {}, {}};
        uri.rows << SheetRow{QStringLiteral("Local URI"), QStringLiteral("Use Internal Data"), QCoreApplication::translate("AvayaExport", "Give every user a SIP Name that is one of the trunk's caller-ID numbers.")}
                 << SheetRow{QStringLiteral("Contact"), QStringLiteral("Use Credentials Contact"), {}}
                 << SheetRow{QStringLiteral("Display Name"), QStringLiteral("Use Internal Data"), {}}
                 << SheetRow{QStringLiteral("PAI"), QStringLiteral("Use Internal Data"), QCoreApplication::translate("AvayaExport", "Centrale takes the caller ID from P-Asserted-Identity.")}
                 << SheetRow{QStringLiteral("Registration"), QStringLiteral("1: ") + a.username, {}}
                 << SheetRow{QStringLiteral("Incoming Group"), group, {}}
                 << SheetRow{QStringLiteral("Outgoing Group"), group, {}}
                 << SheetRow{QStringLiteral("Max Calls per Channel"), QString::number(l.channels), {}};
        SheetSection voip{screen + QStringLiteral(" > VoIP"), {}, {}, {}, {}};
        voip.rows << SheetRow{QStringLiteral("Codec Selection"), QStringLiteral("Custom: G.711 ALAW 64K, G.711 ULAW 64K"), {}}
                  << SheetRow{QStringLiteral("Fax Transport Support"), QStringLiteral("None"), {}}
                  << SheetRow{QStringLiteral("DTMF Support"), QStringLiteral("RFC2833/RFC4733"), {}}
                  << SheetRow{QStringLiteral("Re-invite Supported"), yesNo(false), {}};
        sheet.sections << sipLine << transport << cred << uri << voip;
    }
    SheetSection ars{QStringLiteral("ARS > centrale-") + l.slug, QCoreApplication::translate("AvayaExport", "Numbers leave in the form %1 (the trunk's number format).").arg(l.pbxNumber(QString::number(l.countryCode) + QStringLiteral("…"))),
                     {}, {}, {}};
    ars.rows << SheetRow{QStringLiteral("Route Name"), QStringLiteral("centrale-") + l.slug, {}};
    if (groups.size() > 1)
        ars.rows << SheetRow{QStringLiteral("Alternate Route"), QStringLiteral("centrale-") + l.slug + QStringLiteral("-2"),
                             QCoreApplication::translate("AvayaExport", "A second ARS entry, identical but with Line Group Id %1.").arg(groups.at(1))}
                 << SheetRow{QStringLiteral("Alternate Route Priority Level"), QStringLiteral("1"), {}}
                 << SheetRow{QStringLiteral("Alternate Route Wait Time"), QStringLiteral("10"), {}};
    ars.tableHeader = {QStringLiteral("Code"), QStringLiteral("Telephone Number"), QStringLiteral("Feature"), QStringLiteral("Line Group Id")};
    for (const auto &r : dialRules(l)) {
        // N is whatever follows the code; a prefix that is part of the number (31…) is put back.
        const QString number = r.prepend + (r.strip == 0 ? r.prefix : QString()) + QLatin1Char('N');
        ars.tableRows << QStringList{r.prefix + QStringLiteral("N;"), number, QStringLiteral("Dial"), groups.first()};
    }
    SheetSection icr{QStringLiteral("Incoming Call Route"), QCoreApplication::translate("AvayaExport", "One route per number; choose the destination."), {}, {}, {}};
    icr.tableHeader = {QStringLiteral("Line Group ID"), QStringLiteral("Incoming Number"), QStringLiteral("Destination")};
    for (const auto &n : l.inboundNumbers())
        for (const auto &g : groups)
            icr.tableRows << QStringList{g, l.pbxNumber(n.digits), QCoreApplication::translate("AvayaExport", "(your choice)")};
    sheet.sections << ars << icr;
    return sheet.files(QStringLiteral("avaya-") + l.slug);
}

} // namespace centrale::exporters
