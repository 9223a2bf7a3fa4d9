// Kamailio as the PBX side: uac module registrations (uacreg rows, schema version 5
// as in Kamailio 5.6) and a config snippet that loads uac and reads them.
#include "export/ExportLine.h"
#include "export/Generators.h"

#include <QCoreApplication>

namespace centrale::exporters {

namespace {
QString sql(const QString &s)
{
    QString v = s;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// Where this Kamailio receives calls: the first single address of the PBX whitelist.
QString contactAddress(const ExportLine &l)
{
    for (const auto &n : l.pbxAddresses)
        if (n.isIPv4() && n.prefixLength() == 32)
            return n.address().toString() + QStringLiteral(":5060");
    return QStringLiteral("127.0.0.1:5060");
}
} // namespace

Result<ExportFiles> kamailio(const ExportInput &in)
{
    auto line = exportLine(in);
    if (!line)
        return line.error();
    const ExportLine &l = line.value();

    QString rows;
    rows += QStringLiteral("-- ") + QCoreApplication::translate("KamailioExport", "Centrale export for %1: uacreg rows for Kamailio's uac module (5.6).").arg(l.name) + QLatin1Char('\n');
    rows += QStringLiteral("-- ") + QCoreApplication::translate("KamailioExport", "Load into the database named by reg_db_url, then run: kamcmd uac.reg_reload") + QLatin1Char('\n');
    for (const auto &a : l.accounts) {
        const QString uuid = QStringLiteral("centrale-") + a.section;
        rows += QStringLiteral("DELETE FROM uacreg WHERE l_uuid = %1;\n").arg(sql(uuid));
        rows += QStringLiteral("INSERT INTO uacreg (l_uuid, l_username, l_domain, r_username, r_domain, realm, auth_username, auth_password, auth_ha1, auth_proxy, expires, flags, reg_delay)\n"
                               "  VALUES (%1, %2, %3, %2, %4, %5, %2, %6, '', %7, 3600, 0, 0);\n")
                    .arg(sql(uuid), sql(a.username), sql(l.slug), sql(a.host), sql(l.realm), sql(a.password), sql(QStringLiteral("sip:") + a.server));
    }

    // The same rows for db_text, the database module Debian's kamailio package ships:
    // the export folder itself can serve as DBURL "text:///that/folder".
    QString dbtext = QStringLiteral("id(int,auto) l_uuid(string) l_username(string) l_domain(string) r_username(string) r_domain(string) realm(string) "
                                    "auth_username(string) auth_password(string) auth_ha1(string,null) auth_proxy(string) expires(int) flags(int) reg_delay(int) "
                                    "contact_addr(string,null) socket(string,null) \n");
    int id = 1;
    for (const auto &a : l.accounts) {
        const QStringList values{QString::number(id++), QStringLiteral("centrale-") + a.section, a.username, l.slug, a.username, a.host, l.realm, a.username,
                                 a.password, QString(), QStringLiteral("sip:") + a.server, QStringLiteral("3600"), QStringLiteral("0"), QStringLiteral("0"), QString(), QString()};
        QStringList escaped;
        for (QString v : values) {
            v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char(':'), QStringLiteral("\\:")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
            escaped << v;
        }
        dbtext += escaped.join(QLatin1Char(':')) + QLatin1Char('\n');
    }
    const QString version = QStringLiteral("id(int,auto) table_name(string) table_version(int) \n1:version:1\n2:uacreg:5\n");

    const QString dbUrl = QStringLiteral("mysql://kamailio:kamailiorw@localhost/kamailio");
    QString cfg;
    cfg += QStringLiteral("# ") + QCoreApplication::translate("KamailioExport", "Centrale export for %1: registrations through the uac module.").arg(l.name) + QLatin1Char('\n');
    cfg += QStringLiteral("# ") + QCoreApplication::translate("KamailioExport", "include_file this after loadmodule \"tm.so\", \"rr.so\", \"pv.so\", \"xlog.so\" and your database module.") + QLatin1Char('\n');
    cfg += QStringLiteral("# ") + QCoreApplication::translate("KamailioExport", "Define DBURL and CENTRALE_CONTACT before it to override the defaults below.") + QLatin1Char('\n');
    cfg += QStringLiteral("# ") + QCoreApplication::translate("KamailioExport", "With db_text, DBURL can be \"text:///\" followed by the export folder (it holds the uacreg and version tables).") + QLatin1Char('\n');
    cfg += QStringLiteral("#!ifndef DBURL\n#!define DBURL \"%1\"\n#!endif\n").arg(dbUrl);
    cfg += QStringLiteral("#!ifndef CENTRALE_CONTACT\n#!define CENTRALE_CONTACT \"%1\"\n#!endif\n\n").arg(contactAddress(l));
    cfg += QStringLiteral("loadmodule \"uac.so\"\n");
    cfg += QStringLiteral("modparam(\"uac\", \"reg_db_url\", DBURL)\n");
    cfg += QStringLiteral("modparam(\"uac\", \"reg_db_table\", \"uacreg\")\n");
    cfg += QStringLiteral("modparam(\"uac\", \"reg_contact_addr\", CENTRALE_CONTACT)\n");
    cfg += QStringLiteral("modparam(\"uac\", \"reg_timer_interval\", 60)\n");
    cfg += QStringLiteral("modparam(\"uac\", \"reg_retry_interval\", 60)\n");
    cfg += QStringLiteral("modparam(\"uac\", \"reg_keep_callid\", 1)\n");
    cfg += QStringLiteral("modparam(\"uac\", \"auth_username_avp\", \"$avp(centrale_auser)\")\n");
    cfg += QStringLiteral("modparam(\"uac\", \"auth_password_avp\", \"$avp(centrale_apass)\")\n");
    cfg += QStringLiteral("modparam(\"uac\", \"auth_realm_avp\", \"$avp(centrale_arealm)\")\n\n");
    cfg += QStringLiteral("# ") + QCoreApplication::translate("KamailioExport", "Calls from Centrale reach the registered contact; route(CENTRALE_INBOUND) maps it back to the account.") + QLatin1Char('\n');
    cfg += QStringLiteral("route[CENTRALE_INBOUND] {\n"
                          "    if (uac_reg_lookup(\"$rU\", \"$ru\")) {\n"
                          "        xlog(\"L_INFO\", \"call from Centrale for $rU\\n\");\n"
                          "    }\n"
                          "}\n\n");
    cfg += QStringLiteral("# ") + QCoreApplication::translate("KamailioExport", "Calls out through Centrale: on 401/407 set the three $avp(centrale_*) to the account's username, password and realm, then uac_auth().") + QLatin1Char('\n');
    return ExportFiles{ExportFile{QStringLiteral("uacreg.sql"), rows}, ExportFile{QStringLiteral("kamailio-centrale.cfg"), cfg},
                       ExportFile{QStringLiteral("uacreg"), dbtext}, ExportFile{QStringLiteral("version"), version}};
}

} // namespace centrale::exporters
