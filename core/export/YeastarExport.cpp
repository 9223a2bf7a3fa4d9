// Yeastar MyPBX / S-series: a VoIP (register) trunk per Centrale account with the
// field names of "Edit VoIP Trunk", outbound routes with both trunks as members
// (primary first) and inbound routes per DID (seed appendix 4a/4b).
#include "export/Generators.h"
#include "export/SheetCommon.h"

#include <QCoreApplication>

namespace centrale::exporters {

namespace {
QString trunkName(const ExportLine &, const ExportAccount &a) { return a.section; } // unique per trunk: several trunks may share one PBX
} // namespace

Result<ExportFiles> yeastar(const ExportInput &in)
{
    auto line = exportLine(in);
    if (!line)
        return line.error();
    const ExportLine &l = line.value();
    Sheet sheet = sheetFor(l, QStringLiteral("Yeastar MyPBX / S-series"));
    QStringList members;
    for (const auto &a : l.accounts) {
        const QString name = trunkName(l, a);
        members << name;
        SheetSection t{QStringLiteral("PBX > Trunks > VoIP Trunk > Add (%1)").arg(name),
                       QCoreApplication::translate("YeastarExport", "%1. Trunk type: Register trunk (S-series: \"Register Trunk\").").arg(accountLabel(a)), {}, {}, {}};
        t.rows << SheetRow{QStringLiteral("Provider Name"), name, {}}
               << SheetRow{QStringLiteral("Hostname/IP"), a.host, {}}
               << SheetRow{QStringLiteral("Port"), QString::number(a.port), {}}
               << SheetRow{QStringLiteral("Domain"), a.host, {}}
               << SheetRow{QStringLiteral("User Name"), a.username, {}}
               << SheetRow{QStringLiteral("Authorization Name"), a.username, {}}
               << SheetRow{QStringLiteral("Password"), a.password, {}}
               << SheetRow{QStringLiteral("From User"), QString(), QCoreApplication::translate("YeastarExport", "Empty: the caller ID goes in From.")}
               << SheetRow{QStringLiteral("Caller ID"), l.defaultCallerId(), {}}
               << SheetRow{QStringLiteral("Realm"), l.realm, {}}
               << SheetRow{QStringLiteral("Enable Outbound Proxy Server"), yesNo(false), {}}
               << SheetRow{QStringLiteral("Maximum Channels"), QString::number(l.channels), {}}
               << SheetRow{QStringLiteral("Codecs: First"), QStringLiteral("a-law"), {}}
               << SheetRow{QStringLiteral("Codecs: Second"), QStringLiteral("u-law"), {}}
               << SheetRow{QStringLiteral("Codecs: Third"), QStringLiteral("None"), {}}
               << SheetRow{QStringLiteral("Qualify"), yesNo(true), {}}
               << SheetRow{QStringLiteral("Transport"), QStringLiteral("UDP"), {}}
               << SheetRow{QStringLiteral("Enable SRTP"), yesNo(false), {}}
               << SheetRow{QStringLiteral("DTMF Mode"), QStringLiteral("RFC2833"), {}}
               << SheetRow{QStringLiteral("T.38 Support"), yesNo(false), {}};
        SheetSection dod{QStringLiteral("%1 > DOD Settings").arg(name),
                         QCoreApplication::translate("YeastarExport", "Per extension the number it calls out with (only the trunk's caller-ID numbers)."), {}, {}, {}};
        dod.tableHeader = {QStringLiteral("DOD"), QStringLiteral("Associated Extension")};
        for (const auto &n : l.callerIdNumbers())
            dod.tableRows << QStringList{l.pbxNumber(n.digits), QCoreApplication::translate("YeastarExport", "(your choice)")};
        sheet.sections << t << dod;
    }
    SheetSection out{QStringLiteral("PBX > Call Control > Outbound Routes"),
                     QCoreApplication::translate("YeastarExport", "Member Trunks in this order: the second is used only when the first fails. Select the Member Extensions that may call out."),
                     {}, {}, {}};
    out.tableHeader = {QStringLiteral("Route Name"), QStringLiteral("Dial Pattern"), QStringLiteral("Strip"), QStringLiteral("Prepend these digits"), QStringLiteral("Member Trunks")};
    for (const auto &r : dialRules(l)) {
        // Yeastar patterns: X any digit, Z 1-9, '.' one or more; the prefix is part of the pattern.
        out.tableRows << QStringList{r.name, r.prefix + QStringLiteral("ZXXXXXX."), QString::number(r.strip), r.prepend, members.join(QStringLiteral(", "))};
    }
    SheetSection inb{QStringLiteral("PBX > Call Control > Inbound Routes"), QCoreApplication::translate("YeastarExport", "One route per number; choose the destination."), {}, {}, {}};
    inb.tableHeader = {QStringLiteral("Route Name"), QStringLiteral("DID Pattern"), QStringLiteral("Member Trunks"), QStringLiteral("Destination")};
    for (const auto &n : l.inboundNumbers())
        inb.tableRows << QStringList{QStringLiteral("centrale-") + n.digits, l.pbxNumber(n.digits), members.join(QStringLiteral(", ")), QCoreApplication::translate("YeastarExport", "(your choice)")};
    sheet.sections << out << inb;
    return sheet.files(QStringLiteral("yeastar-") + l.slug);
}

} // namespace centrale::exporters
