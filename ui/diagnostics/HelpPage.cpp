#include "diagnostics/HelpPage.h"
#include "diagnostics/TraceMessage.h"
#include "domain/SettingsCatalog.h"
#include "store/SettingsRepository.h"

#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace centrale::ui {

HelpPage::HelpPage(const AppContext &ctx, QWidget *parent) : Page(parent), m_ctx(ctx), m_browser(new QTextBrowser(this))
{
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Help"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("page"))
            emit navigate(QStringLiteral("centrale::ui::") + url.path());
    });
    reload();
}

QString HelpPage::html() const { return m_browser->toHtml(); }

void HelpPage::reload()
{
    SettingsRepository settings(m_ctx.db);
    auto get = [&](const char *key) { return settings.get(QLatin1String(key)).toHtmlEscaped(); };
    QStringList servers;
    for (const char *key : {settingkeys::kPrimary, settingkeys::kSecondary, settingkeys::kPrimary6, settingkeys::kSecondary6}) {
        const QString v = settings.get(QLatin1String(key));
        if (v.isEmpty())
            continue;
        const auto e = diagnostics::parseEndpoint(v);
        servers << tr("<li>UDP %1 port %2 (SIP), both ways</li>").arg(e.ip.toHtmlEscaped()).arg(e.port);
    }
    const QString carrier = get(settingkeys::kUpstream);
    const QString hep = get(settingkeys::kHep);
    auto link = [](const QString &page, const QString &text) { return QStringLiteral("<a href=\"page:%1\">%2</a>").arg(page, text); };

    QString h;
    h += QStringLiteral("<h2>") + tr("Frequently asked questions") + QStringLiteral("</h2>");
    h += QStringLiteral("<p>") + tr("Most vague VoIP problems come from the network between the PBX and the servers: a router's SIP ALG, NAT, "
                                  "a firewall. Start with the connection check, then look at the SIP trace.") + QStringLiteral("</p>");

    h += QStringLiteral("<h3>") + tr("Firewall: what must be open") + QStringLiteral("</h3><p>") +
         tr("The PBX's firewall and the PBX itself must accept SIP from these addresses of this installation:") + QStringLiteral("</p><ul>") +
         servers.join(QString()) + QStringLiteral("</ul>");
    if (!carrier.isEmpty())
        h += QStringLiteral("<p>") + tr("Calls' media (RTP) flows directly between the PBX and the carrier %1: allow UDP from the carrier's media "
                                      "addresses to the PBX's RTP ports.").arg(carrier) + QStringLiteral("</p>");
    h += QStringLiteral("<ul><li>") + tr("Turn off SIP ALG (SIP helper) in the router and/or modem.") + QStringLiteral("</li><li>") +
         tr("Set up no port forwards for SIP or RTP in the router or modem.") + QStringLiteral("</li><li>") +
         tr("Shield port forwards for management (web interface, SSH) with a firewall.") + QStringLiteral("</li><li>") +
         tr("If IPv6 is active on the network or the PBX, the firewall must cover IPv6 too: an IPv6 address left open is a common way in.") +
         QStringLiteral("</li></ul>");

    h += QStringLiteral("<h3>") + tr("Registration problems") + QStringLiteral("</h3><p>") +
         tr("Open %1 or %2, select the account and press <b>Diagnose...</b>: the last REGISTER exchanges and OPTIONS checks as a ladder, "
            "and <b>Check connection</b> for the round trip, NAT and SIP ALG signs with advice.")
             .arg(link(QStringLiteral("TrunksPage"), tr("Trunks")), link(QStringLiteral("PhoneAccountsPage"), tr("Phone accounts"))) +
         QStringLiteral("</p><ul><li>") +
         tr("A 403 to a REGISTER means the username or password is wrong, the source address is not in the account's IP whitelist, or "
            "the account registers to the wrong server (a trunk's primary account to the primary address, its secondary to the secondary). "
            "These look the same on purpose; the engine's log says which.") +
         QStringLiteral("</li><li>") +
         tr("Ten failures in a minute block the address for 15 minutes: it then gets no answer at all (<tt>centralectl blocked list</tt>).") +
         QStringLiteral("</li><li>") +
         tr("3CX: \"Require registration for: in and outgoing calls\" and \"Which IP to use in contact field: Local IP Address\".") +
         QStringLiteral("</li></ul>");

    h += QStringLiteral("<h3>") + tr("Problems with incoming calls") + QStringLiteral("</h3><ul><li>") +
         tr("Check what exactly goes wrong: silence, a busy tone, \"number does not exist\", an error, ringing tone but nothing rings, or no "
            "audio once answered. Watch how it changes when you change settings.") +
         QStringLiteral("</li><li>") + tr("Check that the firewall and the PBX accept the addresses above.") + QStringLiteral("</li><li>") +
         tr("Read the PBX's log during an incoming call, from the command shell (not the web interface or the Asterisk console): "
            "<tt>tail -f /var/log/asterisk/full</tt>, <tt>tail -f /var/log/messages</tt>, <tt>tail -f /var/log/syslog</tt>.") +
         QStringLiteral("</li></ul>");

    h += QStringLiteral("<h3>") + tr("Problems with outgoing calls: the SIP trace") + QStringLiteral("</h3><p>") +
         tr("Make a trace of the call and look at what comes back to the PBX. On %1 select the call and press <b>SIP trace...</b>: both legs "
            "(PBX ↔ Centrale ↔ carrier) as a ladder, the final answer and the Warning with the reason highlighted, every message in full. "
            "<b>Save as pcap...</b> writes a file for Wireshark or <tt>sngrep -I</tt> to send along with a question. Passwords and digest "
            "responses are never in a trace.")
             .arg(link(QStringLiteral("CallsPage"), tr("Calls"))) +
         QStringLiteral("</p><p>") +
         tr("From a terminal: <tt>centralectl trace --call CALL_ID [--pcap FILE]</tt>, <tt>centralectl trace --account USER</tt>, "
            "<tt>centralectl check --trunk NAME</tt>.") +
         QStringLiteral("</p><p>") +
         (hep.isEmpty() ? tr("Live capture: set <tt>diagnostics.hep</tt> on %1 to a Homer/heplify or <tt>sngrep -L</tt> collector (HOST:PORT).")
                              .arg(link(QStringLiteral("SettingsPage"), tr("Settings")))
                        : tr("Every SIP message is sent live as HEP3 to %1.").arg(hep)) +
         QStringLiteral("</p>");

    h += QStringLiteral("<h3>") + tr("Logs") + QStringLiteral("</h3><p>") +
         tr("%1 lists every call, answered or refused, with its SIP result and reason (also <tt>centralectl calls list</tt>). "
            "<tt>centralectl serve</tt> prints one log line per event: registrations, refusals, blocks, mails.")
             .arg(link(QStringLiteral("CallsPage"), tr("Calls"))) +
         QStringLiteral("</p>");

    h += QStringLiteral("<h3>") + tr("Number format") + QStringLiteral("</h3><p>") +
         tr("Towards the carrier every number is international E.164 with a plus: +31201234567. Towards the PBX a trunk uses its own number "
            "format (with +, without +, with 00, or national with 0), set on the trunk. The caller ID goes in P-Asserted-Identity (else From) "
            "and must be one of the trunk's numbers marked caller ID; <tt>Privacy: id</tt> hides it onward.") +
         QStringLiteral("</p>");
    m_browser->setHtml(h);
}

} // namespace centrale::ui
