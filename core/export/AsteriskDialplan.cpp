#include "export/AsteriskDialplan.h"

#include <QCoreApplication>

namespace centrale {

QString asteriskInboundContext(const ExportLine &line) { return QStringLiteral("from-centrale-") + line.slug; }
QString asteriskOutboundContext(const ExportLine &line) { return QStringLiteral("to-centrale-") + line.slug; }

QString asteriskValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    return v;
}

namespace {
QString comment(const QString &text) { return QStringLiteral("; ") + text + QLatin1Char('\n'); }
} // namespace

QString asteriskExtensions(const ExportLine &l, const QString &tech)
{
    const QString out = asteriskOutboundContext(l);
    const QString dial = QStringLiteral("centrale-dial-") + l.slug;
    const QString in = asteriskInboundContext(l);
    const QString cc = QString::number(l.countryCode);
    QString s;
    s += comment(QCoreApplication::translate("AsteriskExport", "Centrale export for %1: dialplan.").arg(l.name));
    s += comment(QCoreApplication::translate("AsteriskExport", "Add \"include => %1\" to the context of the phones that may call out.").arg(out));
    s += QLatin1Char('\n');

    s += QLatin1Char('[') + out + QStringLiteral("]\n");
    s += comment(QCoreApplication::translate("AsteriskExport", "E.164 with +"));
    s += QStringLiteral("exten => _+ZXXXXXX.,1,Goto(%1,${EXTEN:1},1)\n").arg(dial);
    s += comment(QCoreApplication::translate("AsteriskExport", "International with 00"));
    s += QStringLiteral("exten => _00ZXXXXXX.,1,Goto(%1,${EXTEN:2},1)\n").arg(dial);
    s += comment(QCoreApplication::translate("AsteriskExport", "National with 0 (country code %1)").arg(cc));
    s += QStringLiteral("exten => _0ZXXXXXX.,1,Goto(%1,%2${EXTEN:1},1)\n").arg(dial, cc);
    s += comment(QCoreApplication::translate("AsteriskExport", "E.164 without + or 00"));
    s += QStringLiteral("exten => _ZXXXXXXX.,1,Goto(%1,${EXTEN},1)\n").arg(dial);
    s += QLatin1Char('\n');

    // Here EXTEN is the E.164 number without +; it leaves in the trunk's number format.
    const QString num = l.format == NumberFormat::Plus ? QStringLiteral("+${EXTEN}") : QStringLiteral("${EXTEN}");
    s += QLatin1Char('[') + dial + QStringLiteral("]\n");
    const auto cids = l.callerIdNumbers();
    if (!cids.isEmpty()) {
        QStringList alternatives;
        for (const auto &n : cids)
            alternatives << n.digits;
        s += comment(QCoreApplication::translate("AsteriskExport", "Centrale only accepts the trunk's caller-ID numbers; anything else becomes %1.").arg(l.defaultCallerId()));
        s += QStringLiteral("exten => _X.,1,ExecIf($[${REGEX(\"^[+]?(%1)$\" ${CALLERID(num)})} = 0]?Set(CALLERID(num)=%2))\n")
                 .arg(alternatives.join(QLatin1Char('|')), l.defaultCallerId());
    } else {
        s += QStringLiteral("exten => _X.,1,NoOp(Centrale %1)\n").arg(l.name);
    }
    const auto &primary = l.accounts.first();
    s += QStringLiteral(" same => n,Dial(%1/%2@%3)\n").arg(tech, num, primary.section);
    if (l.accounts.size() > 1) {
        s += comment(QCoreApplication::translate("AsteriskExport", "Only when the primary server cannot be reached: the secondary."));
        s += QStringLiteral(" same => n,GotoIf($[\"${DIALSTATUS}\" = \"CHANUNAVAIL\" | \"${DIALSTATUS}\" = \"CONGESTION\"]?secondary)\n");
        s += QStringLiteral(" same => n,Hangup()\n");
        s += QStringLiteral(" same => n(secondary),Dial(%1/%2@%3)\n").arg(tech, num, l.accounts.at(1).section);
    }
    s += QStringLiteral(" same => n,Hangup()\n\n");

    s += QLatin1Char('[') + in + QStringLiteral("]\n");
    s += comment(QCoreApplication::translate("AsteriskExport", "Calls from Centrale arrive with the dialled number (DID) as the extension."));
    for (const auto &n : l.inboundNumbers())
        s += QStringLiteral("exten => %1,1,Goto(centrale-did-%2,s,1)\n").arg(l.pbxNumber(n.digits), n.digits);
    s += comment(QCoreApplication::translate("AsteriskExport", "Any other number: unallocated (404)."));
    s += QStringLiteral("exten => _[+0-9].,1,Hangup(1)\n");
    for (const auto &n : l.inboundNumbers()) {
        s += QStringLiteral("\n[centrale-did-%1]\n").arg(n.digits);
        s += comment(QCoreApplication::translate("AsteriskExport", "Calls to +%1: replace the lines below with the destination (extension, queue, IVR).").arg(n.digits));
        s += QStringLiteral("exten => s,1,NoOp(Centrale call for +%1 from ${CALLERID(num)})\n").arg(n.digits);
        s += QStringLiteral(" same => n,Answer()\n");
        s += QStringLiteral(" same => n,Playback(hello-world)\n");
        s += QStringLiteral(" same => n,Hangup()\n");
    }
    return s;
}

} // namespace centrale
