// FreePBX / Elastix: a PJSIP trunk per Centrale account (FreePBX 14+), the chan_sip
// PEER details and register string for older systems, an outbound route with both
// trunks in sequence and one inbound route per DID. The dial patterns also come as
// the CSV that the outbound route's "Import Dial Patterns" accepts.
#include "export/Generators.h"
#include "export/SheetCommon.h"

#include <QCoreApplication>

namespace centrale::exporters {

namespace {
QString trunkName(const ExportLine &, const ExportAccount &a) { return a.section; } // unique per trunk: several trunks may share one PBX

// FreePBX patterns: X any digit, Z 1-9, '.' one or more; the prefix is stripped.
QString matchPattern(const DialRule &) { return QStringLiteral("ZXXXXXX."); }
} // namespace

Result<ExportFiles> freePbx(const ExportInput &in)
{
    auto line = exportLine(in);
    if (!line)
        return line.error();
    const ExportLine &l = line.value();
    Sheet sheet = sheetFor(l, QStringLiteral("FreePBX / Elastix"));

    for (const auto &a : l.accounts) {
        const QString name = trunkName(l, a);
        SheetSection gen{QStringLiteral("Connectivity > Trunks > Add SIP (chan_pjsip) Trunk > General"),
                         QCoreApplication::translate("FreePbxExport", "%1: trunk %2.").arg(accountLabel(a), name), {}, {}, {}};
        gen.rows << SheetRow{QStringLiteral("Trunk Name"), name, {}}
                 << SheetRow{QStringLiteral("Outbound CallerID"), l.defaultCallerId(), {}}
                 << SheetRow{QStringLiteral("CID Options"), QStringLiteral("Block Foreign CIDs"), QCoreApplication::translate("FreePbxExport", "Centrale refuses caller IDs that are not the trunk's.")}
                 << SheetRow{QStringLiteral("Maximum Channels"), QString::number(l.channels), {}}
                 << SheetRow{QStringLiteral("Continue if Busy"), QStringLiteral("No"), {}}
                 << SheetRow{QStringLiteral("Disable Trunk"), QStringLiteral("No"), {}};
        SheetSection pj{QStringLiteral("Trunks > %1 > pjsip Settings > General").arg(name), {}, {}, {}, {}};
        pj.rows << SheetRow{QStringLiteral("Username"), a.username, {}}
                << SheetRow{QStringLiteral("Auth username"), a.username, {}}
                << SheetRow{QStringLiteral("Secret"), a.password, {}}
                << SheetRow{QStringLiteral("Authentication"), QStringLiteral("Outbound"), {}}
                << SheetRow{QStringLiteral("Registration"), QStringLiteral("Send"), {}}
                << SheetRow{QStringLiteral("SIP Server"), a.host, {}}
                << SheetRow{QStringLiteral("SIP Server Port"), QString::number(a.port), {}}
                << SheetRow{QStringLiteral("Context"), QStringLiteral("from-pstn"), {}}
                << SheetRow{QStringLiteral("Transport"), QStringLiteral("0.0.0.0-udp"), {}};
        SheetSection pjAdv{QStringLiteral("Trunks > %1 > pjsip Settings > Advanced").arg(name), {}, {}, {}, {}};
        pjAdv.rows << SheetRow{QStringLiteral("DTMF Mode"), QStringLiteral("RFC 4733"), {}}
                   << SheetRow{QStringLiteral("Qualify Frequency"), QStringLiteral("60"), {}}
                   << SheetRow{QStringLiteral("Match (Permit)"), a.host, {}}
                   << SheetRow{QStringLiteral("Send RPID/PAI"), QStringLiteral("Send P-Asserted-Identity header"), {}}
                   << SheetRow{QStringLiteral("Trust RPID/PAI"), QStringLiteral("Yes"), {}};
        SheetSection codecs{QStringLiteral("Trunks > %1 > pjsip Settings > Codecs").arg(name), {}, {}, {}, {}};
        codecs.rows << SheetRow{QStringLiteral("Codecs"), QStringLiteral("alaw, ulaw"), QCoreApplication::translate("FreePbxExport", "In this order; untick the others.")};

        // Elastix and FreePBX before 14 only have chan_sip trunks.
        SheetSection sip{QStringLiteral("Trunks > Add SIP (chan_sip) Trunk > Outgoing Settings"),
                         QCoreApplication::translate("FreePbxExport", "Only for Elastix or FreePBX before version 14 (chan_sip); skip when you entered the pjsip trunk above."), {}, {}, {}};
        sip.rows << SheetRow{QStringLiteral("Trunk Name"), name, {}};
        const QStringList peer{QStringLiteral("type=peer"), QStringLiteral("host=") + a.host, QStringLiteral("port=") + QString::number(a.port),
                               QStringLiteral("defaultuser=") + a.username, QStringLiteral("secret=") + a.password, QStringLiteral("insecure=invite"),
                               QStringLiteral("qualify=yes"), QStringLiteral("directmedia=no"), QStringLiteral("sendrpid=pai"), QStringLiteral("trustrpid=yes"),
                               QStringLiteral("disallow=all"), QStringLiteral("allow=alaw&ulaw"), QStringLiteral("dtmfmode=rfc2833"),
                               QStringLiteral("call-limit=") + QString::number(l.channels), QStringLiteral("context=from-pstn")};
        for (const auto &p : peer)
            sip.rows << SheetRow{QStringLiteral("PEER Details"), p, {}};
        sip.rows << SheetRow{QStringLiteral("USER Context"), QString(), QCoreApplication::translate("FreePbxExport", "Leave empty: Centrale does not register to the PBX.")}
                 << SheetRow{QStringLiteral("Register String"), QStringLiteral("%1:%2@%3/%1").arg(a.username, a.password, a.server), {}};
        sheet.sections << gen << pj << pjAdv << codecs << sip;
    }

    SheetSection route{QStringLiteral("Connectivity > Outbound Routes > Add Outbound Route"), {}, {}, {}, {}};
    route.rows << SheetRow{QStringLiteral("Route Name"), QStringLiteral("centrale-") + l.slug, {}}
               << SheetRow{QStringLiteral("Route CID"), QString(), QCoreApplication::translate("FreePbxExport", "Empty: the extension's or the trunk's caller ID is used.")};
    for (int i = 0; i < l.accounts.size(); ++i)
        route.rows << SheetRow{QStringLiteral("Trunk Sequence for Matched Routes %1").arg(i), trunkName(l, l.accounts.at(i)), {}};
    SheetSection patterns{QStringLiteral("Outbound Routes > Dial Patterns"),
                          QCoreApplication::translate("FreePbxExport", "Or import freepbx-dial-patterns.csv with \"Import Dial Patterns\" on the route."), {}, {}, {}};
    patterns.tableHeader = {QStringLiteral("prepend"), QStringLiteral("prefix"), QStringLiteral("match pattern"), QStringLiteral("CallerID")};
    QString csv = QStringLiteral("prepend,prefix,match pattern,callerid\r\n");
    for (const auto &r : dialRules(l)) {
        // "31…" without + is matched whole (the country code is part of the number, not stripped).
        const QString prefix = r.strip == 0 ? QString() : r.prefix;
        const QString pattern = r.strip == 0 ? r.prefix + matchPattern(r) : matchPattern(r);
        patterns.tableRows << QStringList{r.prepend, prefix, pattern, QString()};
        csv += csvField(r.prepend) + QLatin1Char(',') + csvField(prefix) + QLatin1Char(',') + csvField(pattern) + QStringLiteral(",\r\n");
    }
    SheetSection inbound{QStringLiteral("Connectivity > Inbound Routes"), QCoreApplication::translate("FreePbxExport", "One route per number; choose the destination."), {}, {}, {}};
    inbound.tableHeader = {QStringLiteral("Description"), QStringLiteral("DID Number"), QStringLiteral("CallerID Number"), QStringLiteral("Set Destination")};
    for (const auto &n : l.inboundNumbers())
        inbound.tableRows << QStringList{QStringLiteral("centrale-") + n.digits, l.pbxNumber(n.digits), QString(), QCoreApplication::translate("FreePbxExport", "(your choice)")};
    SheetSection bulk{QCoreApplication::translate("FreePbxExport", "Bulk import"),
                      QCoreApplication::translate("FreePbxExport", "FreePBX's Bulk Handler imports extensions and DIDs but not trunks, so the trunks are entered by hand. Only the dial patterns come as a CSV file."),
                      {}, {}, {}};
    sheet.sections << route << patterns << inbound << bulk;
    ExportFiles files = sheet.files(QStringLiteral("freepbx-") + l.slug);
    files << ExportFile{QStringLiteral("freepbx-dial-patterns.csv"), csv};
    return files;
}

} // namespace centrale::exporters
