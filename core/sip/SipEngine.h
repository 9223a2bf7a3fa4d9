#pragma once
// The engine as the rest of the program sees it: start/stop, the live status feed, and
// live reloads. EngineCore does the SIP on its own thread; events arrive here queued.
#include "sip/BindingWriter.h"
#include "sip/EngineCore.h"
#include "sip/RecordingKeeper.h"
#include "sip/StatusFeed.h"
#include "sip/TraceRecorder.h"
#include "domain/CallRecord.h"
#include "mail/AlertMailer.h"
#include "sip/VoicemailDelivery.h"
#include "media/RtpengineSupervisor.h"
#include "provisioning/ProvisioningServers.h"
#include "secrets/SecretStore.h"
#include <QHash>
#include <QThread>
#include <QTimer>

namespace centrale::sip {


struct EngineOverrides {
    QString primary, secondary; // empty: the settings
    int workers = 0;            // 0: setting sip.workers
};

class SipEngine : public StatusFeed {
    Q_OBJECT
public:
    explicit SipEngine(QString dbPath, QObject *parent = nullptr);
    ~SipEngine() override;

    Status start(const EngineOverrides &overrides = {});
    void stop();

    QList<AccountStatus> snapshot() const override;
    bool isRunning() const override { return m_core && m_core->isRunning(); }
    QStringList listenAddresses() const override;
    int activeCalls() const override { return m_core ? m_core->stats().activeCalls.load() : -1; }
    UpstreamStatus upstreamStatus() const override { return isRunning() ? m_upstream : UpstreamStatus{}; }
    // Where the upstream carrier's password is read from (the console's or serve's store).
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    const EngineStats *stats() const { return m_core ? &m_core->stats() : nullptr; }
    int workerCount() const { return m_core ? m_core->workerCount() : 0; }

    // Re-reads accounts and settings now (the console calls this after a save; edits
    // from other processes are noticed by polling within half a second).
    void reload();

signals:
    void logLine(const QString &line);
    void callEnded(const centrale::CallRecord &record);
    // A call plan's e-mail step or a limit warning; empty `to` means the alerts address.
    void mailRequested(const QStringList &to, const QString &subject, const QString &body);
    // A voicemail message was recorded and stored (its mail is on its way).
    void voicemailReceived(const centrale::VoicemailMessage &message);

private:
    void onEvent(const EngineEvent &e);
    void onCallNotices(const QList<CallNotice> &notices);
    Result<EngineConfigPtr> loadConfig();
    void loadRates();
    // Starts our own rtpengine unless media is off or another rtpengine is configured.
    void startRelay(EngineConfig &cfg);
    // Writes the shipped greetings and announcements beside the voicemail messages.
    void installPrompts(EngineConfig &cfg);
    void loadHistory(const EngineConfig &cfg);
    void onFraudBlocked(const CallNotice &n);
    void alertOnTransition(const EngineEvent &e);
    void syncBlocked();
    AccountStatus statusOf(const EngineAccount &a) const;
    void toWriter(WriteOp op);
    void writeHeartbeat();
    void onUpstream(const UpstreamStatus &s);
    void resolveCarrier(calls::Upstream &u);
    void lookUpCarrier(const QString &name);
    TraceSettings traceSettings();
    void startProvisioning();
    bool isBlocked(const QHostAddress &source) const; // this thread's mirror of the engine's blocks

    QString m_dbPath;
    EngineOverrides m_overrides;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EngineCore> m_core;
    std::shared_ptr<TraceCapture> m_traceCapture; // outlives the agents that write into it
    std::unique_ptr<TraceRecorder> m_traceRecorder;
    EngineConfigPtr m_config;
    QHash<qint64, QHash<QString, Binding>> m_bindings; // main-thread mirror for the status
    QThread m_writerThread;
    BindingWriter *m_writer = nullptr;
    QTimer m_poll;
    qint64 m_configVersion = -1;
    quint64 m_ticks = 0;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<AlertMailer> m_mailer;
    std::unique_ptr<media::RtpengineSupervisor> m_relay; // our own rtpengine, when no other is configured
    QString m_relayControl;
    QString m_recordingFolder; // rtpengine's recording-dir (our own, or media.recording_spool); empty: no recording here
    std::unique_ptr<RecordingKeeper> m_recordings; // pcap → WAV after each recorded call, hourly purge
    std::unique_ptr<VoicemailDelivery> m_voicemail; // with our own relay: turns its recordings into messages
    QHash<qint64, bool> m_trunkAccountUp; // for one alert per change, not per event
    UpstreamStatus m_upstream;
    QString m_carrierName;          // the carrier's host name as last resolved
    QStringList m_carrierAddresses; // and its addresses
    qint64 m_carrierResolvedMs = 0;
    bool m_carrierLookupPending = false;
    std::unique_ptr<provisioning::ProvisioningServers> m_provisioning;
    QHash<QString, qint64> m_blockedUntil; // mirror of the engine thread's FailureBlocker, from its events
};

} // namespace centrale::sip
