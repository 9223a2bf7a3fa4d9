// 3CX (v12.5 and later): the fields of the seed's appendix 1, one VoIP provider per
// Centrale account, inbound rules per DID and outbound rules with the secondary
// provider as backup route.
#include "export/Generators.h"
#include "export/SheetCommon.h"

#include <QCoreApplication>

namespace centrale::exporters {

namespace {

QString providerName(const ExportLine &, const ExportAccount &a) { return a.section; } // unique per trunk: several trunks may share one PBX
} // namespace

Result<ExportFiles> threeCx(const ExportInput &in)
{
    auto line = exportLine(in);
    if (!line)
        return line.error();
    const ExportLine &l = line.value();
    Sheet sheet = sheetFor(l, QStringLiteral("3CX"));
    QStringList dids;
    for (const auto &n : l.inboundNumbers())
        dids << l.pbxNumber(n.digits);

    for (const auto &a : l.accounts) {
        const QString provider = providerName(l, a);
        SheetSection gen{QStringLiteral("VoIP Providers > %1 > General").arg(provider),
                         QCoreApplication::translate("ThreeCxExport", "Add Provider: Country \"Generic\", Provider \"Generic VoIP Provider\"; name it %1 (%2).").arg(provider, accountLabel(a)), {}, {}, {}};
        gen.rows << SheetRow{QStringLiteral("SIP server hostname or IP"), a.host, {}}
                 << SheetRow{QStringLiteral("SIP server port"), QString::number(a.port), {}}
                 << SheetRow{QStringLiteral("Outbound proxy hostname or IP"), a.host, {}}
                 << SheetRow{QStringLiteral("Outbound proxy port (default is 5060)"), QString::number(a.port), {}}
                 << SheetRow{QStringLiteral("External Number"), l.defaultCallerId(), QCoreApplication::translate("ThreeCxExport", "The number shown when an extension has no caller ID of its own.")}
                 << SheetRow{QStringLiteral("Authentication ID"), a.username, {}}
                 << SheetRow{QStringLiteral("Authentication Password"), a.password, {}}
                 << SheetRow{QStringLiteral("Maximum Simultaneous Calls"), QString::number(l.channels), {}};
        SheetSection adv{QStringLiteral("VoIP Providers > %1 > Advanced").arg(provider), {}, {}, {}, {}};
        adv.rows << SheetRow{QStringLiteral("Require registration for"), QStringLiteral("In and outgoing calls"), {}}
                 << SheetRow{QStringLiteral("Which IP to use in 'Contact' field"), QStringLiteral("Local IP Address"), {}}
                 << SheetRow{QStringLiteral("Codec priority"), QStringLiteral("G.711 A-law, G.711 U-law"), QCoreApplication::translate("ThreeCxExport", "Remove the other codecs.")};
        SheetSection outp{QStringLiteral("VoIP Providers > %1 > Outbound Parameters").arg(provider),
                          QCoreApplication::translate("ThreeCxExport", "Centrale accepts only the trunk's caller-ID numbers in P-Asserted-Identity (or From)."), {}, {}, {}};
        outp.rows << SheetRow{QStringLiteral("From : User Part"), QStringLiteral("OutboundCallerId"), QCoreApplication::translate("ThreeCxExport", "outbound caller id taken from extension")}
                  << SheetRow{QStringLiteral("P-Asserted Identity : User Part"), QStringLiteral("OutboundCallerId"), QCoreApplication::translate("ThreeCxExport", "outbound caller id taken from extension")}
                  << SheetRow{QStringLiteral("P-Asserted Identity : Host Part"), QStringLiteral("GWHostPort"), QCoreApplication::translate("ThreeCxExport", "gateway/provider host/port")}
                  << SheetRow{QStringLiteral("Remote Party ID (all fields)"), QStringLiteral("Leave default value"), {}};
        SheetSection inp{QStringLiteral("VoIP Providers > %1 > Inbound Parameters").arg(provider), QCoreApplication::translate("ThreeCxExport", "No changes needed."), {}, {}, {}};
        SheetSection src{QStringLiteral("VoIP Providers > %1 > Source ID").arg(provider), {}, {}, {}, {}};
        src.rows << SheetRow{QStringLiteral("Source identification by DID"), yesNo(true), {}}
                 << SheetRow{QStringLiteral("SIP Field containing DID numbers"), QStringLiteral("Request Line URI : User Part"), {}};
        for (const auto &d : dids)
            src.rows << SheetRow{QStringLiteral("Source Identification by DID"), d, QCoreApplication::translate("ThreeCxExport", "Add DID")};
        SheetSection did{QStringLiteral("VoIP Providers > %1 > DID").arg(provider), {}, {}, {}, {}};
        for (const auto &d : dids)
            did.rows << SheetRow{QStringLiteral("DID Numbers"), d, {}};
        sheet.sections << gen << adv << outp << inp << src << did;
    }

    SheetSection inbound{QStringLiteral("Inbound Rules"), QCoreApplication::translate("ThreeCxExport", "One rule per number; 3CX creates them from the DID tab. Choose the destination per rule."), {}, {}, {}};
    inbound.tableHeader = {QStringLiteral("Inbound rule name"), QStringLiteral("DID/DDI number/mask"), QStringLiteral("Apply this rule to these ports"), QStringLiteral("Office Hours")};
    QStringList providers;
    for (const auto &a : l.accounts)
        providers << providerName(l, a);
    for (const auto &d : dids)
        inbound.tableRows << QStringList{d, d, providers.join(QStringLiteral(", ")), QCoreApplication::translate("ThreeCxExport", "Connect to Extension (your choice)")};

    SheetSection outbound{QStringLiteral("Outbound Rules"), QCoreApplication::translate("ThreeCxExport", "Route 1 is the primary provider, route 2 the secondary: 3CX uses it only when route 1 fails."), {}, {}, {}};
    outbound.tableHeader = {QStringLiteral("Rule Name"), QStringLiteral("Calls to numbers starting with prefix"), QStringLiteral("Calls to Numbers with a length of"),
                            QStringLiteral("Route 1"), QStringLiteral("Strip Digits"), QStringLiteral("Prepend"), QStringLiteral("Route 2"), QStringLiteral("Strip Digits"),
                            QStringLiteral("Prepend")};
    for (const auto &r : dialRules(l)) {
        QStringList row{r.name, r.prefix, QString(), providers.first(), QString::number(r.strip), r.prepend};
        if (providers.size() > 1)
            row << providers.at(1) << QString::number(r.strip) << r.prepend;
        else
            row << QStringLiteral("BLOCK CALLS") << QString() << QString();
        outbound.tableRows << row;
    }
    SheetSection tpl{QCoreApplication::translate("ThreeCxExport", "Provider template"),
                     QCoreApplication::translate("ThreeCxExport", "Not included: 3CX does not publish the format of its provider template files, so a generated one could not be checked. Use \"Generic VoIP Provider\" as above."),
                     {}, {}, {}};
    sheet.sections << inbound << outbound << tpl;
    return sheet.files(QStringLiteral("3cx-") + l.slug);
}

} // namespace centrale::exporters
