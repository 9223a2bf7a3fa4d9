// Asterisk chan_sip (1.8 to 20) for older systems: the seed's example, corrected
// (option spellings, deprecated canreinvite/type=friend, a whitelist of Centrale's
// own servers instead of the old provider range).
#include "export/AsteriskDialplan.h"
#include "export/Generators.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace centrale::exporters {

namespace {
QString option(const QString &name, const QString &value) { return name + QLatin1Char('=') + value + QLatin1Char('\n'); }
} // namespace

Result<ExportFiles> asteriskChanSip(const ExportInput &in)
{
    auto line = exportLine(in);
    if (!line)
        return line.error();
    const ExportLine &l = line.value();
    QString s;
    s += QStringLiteral("; ") + QCoreApplication::translate("AsteriskExport", "Centrale export for %1: chan_sip (Asterisk 1.8 to 20).").arg(l.name) + QLatin1Char('\n');
    s += QStringLiteral("; ") + QCoreApplication::translate("AsteriskExport", "Put the register lines into the existing [general] section of sip.conf; append the peers.") + QLatin1Char('\n');
    s += QStringLiteral("\n[general]\n");
    for (const auto &a : l.accounts) {
        // The register string is user:secret@host:port/contact; these characters would split it wrongly.
        if (a.password.contains(QRegularExpression(QStringLiteral("[:@/~]"))))
            s += QStringLiteral("; ") + QCoreApplication::translate("AsteriskExport", "The password of %1 contains : @ / or ~, which a register line cannot carry: give the account another password in Centrale.").arg(a.username) + QLatin1Char('\n');
        s += QStringLiteral("register => %1:%2@%3/%1\n").arg(a.username, asteriskValue(a.password), a.server);
    }
    for (const auto &a : l.accounts) {
        s += QLatin1Char('\n');
        s += QStringLiteral("; ") + QCoreApplication::translate("AsteriskExport", "%1 account %2 at %3").arg(a.label, a.username, a.server) + QLatin1Char('\n');
        s += QLatin1Char('[') + a.section + QStringLiteral("]\n");
        s += option(QStringLiteral("type"), QStringLiteral("peer"));
        s += option(QStringLiteral("host"), a.host);
        s += option(QStringLiteral("port"), QString::number(a.port));
        s += option(QStringLiteral("defaultuser"), a.username);
        s += option(QStringLiteral("secret"), asteriskValue(a.password));
        s += option(QStringLiteral("context"), asteriskInboundContext(l));
        s += option(QStringLiteral("call-limit"), QString::number(l.channels));
        // Calls from Centrale come without authentication; matching on address and port
        // (no "port" here) keeps the two servers apart even on one address.
        s += option(QStringLiteral("insecure"), QStringLiteral("invite"));
        if (const QHostAddress ip(a.host); ip.protocol() == QAbstractSocket::IPv4Protocol) {
            s += option(QStringLiteral("deny"), QStringLiteral("0.0.0.0/0.0.0.0"));
            s += option(QStringLiteral("permit"), a.host + QStringLiteral("/255.255.255.255"));
        }
        s += option(QStringLiteral("qualify"), QStringLiteral("yes"));
        s += option(QStringLiteral("qualifyfreq"), QStringLiteral("60"));
        s += option(QStringLiteral("directmedia"), QStringLiteral("no"));
        s += option(QStringLiteral("sendrpid"), QStringLiteral("pai"));
        s += option(QStringLiteral("trustrpid"), QStringLiteral("yes"));
        s += option(QStringLiteral("disallow"), QStringLiteral("all"));
        s += option(QStringLiteral("allow"), QStringLiteral("alaw"));
        s += option(QStringLiteral("allow"), QStringLiteral("ulaw"));
        s += option(QStringLiteral("dtmfmode"), QStringLiteral("rfc2833"));
        s += option(QStringLiteral("rtptimeout"), QStringLiteral("60"));
    }
    return ExportFiles{ExportFile{QStringLiteral("sip.conf"), s}, ExportFile{QStringLiteral("extensions.conf"), asteriskExtensions(l, QStringLiteral("SIP"))}};
}

} // namespace centrale::exporters
