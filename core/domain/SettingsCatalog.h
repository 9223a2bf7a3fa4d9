#pragma once
// Every setting of the console's Settings page: key, default and rule, in one list
// so that the CLI, the console and the engine agree.
#include "util/Result.h"
#include <QList>
#include <QString>

namespace centrale {

struct SettingDefinition {
    QString key;
    QString defaultValue;
    QString description; // translated
    Status (*validate)(const QString &value);
};

class SettingsCatalog {
public:
    static const QList<SettingDefinition> &all();
    static const SettingDefinition *find(const QString &key);
    // Refuses unknown keys and values that break the key's rule.
    static Status validate(const QString &key, const QString &value);
};

namespace settingkeys {
inline constexpr auto kPrimary = "sip.primary";
inline constexpr auto kSecondary = "sip.secondary";
inline constexpr auto kPrimary6 = "sip.primary.ipv6";
inline constexpr auto kSecondary6 = "sip.secondary.ipv6";
inline constexpr auto kRealm = "sip.realm";
inline constexpr auto kExpiresDefault = "sip.expires.default";
inline constexpr auto kExpiresMin = "sip.expires.min";
inline constexpr auto kExpiresMax = "sip.expires.max";
inline constexpr auto kNonceLifetime = "sip.nonce.lifetime";
inline constexpr auto kQualify = "sip.qualify.interval";
inline constexpr auto kWorkers = "sip.workers";
inline constexpr auto kWorkerPort = "sip.workers.port";
inline constexpr auto kFloodRate = "security.flood.rate";
inline constexpr auto kBlockFailures = "security.block.failures";
inline constexpr auto kBlockWindow = "security.block.window";
inline constexpr auto kBlockDuration = "security.block.duration";
inline constexpr auto kLanguage = "ui.language";
inline constexpr auto kUpstream = "upstream.address";
inline constexpr auto kUpstreamUser = "upstream.username";
inline constexpr auto kUpstreamExpires = "upstream.register.expires";
inline constexpr auto kSmtpServer = "smtp.server";
inline constexpr auto kSmtpUser = "smtp.username";
inline constexpr auto kSmtpFrom = "smtp.from";
inline constexpr auto kAlertTo = "alerts.email";
inline constexpr auto kNoAnswer = "calls.noanswer.timeout";
inline constexpr auto kMaxCall = "calls.max.duration";
inline constexpr auto kFraudEnabled = "fraud.enabled";
inline constexpr auto kFraudWeeks = "fraud.baseline.weeks";
inline constexpr auto kFraudFloorCalls = "fraud.floor.calls";
inline constexpr auto kFraudFloorCents = "fraud.floor.cents";
inline constexpr auto kFraudFactor = "fraud.factor";
inline constexpr auto kFraudSigmas = "fraud.sigmas";
inline constexpr auto kFraudBurstCalls = "fraud.burst.calls";
inline constexpr auto kFraudBurstSeconds = "fraud.burst.seconds";
inline constexpr auto kFraudBurstMinutes = "fraud.burst.minutes";
inline constexpr auto kMediaRelay = "media.relay";
inline constexpr auto kMediaRtpengine = "media.rtpengine";
inline constexpr auto kMediaNg = "media.ng";
inline constexpr auto kMediaAddress = "media.address";
inline constexpr auto kMediaPorts = "media.ports";
inline constexpr auto kMediaRecordingSpool = "media.recording_spool";
inline constexpr auto kVoicemailMaxSeconds = "voicemail.max_seconds";
inline constexpr auto kVoicemailLanguage = "voicemail.language";
inline constexpr auto kTrace = "diagnostics.trace";
inline constexpr auto kTraceCalls = "diagnostics.trace.calls";
inline constexpr auto kTraceMib = "diagnostics.trace.mib";
inline constexpr auto kTraceHours = "diagnostics.trace.hours";
inline constexpr auto kHep = "diagnostics.hep";
inline constexpr auto kHepCaptureId = "diagnostics.hep.capture_id";
inline constexpr auto kProvTftp = "provisioning.tftp";
inline constexpr auto kProvHttps = "provisioning.https";
inline constexpr auto kProvWhitelist = "provisioning.whitelist";
inline constexpr auto kProvHost = "provisioning.host";
inline constexpr auto kProvNtp = "provisioning.ntp";
inline constexpr auto kProvLanguage = "provisioning.language";
inline constexpr auto kProvCert = "provisioning.https.cert";
inline constexpr auto kProvKey = "provisioning.https.key";
inline constexpr auto kEngineMode = "engine.mode";
inline constexpr auto kClusterDb = "cluster.db";
inline constexpr auto kClusterNodes = "cluster.nodes";
inline constexpr auto kClusterAppServer = "cluster.appserver";
inline constexpr auto kClusterProxy = "cluster.proxy";
} // namespace settingkeys

} // namespace centrale
