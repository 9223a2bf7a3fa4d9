#include "domain/SettingsForm.h"
#include "domain/RecordingPolicy.h"
#include "domain/SettingsCatalog.h"

#include <QCoreApplication>

namespace centrale {

namespace {

struct Descriptor {
    const char *key;
    SettingGroup group;
    const char *label; // source text, translated on use
    SettingKind kind;
    const char *choices; // Choice: values separated by '|'
};

using G = SettingGroup;
using K = SettingKind;
namespace k = settingkeys;

// One row per key: the page is built from this table, never by hand per key.
const Descriptor kDescriptors[] = {
    {k::kPrimary, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Primary address"), K::Text, nullptr},
    {k::kSecondary, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Secondary address"), K::Text, nullptr},
    {k::kPrimary6, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Primary IPv6 address"), K::Text, nullptr},
    {k::kSecondary6, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Secondary IPv6 address"), K::Text, nullptr},
    {k::kRealm, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Realm"), K::Text, nullptr},
    {k::kExpiresDefault, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Default registration expiry"), K::Number, nullptr},
    {k::kExpiresMin, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Shortest registration"), K::Number, nullptr},
    {k::kExpiresMax, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Longest registration"), K::Number, nullptr},
    {k::kNonceLifetime, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Nonce lifetime"), K::Number, nullptr},
    {k::kQualify, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Qualify interval"), K::Number, nullptr},
    {k::kWorkers, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "SIP workers"), K::Number, nullptr},
    {k::kWorkerPort, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Workers' first own port"), K::Number, nullptr},
    {k::kNoAnswer, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "No-answer timeout"), K::Number, nullptr},
    {k::kMaxCall, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Longest call"), K::Number, nullptr},
    {k::kFloodRate, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Flood limit"), K::Number, nullptr},
    {k::kBlockFailures, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Failed logins before blocking"), K::Number, nullptr},
    {k::kBlockWindow, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Failed-login window"), K::Number, nullptr},
    {k::kBlockDuration, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Block duration"), K::Number, nullptr},
    {k::kFraudEnabled, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Fraud detection"), K::Toggle, nullptr},
    {k::kFraudWeeks, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Weeks of history"), K::Number, nullptr},
    {k::kFraudFloorCalls, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Calls per hour never fraud"), K::Number, nullptr},
    {k::kFraudFloorCents, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Spend per hour never fraud"), K::Number, nullptr},
    {k::kFraudFactor, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Fraud factor"), K::Text, nullptr},
    {k::kFraudSigmas, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Fraud standard deviations"), K::Text, nullptr},
    {k::kFraudBurstCalls, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Short calls in a burst"), K::Number, nullptr},
    {k::kFraudBurstSeconds, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Short call length"), K::Number, nullptr},
    {k::kFraudBurstMinutes, G::Security, QT_TRANSLATE_NOOP("SettingsForm", "Burst window"), K::Number, nullptr},
    {k::kUpstream, G::Carrier, QT_TRANSLATE_NOOP("SettingsForm", "Carrier address"), K::Text, nullptr},
    {k::kUpstreamUser, G::Carrier, QT_TRANSLATE_NOOP("SettingsForm", "Carrier username"), K::Text, nullptr},
    {k::kUpstreamExpires, G::Carrier, QT_TRANSLATE_NOOP("SettingsForm", "Registration expiry"), K::Number, nullptr},
    {k::kSmtpServer, G::Mail, QT_TRANSLATE_NOOP("SettingsForm", "SMTP server"), K::Text, nullptr},
    {k::kSmtpUser, G::Mail, QT_TRANSLATE_NOOP("SettingsForm", "SMTP username"), K::Text, nullptr},
    {k::kSmtpFrom, G::Mail, QT_TRANSLATE_NOOP("SettingsForm", "Sender address"), K::Text, nullptr},
    {k::kAlertTo, G::Mail, QT_TRANSLATE_NOOP("SettingsForm", "Alert recipient"), K::Text, nullptr},
    {k::kProvTftp, G::Provisioning, QT_TRANSLATE_NOOP("SettingsForm", "TFTP server"), K::Text, nullptr},
    {k::kProvHttps, G::Provisioning, QT_TRANSLATE_NOOP("SettingsForm", "HTTPS server"), K::Text, nullptr},
    {k::kProvWhitelist, G::Provisioning, QT_TRANSLATE_NOOP("SettingsForm", "Provisioning whitelist"), K::Text, nullptr},
    {k::kProvHost, G::Provisioning, QT_TRANSLATE_NOOP("SettingsForm", "SIP server name for phones"), K::Text, nullptr},
    {k::kProvNtp, G::Provisioning, QT_TRANSLATE_NOOP("SettingsForm", "Time server"), K::Text, nullptr},
    {k::kProvLanguage, G::Provisioning, QT_TRANSLATE_NOOP("SettingsForm", "Phone language"), K::Choice, "nl|en"},
    {k::kProvCert, G::Provisioning, QT_TRANSLATE_NOOP("SettingsForm", "HTTPS certificate file"), K::Text, nullptr},
    {k::kProvKey, G::Provisioning, QT_TRANSLATE_NOOP("SettingsForm", "HTTPS key file"), K::Text, nullptr},
    {k::kMediaRelay, G::Media, QT_TRANSLATE_NOOP("SettingsForm", "Media relay"), K::Choice, "auto|always|never"},
    {k::kMediaRtpengine, G::Media, QT_TRANSLATE_NOOP("SettingsForm", "External rtpengine"), K::Text, nullptr},
    {k::kMediaNg, G::Media, QT_TRANSLATE_NOOP("SettingsForm", "rtpengine control address"), K::Text, nullptr},
    {k::kMediaAddress, G::Media, QT_TRANSLATE_NOOP("SettingsForm", "Media address"), K::Text, nullptr},
    {k::kMediaPorts, G::Media, QT_TRANSLATE_NOOP("SettingsForm", "Media ports"), K::Text, nullptr},
    {k::kMediaRecordingSpool, G::Media, QT_TRANSLATE_NOOP("SettingsForm", "External rtpengine's recording folder"), K::Text, nullptr},
    {k::kRecordingRetention, G::Media, QT_TRANSLATE_NOOP("SettingsForm", "Call recording (default)"), K::Choice, "off|30|90|365"},
    {k::kRecordingAnnounce, G::Media, QT_TRANSLATE_NOOP("SettingsForm", "Announce recording"), K::Toggle, nullptr},
    {k::kRecordingSplit, G::Media, QT_TRANSLATE_NOOP("SettingsForm", "One file per direction"), K::Toggle, nullptr},
    {k::kVoicemailMaxSeconds, G::Media, QT_TRANSLATE_NOOP("SettingsForm", "Longest voicemail message"), K::Number, nullptr},
    {k::kVoicemailLanguage, G::Media, QT_TRANSLATE_NOOP("SettingsForm", "Default greeting language"), K::Choice, "nl|en"},
    {k::kEngineMode, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Engine mode"), K::Choice, "bundled|cluster"},
    {k::kClusterDb, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Cluster database"), K::Text, nullptr},
    {k::kClusterNodes, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Cluster nodes"), K::Text, nullptr},
    {k::kClusterAppServer, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Application server (call plans)"), K::Text, nullptr},
    {k::kClusterProxy, G::Engine, QT_TRANSLATE_NOOP("SettingsForm", "Node for the application server's calls"), K::Text, nullptr},
    {k::kTrace, G::Diagnostics, QT_TRANSLATE_NOOP("SettingsForm", "SIP trace"), K::Toggle, nullptr},
    {k::kTraceCalls, G::Diagnostics, QT_TRANSLATE_NOOP("SettingsForm", "Calls kept in the trace"), K::Number, nullptr},
    {k::kTraceMib, G::Diagnostics, QT_TRANSLATE_NOOP("SettingsForm", "Largest trace size"), K::Number, nullptr},
    {k::kTraceHours, G::Diagnostics, QT_TRANSLATE_NOOP("SettingsForm", "Hours kept in the trace"), K::Number, nullptr},
    {k::kHep, G::Diagnostics, QT_TRANSLATE_NOOP("SettingsForm", "HEP3 collector"), K::Text, nullptr},
    {k::kHepCaptureId, G::Diagnostics, QT_TRANSLATE_NOOP("SettingsForm", "HEP3 capture ID"), K::Number, nullptr},
    // The language has its own chooser at the top of the page (it switches at once).
    {k::kLanguage, G::Hidden, QT_TRANSLATE_NOOP("SettingsForm", "Console language"), K::Choice, "system|nl|en"},
};

const Descriptor *descriptorFor(const QString &key)
{
    for (const auto &d : kDescriptors)
        if (key == QLatin1String(d.key))
            return &d;
    return nullptr;
}

} // namespace

QString SettingField::label() const
{
    const Descriptor *d = descriptorFor(key);
    return d ? QCoreApplication::translate("SettingsForm", d->label) : key;
}

QString SettingField::description() const
{
    const auto *def = SettingsCatalog::find(key);
    // The catalog's texts are built once, in the language of that moment: translate again.
    return def ? QCoreApplication::translate("SettingsCatalog", qPrintable(def->description)) : QString();
}

QList<SettingField> SettingsForm::fields()
{
    QList<SettingField> out;
    for (const auto &def : SettingsCatalog::all()) {
        SettingField f;
        f.key = def.key;
        if (const Descriptor *d = descriptorFor(def.key)) {
            f.group = d->group;
            f.kind = d->kind;
            if (d->choices)
                f.choices = QString::fromLatin1(d->choices).split(QLatin1Char('|'));
        }
        out << f;
    }
    return out;
}

QList<SettingField> SettingsForm::fields(SettingGroup group)
{
    QList<SettingField> out;
    for (const auto &f : fields())
        if (f.group == group)
            out << f;
    return out;
}

QList<SettingGroup> SettingsForm::visibleGroups()
{
    QList<SettingGroup> out;
    for (auto g : {G::Engine, G::Security, G::Carrier, G::Mail, G::Provisioning, G::Media, G::Diagnostics, G::Other})
        if (!fields(g).isEmpty())
            out << g;
    return out;
}

QString SettingsForm::groupTitle(SettingGroup group)
{
    switch (group) {
    case G::Engine: return QCoreApplication::translate("SettingsForm", "Engine");
    case G::Security: return QCoreApplication::translate("SettingsForm", "Security");
    case G::Carrier: return QCoreApplication::translate("SettingsForm", "Carrier");
    case G::Mail: return QCoreApplication::translate("SettingsForm", "Mail");
    case G::Provisioning: return QCoreApplication::translate("SettingsForm", "Provisioning");
    case G::Media: return QCoreApplication::translate("SettingsForm", "Media");
    case G::Diagnostics: return QCoreApplication::translate("SettingsForm", "Diagnostics");
    case G::Other: return QCoreApplication::translate("SettingsForm", "Other");
    case G::Hidden: break;
    }
    return {};
}

Status SettingsForm::validate(const QMap<QString, QString> &values)
{
    for (const auto &f : fields()) {
        const auto it = values.constFind(f.key);
        if (it == values.cend())
            continue;
        const auto *def = SettingsCatalog::find(f.key);
        if (auto s = def->validate(it.value()); !s)
            return Status::fail(QCoreApplication::translate("SettingsForm", "%1: %2.").arg(f.label(), s.message()), f.key);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!SettingsCatalog::find(it.key()))
            return Status::fail(QCoreApplication::translate("SettingsCatalog", "Unknown setting \"%1\".").arg(it.key()), it.key());
    return {};
}

} // namespace centrale
