// Softphones for phone accounts: a baresip "accounts" line and a Linphone
// linphonerc proxy/auth section. Both register to the primary server.
#include "export/ExportLine.h"
#include "export/Generators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace centrale::exporters {

namespace {
Result<ExportLine> phoneLine(const ExportInput &in, const char *format)
{
    if (!in.phone)
        return Result<ExportLine>::fail(QCoreApplication::translate("Export", "The %1 format is for phone accounts, not trunks.").arg(QLatin1String(format)));
    return exportLine(in);
}
} // namespace

Result<ExportFiles> baresip(const ExportInput &in)
{
    auto line = phoneLine(in, "baresip");
    if (!line)
        return line.error();
    const ExportLine &l = line.value();
    const ExportAccount &a = l.accounts.first();
    // baresip's account parameters end at ';' or white space and cannot be quoted.
    static const QRegularExpression unsafe(QStringLiteral("[;\\s<>\"]"));
    const bool unusable = in.passwords.contains(a.username) && a.password.contains(unsafe);
    const bool withSecret = in.passwords.contains(a.username) && !unusable;
    QString s;
    s += QStringLiteral("# ") + QCoreApplication::translate("SoftphoneExport", "Centrale export for %1: baresip accounts file.").arg(l.name) + QLatin1Char('\n');
    // A placeholder inside the line would break baresip's parser; without auth_pass it asks for the password.
    if (unusable)
        s += QStringLiteral("# ") + QCoreApplication::translate("SoftphoneExport", "The password contains ';', '<', '>', '\"' or white space, which an accounts line cannot carry: type it when baresip asks.") + QLatin1Char('\n');
    else if (!withSecret)
        s += QStringLiteral("# ") + QCoreApplication::translate("SoftphoneExport", "Password not exported: add ;auth_pass=PASSWORD or type it when baresip asks.") + QLatin1Char('\n');
    s += QStringLiteral("\"%1\" <sip:%2@%3;transport=udp>;auth_user=%2").arg(l.name, a.username, a.server);
    if (withSecret)
        s += QStringLiteral(";auth_pass=") + a.password;
    s += QStringLiteral(";regint=3600;audio_codecs=pcma,pcmu;dtmfmode=rtpevent;answermode=manual\n");
    return ExportFiles{ExportFile{QStringLiteral("accounts"), s}};
}

Result<ExportFiles> linphone(const ExportInput &in)
{
    auto line = phoneLine(in, "linphone");
    if (!line)
        return line.error();
    const ExportLine &l = line.value();
    const ExportAccount &a = l.accounts.first();
    QString s;
    s += QStringLiteral("# ") + QCoreApplication::translate("SoftphoneExport", "Centrale export for %1: add to linphonerc (renumber proxy_0/auth_info_0 if taken).").arg(l.name) + QLatin1Char('\n');
    s += QStringLiteral("[proxy_0]\n");
    s += QStringLiteral("reg_proxy=<sip:%1;transport=udp>\n").arg(a.server);
    s += QStringLiteral("reg_identity=\"%1\" <sip:%2@%3>\n").arg(l.name, a.username, a.server);
    s += QStringLiteral("realm=%1\n").arg(l.realm);
    s += QStringLiteral("reg_expires=3600\n");
    s += QStringLiteral("reg_sendregister=1\n");
    s += QStringLiteral("publish=0\n");
    s += QStringLiteral("dial_escape_plus=0\n\n");
    s += QStringLiteral("[auth_info_0]\n");
    s += QStringLiteral("username=%1\n").arg(a.username);
    s += QStringLiteral("userid=%1\n").arg(a.username);
    s += QStringLiteral("passwd=%1\n").arg(a.password);
    s += QStringLiteral("realm=%1\n").arg(l.realm);
    s += QStringLiteral("domain=%1\n").arg(a.server);
    s += QStringLiteral("algorithm=MD5\n");
    return ExportFiles{ExportFile{QStringLiteral("linphonerc"), s}};
}

} // namespace centrale::exporters
