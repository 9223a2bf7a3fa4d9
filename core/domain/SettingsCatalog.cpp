#include "domain/SettingsCatalog.h"
#include "domain/IpNetwork.h"
#include "domain/RecordingPolicy.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace centrale {

namespace {

template <int Min, int Max>
Status intRange(const QString &v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < Min || n > Max)
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be a whole number from %1 to %2").arg(Min).arg(Max));
    return {};
}

Status hostPort(const QString &v) { return validation::hostPort(v, QCoreApplication::translate("SettingsCatalog", "address")); }
Status optionalHostPort(const QString &v) { return v.isEmpty() ? Status{} : validation::hostPort(v, QCoreApplication::translate("SettingsCatalog", "address")); }
Status optionalIpv6HostPort(const QString &v)
{
    if (v.isEmpty())
        return {};
    if (!v.startsWith(QLatin1Char('[')))
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be an IPv6 address in brackets with a port, e.g. [2001:db8::10]:5060"));
    return validation::hostPort(v, QCoreApplication::translate("SettingsCatalog", "address"));
}
Status optionalEmail(const QString &v) { return v.isEmpty() ? Status{} : validation::email(v, QCoreApplication::translate("SettingsCatalog", "address")); }
Status optionalUsername(const QString &v) { return v.isEmpty() ? Status{} : validation::name(v, QCoreApplication::translate("SettingsCatalog", "username"), 128); }

Status realm(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]{0,62}$"));
    if (!re.match(v).hasMatch())
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be 1-63 letters, digits, '.' or '-'"));
    return {};
}

Status onOff(const QString &v)
{
    if (v != QLatin1String("0") && v != QLatin1String("1"))
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be 1 (on) or 0 (off)"));
    return {};
}

template <int Min, int Max>
Status decimalRange(const QString &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || d < Min || d > Max)
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be a number from %1 to %2 (a dot for decimals)").arg(Min).arg(Max));
    return {};
}

// Above 1: a factor of 1 would call every account's ordinary hour fraud.
Status fraudFactor(const QString &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || d <= 1 || d > 100)
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be a number above 1 and at most 100 (a dot for decimals)"));
    return {};
}

Status mediaRelay(const QString &v)
{
    if (v != QLatin1String("auto") && v != QLatin1String("always") && v != QLatin1String("never"))
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be auto, always or never"));
    return {};
}

Status optionalIp(const QString &v)
{
    if (v.isEmpty() || !QHostAddress(v).isNull())
        return {};
    return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be an IP address (or empty)"));
}

// "50000-50999": an even start (RTP on even, RTCP on odd ports) and room for a few calls.
Status portRange(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{4,5})-([0-9]{4,5})$"));
    const auto m = re.match(v);
    const int lo = m.captured(1).toInt(), hi = m.captured(2).toInt();
    if (!m.hasMatch() || lo < 1024 || hi > 65535 || hi - lo < 10)
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be a port range FROM-TO within 1024-65535, at least 10 ports, e.g. 50000-50999"));
    return {};
}

// Listening sockets need an address, not a name: "0.0.0.0:69", "[::]:6969".
Status optionalListen(const QString &v)
{
    if (v.isEmpty())
        return {};
    if (auto s = validation::hostPort(v, QCoreApplication::translate("SettingsCatalog", "address")); !s)
        return s;
    QString host = v.left(v.lastIndexOf(QLatin1Char(':')));
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    if (QHostAddress(host).isNull())
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be an IP address with a port, e.g. 0.0.0.0:6969 (empty: off)"));
    return {};
}

Status addressList(const QString &v)
{
    for (const auto &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto n = IpNetwork::parse(part.trimmed()); !n)
            return Status::fail(n.message());
    return {};
}

Status optionalHost(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9][A-Za-z0-9.-]{0,252}|\\[[0-9A-Fa-f:.]+\\])$"));
    if (!v.isEmpty() && !re.match(v).hasMatch())
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be a host name or IP address"));
    return {};
}

Status phoneLanguage(const QString &v)
{
    if (v != QLatin1String("nl") && v != QLatin1String("en"))
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be nl or en"));
    return {};
}

Status anyPath(const QString &) { return {}; }

Status optionalAbsolutePath(const QString &v)
{
    if (!v.isEmpty() && !QDir::isAbsolutePath(v))
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be an absolute folder path"));
    return {};
}

Status engineMode(const QString &v)
{
    if (v != QLatin1String("bundled") && v != QLatin1String("cluster"))
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be bundled or cluster"));
    return {};
}

// The password never goes into a setting: the secret store keeps it.
Status clusterDb(const QString &v)
{
    if (v.isEmpty())
        return {};
    const QUrl url(v, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")) || url.host().isEmpty())
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be a URL like postgresql://kamailio@10.0.0.5:5432/kamailio"));
    if (!url.password().isEmpty())
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must not contain a password (use: centralectl cluster password --password-stdin)"));
    return {};
}

Status clusterNodes(const QString &v)
{
    for (const auto &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QUrl url(part.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
            return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be comma-separated JSON-RPC URLs like http://10.0.0.2:5071/RPC"));
    }
    return {};
}

// Call plans in cluster mode: the nodes recognise the application server by its source
// address, so it must be an IP address, not a name.
Status optionalSipIpPort(const QString &v)
{
    if (v.isEmpty())
        return {};
    if (auto s = validation::hostPort(v, QCoreApplication::translate("SettingsCatalog", "address")); !s)
        return s;
    QString host = v.left(v.lastIndexOf(QLatin1Char(':')));
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress a(host);
    if (a.isNull() || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6)
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be an IP address with a port, e.g. 10.0.0.4:5060 (empty: off)"));
    return {};
}

Status retention(const QString &v)
{
    if (v != QLatin1String("off") && v != QLatin1String("30") && v != QLatin1String("90") && v != QLatin1String("365"))
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be off, 30, 90 or 365"));
    return {};
}

Status language(const QString &v)
{
    if (v != QLatin1String("system") && v != QLatin1String("nl") && v != QLatin1String("en"))
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "must be system, nl or en"));
    return {};
}
} // namespace

const QList<SettingDefinition> &SettingsCatalog::all()
{
    static const QList<SettingDefinition> defs = {
        {QLatin1String(settingkeys::kPrimary), QStringLiteral("127.0.0.1:5060"), QCoreApplication::translate("SettingsCatalog", "Primary SIP server address (UDP)"), hostPort},
        {QLatin1String(settingkeys::kSecondary), QStringLiteral("127.0.0.1:5062"), QCoreApplication::translate("SettingsCatalog", "Secondary SIP server address (UDP)"), hostPort},
        {QLatin1String(settingkeys::kPrimary6), QString(), QCoreApplication::translate("SettingsCatalog", "Primary SIP server IPv6 address (empty: no IPv6; takes effect at the next start)"), optionalIpv6HostPort},
        {QLatin1String(settingkeys::kSecondary6), QString(), QCoreApplication::translate("SettingsCatalog", "Secondary SIP server IPv6 address (empty: no IPv6; takes effect at the next start)"), optionalIpv6HostPort},
        {QLatin1String(settingkeys::kRealm), QStringLiteral("centrale"), QCoreApplication::translate("SettingsCatalog", "Digest authentication realm"), realm},
        {QLatin1String(settingkeys::kExpiresDefault), QStringLiteral("3600"), QCoreApplication::translate("SettingsCatalog", "Registration expiry when the phone asks none (s)"), intRange<60, 86400>},
        {QLatin1String(settingkeys::kExpiresMin), QStringLiteral("60"), QCoreApplication::translate("SettingsCatalog", "Shortest registration accepted (s)"), intRange<1, 3600>},
        {QLatin1String(settingkeys::kExpiresMax), QStringLiteral("7200"), QCoreApplication::translate("SettingsCatalog", "Longest registration granted (s)"), intRange<60, 86400>},
        {QLatin1String(settingkeys::kNonceLifetime), QStringLiteral("300"), QCoreApplication::translate("SettingsCatalog", "Seconds a digest nonce stays fresh"), intRange<5, 3600>},
        {QLatin1String(settingkeys::kQualify), QStringLiteral("30"), QCoreApplication::translate("SettingsCatalog", "Seconds between OPTIONS checks of registered contacts (0 = off)"), intRange<0, 3600>},
        {QLatin1String(settingkeys::kWorkers), QStringLiteral("1"), QCoreApplication::translate("SettingsCatalog", "SIP worker threads sharing the server addresses (applies at the next engine start)"), intRange<1, 16>},
        {QLatin1String(settingkeys::kWorkerPort), QStringLiteral("0"), QCoreApplication::translate("SettingsCatalog", "First of the SIP workers' own UDP ports, two per worker, for the requests they send (0 = the primary port + 100)"), intRange<0, 65000>},
        {QLatin1String(settingkeys::kFloodRate), QStringLiteral("100"), QCoreApplication::translate("SettingsCatalog", "Requests per second one address may send before the excess is dropped (0 = off)"), intRange<0, 1000000>},
        {QLatin1String(settingkeys::kBlockFailures), QStringLiteral("10"), QCoreApplication::translate("SettingsCatalog", "Failed logins from one address before it is blocked"), intRange<1, 1000>},
        {QLatin1String(settingkeys::kBlockWindow), QStringLiteral("60"), QCoreApplication::translate("SettingsCatalog", "Window in which failed logins are counted (s)"), intRange<1, 86400>},
        {QLatin1String(settingkeys::kBlockDuration), QStringLiteral("900"), QCoreApplication::translate("SettingsCatalog", "How long a blocked address stays blocked (s)"), intRange<1, 604800>},
        {QLatin1String(settingkeys::kLanguage), QStringLiteral("system"), QCoreApplication::translate("SettingsCatalog", "Console language: system, nl or en"), language},
        {QLatin1String(settingkeys::kUpstream), QString(), QCoreApplication::translate("SettingsCatalog", "Upstream carrier SIP address (HOST:PORT)"), optionalHostPort},
        {QLatin1String(settingkeys::kUpstreamUser), QString(), QCoreApplication::translate("SettingsCatalog", "Upstream carrier registration username"), optionalUsername},
        {QLatin1String(settingkeys::kUpstreamExpires), QStringLiteral("600"), QCoreApplication::translate("SettingsCatalog", "Registration expiry the engine asks of the carrier (s)"), intRange<60, 86400>},
        {QLatin1String(settingkeys::kSmtpServer), QString(), QCoreApplication::translate("SettingsCatalog", "SMTP server for alerts (HOST:PORT)"), optionalHostPort},
        {QLatin1String(settingkeys::kSmtpUser), QString(), QCoreApplication::translate("SettingsCatalog", "SMTP username"), optionalUsername},
        {QLatin1String(settingkeys::kSmtpFrom), QString(), QCoreApplication::translate("SettingsCatalog", "Sender address of alert mail"), optionalEmail},
        {QLatin1String(settingkeys::kAlertTo), QString(), QCoreApplication::translate("SettingsCatalog", "Recipient of limit and registration alerts"), optionalEmail},
        {QLatin1String(settingkeys::kNoAnswer), QStringLiteral("20"), QCoreApplication::translate("SettingsCatalog", "Seconds a trunk's primary account may ring before the secondary is tried"), intRange<3, 300>},
        {QLatin1String(settingkeys::kMaxCall), QStringLiteral("14400"), QCoreApplication::translate("SettingsCatalog", "Longest call allowed before the engine ends it (s)"), intRange<60, 86400>},
        {QLatin1String(settingkeys::kFraudEnabled), QStringLiteral("1"), QCoreApplication::translate("SettingsCatalog", "Fraud detector blocks accounts far above their own average or making bursts of short calls (1 = on)"), onOff},
        {QLatin1String(settingkeys::kFraudWeeks), QStringLiteral("6"), QCoreApplication::translate("SettingsCatalog", "Weeks of call history in an account's average"), intRange<4, 8>},
        {QLatin1String(settingkeys::kFraudFloorCalls), QStringLiteral("20"), QCoreApplication::translate("SettingsCatalog", "Calls in an hour that never count as fraud"), intRange<1, 1000000000>},
        {QLatin1String(settingkeys::kFraudFloorCents), QStringLiteral("500"), QCoreApplication::translate("SettingsCatalog", "Spend in an hour that never counts as fraud (euro cents)"), intRange<1, 100000000>},
        {QLatin1String(settingkeys::kFraudFactor), QStringLiteral("4"), QCoreApplication::translate("SettingsCatalog", "Fraud when an hour exceeds the account's average for that hour times this"), fraudFactor},
        {QLatin1String(settingkeys::kFraudSigmas), QStringLiteral("4"), QCoreApplication::translate("SettingsCatalog", "Fraud when an hour exceeds the average plus this many standard deviations"), decimalRange<1, 100>},
        {QLatin1String(settingkeys::kFraudBurstCalls), QStringLiteral("50"), QCoreApplication::translate("SettingsCatalog", "Short calls within the burst window that block an account"), intRange<2, 100000000>},
        {QLatin1String(settingkeys::kFraudBurstSeconds), QStringLiteral("10"), QCoreApplication::translate("SettingsCatalog", "A call shorter than this counts as short (s)"), intRange<1, 600>},
        {QLatin1String(settingkeys::kFraudBurstMinutes), QStringLiteral("10"), QCoreApplication::translate("SettingsCatalog", "Burst window for short calls (minutes)"), intRange<1, 1440>},
        {QLatin1String(settingkeys::kMediaRelay), QStringLiteral("auto"), QCoreApplication::translate("SettingsCatalog", "Media through the relay: auto (behind NAT), always or never"), mediaRelay},
        {QLatin1String(settingkeys::kMediaRtpengine), QString(), QCoreApplication::translate("SettingsCatalog", "An rtpengine of your own (its ng control HOST:PORT); empty: Centrale runs its own"), optionalHostPort},
        {QLatin1String(settingkeys::kMediaNg), QStringLiteral("127.0.0.1:22223"), QCoreApplication::translate("SettingsCatalog", "Control address of Centrale's own rtpengine (takes effect at the next start)"), hostPort},
        {QLatin1String(settingkeys::kMediaAddress), QString(), QCoreApplication::translate("SettingsCatalog", "Address the relay sends and receives media on (empty: the primary SIP address; next start)"), optionalIp},
        {QLatin1String(settingkeys::kMediaPorts), QStringLiteral("50000-50999"), QCoreApplication::translate("SettingsCatalog", "UDP ports of the media relay (next start)"), portRange},
        {QLatin1String(settingkeys::kMediaRecordingSpool), QString(), QCoreApplication::translate("SettingsCatalog", "With an external rtpengine: its recording-dir as this machine sees it (shared or mounted at the same path); recording and voicemail read its pcaps there and the prompts it plays are copied there (next start)"), optionalAbsolutePath},
        {QLatin1String(settingkeys::kVoicemailMaxSeconds), QStringLiteral("120"), QCoreApplication::translate("SettingsCatalog", "Longest voicemail message; the engine hangs up after it (s)"), intRange<1, 3600>},
        {QLatin1String(settingkeys::kVoicemailLanguage), QStringLiteral("nl"), QCoreApplication::translate("SettingsCatalog", "Language of the default voicemail greeting: nl or en"), phoneLanguage},
        {QLatin1String(settingkeys::kTrace), QStringLiteral("1"), QCoreApplication::translate("SettingsCatalog", "Keep a SIP trace of recent calls and registrations (1 = on; takes effect at the next start)"), onOff},
        {QLatin1String(settingkeys::kTraceCalls), QStringLiteral("5000"), QCoreApplication::translate("SettingsCatalog", "Calls and registrations the SIP trace keeps"), intRange<10, 1000000>},
        {QLatin1String(settingkeys::kTraceMib), QStringLiteral("64"), QCoreApplication::translate("SettingsCatalog", "Largest size of the SIP trace (MiB)"), intRange<1, 4096>},
        {QLatin1String(settingkeys::kTraceHours), QStringLiteral("24"), QCoreApplication::translate("SettingsCatalog", "Hours the SIP trace keeps a message"), intRange<1, 720>},
        {QLatin1String(settingkeys::kHep), QString(), QCoreApplication::translate("SettingsCatalog", "HEP3 collector (Homer, heplify, sngrep -L) that gets every SIP message live (HOST:PORT, an IP address; empty = off)"), optionalHostPort},
        {QLatin1String(settingkeys::kHepCaptureId), QStringLiteral("2001"), QCoreApplication::translate("SettingsCatalog", "Capture ID in the HEP3 packets"), intRange<0, 2147483647>},
        {QLatin1String(settingkeys::kProvTftp), QString(), QCoreApplication::translate("SettingsCatalog", "TFTP provisioning server address, e.g. 0.0.0.0:69 (empty: off; takes effect at the next start)"), optionalListen},
        {QLatin1String(settingkeys::kProvHttps), QString(), QCoreApplication::translate("SettingsCatalog", "HTTPS provisioning server address, e.g. 0.0.0.0:8443 (empty: off; takes effect at the next start)"), optionalListen},
        {QLatin1String(settingkeys::kProvWhitelist), QString(), QCoreApplication::translate("SettingsCatalog", "Addresses allowed to fetch any phone's configuration besides each phone account's own IP whitelist (comma-separated)"), addressList},
        {QLatin1String(settingkeys::kProvHost), QString(), QCoreApplication::translate("SettingsCatalog", "SIP server host name written into phone configurations (empty: the primary and secondary addresses)"), optionalHost},
        {QLatin1String(settingkeys::kProvNtp), QStringLiteral("pool.ntp.org"), QCoreApplication::translate("SettingsCatalog", "Time server written into phone configurations"), optionalHost},
        {QLatin1String(settingkeys::kProvLanguage), QStringLiteral("nl"), QCoreApplication::translate("SettingsCatalog", "Language of provisioned phones: nl or en"), phoneLanguage},
        {QLatin1String(settingkeys::kProvCert), QString(), QCoreApplication::translate("SettingsCatalog", "Certificate file (PEM) of the HTTPS provisioning server (empty: a self-signed one in the data folder)"), anyPath},
        {QLatin1String(settingkeys::kProvKey), QString(), QCoreApplication::translate("SettingsCatalog", "Private key file (PEM) of the HTTPS provisioning server"), anyPath},
        {QLatin1String(settingkeys::kEngineMode), QStringLiteral("bundled"), QCoreApplication::translate("SettingsCatalog", "Which engine carries the calls: bundled (this machine) or cluster (Kamailio nodes Centrale provisions)"), engineMode},
        {QLatin1String(settingkeys::kClusterDb), QString(), QCoreApplication::translate("SettingsCatalog", "The Kamailio cluster's PostgreSQL database, postgresql://USER@HOST:PORT/DATABASE (the password goes in the keychain)"), clusterDb},
        {QLatin1String(settingkeys::kClusterNodes), QString(), QCoreApplication::translate("SettingsCatalog", "JSON-RPC URLs of the cluster's Kamailio nodes, comma-separated"), clusterNodes},
        {QLatin1String(settingkeys::kClusterAppServer), QString(), QCoreApplication::translate("SettingsCatalog", "Call plans and voicemail in cluster mode: SIP address (IP:PORT) of Centrale's engine as application server, to which the nodes hand call-plan numbers (empty: off)"), optionalSipIpPort},
        {QLatin1String(settingkeys::kClusterProxy), QString(), QCoreApplication::translate("SettingsCatalog", "SIP address (HOST:PORT) of the cluster node the application server sends its calls through"), optionalHostPort},
        {QLatin1String(settingkeys::kRecordingRetention), QStringLiteral("off"), QCoreApplication::translate("SettingsCatalog", "Call recording for trunks and phone accounts without their own setting: off, or days kept (30, 90 or 365)"), retention},
        {QLatin1String(settingkeys::kRecordingAnnounce), QStringLiteral("0"), QCoreApplication::translate("SettingsCatalog", "Announce \"this call may be recorded\" before a recorded call is connected (1 = on)"), onOff},
        {QLatin1String(settingkeys::kRecordingSplit), QStringLiteral("0"), QCoreApplication::translate("SettingsCatalog", "Besides the mixed recording, keep one WAV file per direction (1 = on)"), onOff},
    };
    return defs;
}

const SettingDefinition *SettingsCatalog::find(const QString &key)
{
    for (const auto &d : all())
        if (d.key == key)
            return &d;
    return nullptr;
}

Status SettingsCatalog::validate(const QString &key, const QString &value)
{
    const auto *def = find(key);
    if (!def)
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "Unknown setting \"%1\".").arg(key), key);
    if (auto s = def->validate(value); !s)
        return Status::fail(QCoreApplication::translate("SettingsCatalog", "Setting %1 %2.").arg(key, s.message()), key);
    return {};
}

} // namespace centrale
