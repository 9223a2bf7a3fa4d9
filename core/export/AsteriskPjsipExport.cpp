// Asterisk PJSIP: one registration, auth, aor, endpoint and identify per Centrale
// server, so calls and registrations survive the loss of either server.
#include "export/AsteriskDialplan.h"
#include "export/Generators.h"

#include <QCoreApplication>

namespace centrale::exporters {

namespace {
QString option(const QString &name, const QString &value) { return name + QLatin1Char('=') + value + QLatin1Char('\n'); }

QString accountSections(const ExportLine &l, const ExportAccount &a)
{
    const QString auth = a.section + QStringLiteral("-auth");
    const QString uri = QStringLiteral("sip:") + a.server;
    QString s;
    s += QStringLiteral("; ") + QCoreApplication::translate("AsteriskExport", "%1 account %2 at %3").arg(a.label, a.username, a.server) + QLatin1Char('\n');
    s += QLatin1Char('[') + a.section + QStringLiteral("]\n");
    s += option(QStringLiteral("type"), QStringLiteral("registration"));
    s += option(QStringLiteral("server_uri"), uri);
    s += option(QStringLiteral("client_uri"), QStringLiteral("sip:") + a.username + QLatin1Char('@') + a.server);
    s += option(QStringLiteral("contact_user"), a.username);
    s += option(QStringLiteral("outbound_auth"), auth);
    s += option(QStringLiteral("expiration"), QStringLiteral("3600"));
    s += option(QStringLiteral("retry_interval"), QStringLiteral("60"));
    s += option(QStringLiteral("forbidden_retry_interval"), QStringLiteral("300"));
    s += option(QStringLiteral("fatal_retry_interval"), QStringLiteral("300"));
    s += option(QStringLiteral("max_retries"), QStringLiteral("10000"));
    s += option(QStringLiteral("auth_rejection_permanent"), QStringLiteral("no"));
    s += QLatin1Char('\n');

    s += QLatin1Char('[') + auth + QStringLiteral("]\n");
    s += option(QStringLiteral("type"), QStringLiteral("auth"));
    s += option(QStringLiteral("auth_type"), QStringLiteral("userpass"));
    s += option(QStringLiteral("username"), a.username);
    s += option(QStringLiteral("password"), asteriskValue(a.password));
    s += option(QStringLiteral("realm"), l.realm);
    s += QLatin1Char('\n');

    s += QLatin1Char('[') + a.section + QStringLiteral("]\n");
    s += option(QStringLiteral("type"), QStringLiteral("aor"));
    s += option(QStringLiteral("contact"), uri);
    s += option(QStringLiteral("qualify_frequency"), QStringLiteral("60"));
    s += option(QStringLiteral("qualify_timeout"), QStringLiteral("3.0"));
    s += QLatin1Char('\n');

    s += QLatin1Char('[') + a.section + QStringLiteral("]\n");
    s += option(QStringLiteral("type"), QStringLiteral("endpoint"));
    s += option(QStringLiteral("context"), asteriskInboundContext(l));
    s += option(QStringLiteral("disallow"), QStringLiteral("all"));
    s += option(QStringLiteral("allow"), QStringLiteral("alaw"));
    s += option(QStringLiteral("allow"), QStringLiteral("ulaw"));
    s += option(QStringLiteral("dtmf_mode"), QStringLiteral("rfc4733"));
    s += option(QStringLiteral("send_pai"), QStringLiteral("yes"));
    s += option(QStringLiteral("trust_id_outbound"), QStringLiteral("yes"));
    s += option(QStringLiteral("outbound_auth"), auth);
    s += option(QStringLiteral("aors"), a.section);
    s += option(QStringLiteral("direct_media"), QStringLiteral("no"));
    s += option(QStringLiteral("rtp_symmetric"), QStringLiteral("yes"));
    s += option(QStringLiteral("force_rport"), QStringLiteral("yes"));
    s += option(QStringLiteral("rewrite_contact"), QStringLiteral("yes"));
    s += option(QStringLiteral("device_state_busy_at"), QString::number(l.channels));
    s += QLatin1Char('\n');

    s += QLatin1Char('[') + a.section + QStringLiteral("-identify]\n");
    s += option(QStringLiteral("type"), QStringLiteral("identify"));
    s += option(QStringLiteral("endpoint"), a.section);
    // Both servers may share one address: the port tells them apart (Asterisk 16.8+).
    s += option(QStringLiteral("match"), a.server);
    return s;
}
} // namespace

Result<ExportFiles> asteriskPjsip(const ExportInput &in)
{
    auto line = exportLine(in);
    if (!line)
        return line.error();
    const ExportLine &l = line.value();
    QString conf;
    conf += QStringLiteral("; ") + QCoreApplication::translate("AsteriskExport", "Centrale export for %1: PJSIP (Asterisk 16.8 or later).").arg(l.name) + QLatin1Char('\n');
    conf += QStringLiteral("; ") + QCoreApplication::translate("AsteriskExport", "Append to pjsip.conf (or #include it). It needs a UDP transport (type=transport, protocol=udp).") + QLatin1Char('\n');
    for (const auto &a : l.accounts)
        conf += QLatin1Char('\n') + accountSections(l, a);
    return ExportFiles{ExportFile{QStringLiteral("pjsip.conf"), conf}, ExportFile{QStringLiteral("extensions.conf"), asteriskExtensions(l, QStringLiteral("PJSIP"))}};
}

} // namespace centrale::exporters
