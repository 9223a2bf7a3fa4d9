#include "sip/SipEngine.h"
#include "store/StoreLocation.h"
#include "media/Greeting.h"
#include "store/VoicemailRepository.h"
#include "sip/BindingWriter.h"
#include "sip/CallEngine.h"
#include "sip/LegMessages.h"
#include "service/CallHistory.h"
#include "store/FraudBlockRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/TraceRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonDocument>
#include <QMetaMethod>
#include <QRandomGenerator>

namespace centrale::sip {

namespace {
qint64 nowSecs() { return QDateTime::currentSecsSinceEpoch(); }

QByteArray randomKey()
{
    QByteArray k(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(k.data()), k.size() / 4);
    return k;
}
} // namespace

SipEngine::SipEngine(QString dbPath, QObject *parent) : StatusFeed(parent), m_dbPath(std::move(dbPath))
{
    qRegisterMetaType<AccountStatus>();
    qRegisterMetaType<RegistrationEvent>();
    qRegisterMetaType<CallRecord>();
}

void SipEngine::loadRates()
{
    auto rates = RateRepository(*m_db).all();
    if (!rates) {
        emit logLine(tr("rate table not loaded: %1").arg(rates.message()));
        return;
    }
    m_core->setRates(std::make_shared<const RateTable>(*rates));
}

void SipEngine::loadHistory(const EngineConfig &cfg)
{
    auto history = loadCallHistory(*m_db, cfg.calls, QDateTime::currentMSecsSinceEpoch());
    if (!history) {
        emit logLine(tr("call history not loaded: %1").arg(history.message()));
        return;
    }
    m_core->setUsage(history->usage);
    m_core->setFraudHistory(history->fraud);
}

Result<EngineConfigPtr> SipEngine::loadConfig()
{
    auto cfg = loadEngineConfig(*m_db);
    if (!cfg)
        return cfg;
    auto c = std::make_shared<EngineConfig>(*cfg.value());
    auto &u = c->calls.upstream;
    resolveCarrier(u);
    if (m_secrets && u.isSet() && !u.username.isEmpty()) {
        if (auto pw = m_secrets->read(kUpstreamPasswordKey))
            u.password = pw->toUtf8();
        else
            emit logLine(tr("upstream carrier password not available (%1): calls to the carrier go without credentials").arg(pw.message()));
    }
    return EngineConfigPtr(c);
}

namespace {
constexpr qint64 kCarrierRefreshMs = 10 * 60 * 1000; // names of carriers are looked up again this often
}

void SipEngine::resolveCarrier(calls::Upstream &u)
{
    // A carrier given by name: its calls are recognised by the name's addresses. The
    // lookup runs asynchronously (never on the caller's thread); until it is back, calls
    // still go out by name (nta resolves it) and inbound ones wait for the addresses.
    if (!u.isSet() || !u.addresses.isEmpty())
        return;
    if (m_carrierName == u.domain && !m_carrierAddresses.isEmpty()) {
        u.addresses = m_carrierAddresses;
        u.host = m_carrierAddresses.first();
    }
    if (m_carrierName != u.domain || QDateTime::currentMSecsSinceEpoch() - m_carrierResolvedMs >= kCarrierRefreshMs)
        lookUpCarrier(u.domain);
}

void SipEngine::lookUpCarrier(const QString &name)
{
    if (m_carrierLookupPending)
        return;
    m_carrierLookupPending = true;
    QHostInfo::lookupHost(name, this, [this, name](const QHostInfo &info) {
        m_carrierLookupPending = false;
        QStringList addresses;
        for (const auto &a : info.addresses())
            addresses << a.toString();
        if (addresses.isEmpty())
            emit logLine(tr("carrier %1 could not be resolved: %2").arg(name, info.errorString()));
        const bool changed = name != m_carrierName || addresses != m_carrierAddresses;
        m_carrierName = name;
        m_carrierAddresses = addresses;
        m_carrierResolvedMs = QDateTime::currentMSecsSinceEpoch();
        if (changed && !addresses.isEmpty())
            reload();
    });
}

SipEngine::~SipEngine() { stop(); }

Status SipEngine::start(const EngineOverrides &overrides)
{
    if (isRunning())
        return {};
    m_overrides = overrides;
    auto db = Database::open(m_dbPath);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_db->setAuditInterface(QStringLiteral("engine")); // its fraud blocks are the engine's doing
    auto cfg = loadConfig();
    if (!cfg)
        return cfg.error();
    auto c = std::make_shared<EngineConfig>(*cfg.value());
    if (!overrides.primary.isEmpty())
        c->primaryAddress = overrides.primary;
    if (!overrides.secondary.isEmpty())
        c->secondaryAddress = overrides.secondary;
    startRelay(*c);
    m_config = c;

    const qint64 now = nowSecs();
    const auto bindings = loadBindings(*m_db, now);
    m_bindings.clear();
    for (const auto &[id, b] : bindings)
        m_bindings[id].insert(b.contact, b);

    // Events come from the engine thread; hop to this object's thread before touching state.
    m_core = std::make_unique<EngineCore>(
        [this](QList<EngineEvent> batch) {
            QMetaObject::invokeMethod(
                this, [this, batch = std::move(batch)] {
                    for (const auto &e : batch)
                        onEvent(e);
                },
                Qt::QueuedConnection);
        },
        randomKey(), overrides.workers > 0 ? overrides.workers : m_config->workers);
    loadHistory(*m_config);
    m_mailer = std::make_unique<AlertMailer>(*m_db, m_secrets);
    if (!m_recordingFolder.isEmpty() && !m_config->voicemailGreetings.isEmpty()) {
        m_voicemail = std::make_unique<VoicemailDelivery>(*m_db, m_mailer.get(), m_recordingFolder);
        connect(m_voicemail.get(), &VoicemailDelivery::logLine, this, &SipEngine::logLine);
        connect(m_voicemail.get(), &VoicemailDelivery::received, this, &SipEngine::voicemailReceived);
    }
    connect(m_mailer.get(), &AlertMailer::finished, this, [this](const QString &subject, bool ok, const QString &message) {
        emit logLine(ok ? tr("mail sent: %1").arg(subject) : tr("mail not sent: %1").arg(message));
    });
    m_core->setUpstreamSink([this](UpstreamStatus s) {
        QMetaObject::invokeMethod(this, [this, s = std::move(s)] { onUpstream(s); }, Qt::QueuedConnection);
    });
    m_core->setCallSink([this](QList<CallNotice> batch) {
        QMetaObject::invokeMethod(this, [this, batch = std::move(batch)] { onCallNotices(batch); }, Qt::QueuedConnection);
    });
    // The engine thread hands its writes straight to the writer thread: the answers waiting
    // for them (group commit) never depend on this thread's event loop being free.
    m_writer = new BindingWriter(m_dbPath, m_core->ackQueues());
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.start();
    m_core->setWriteSink([w = m_writer](QList<WriteOp> ops) {
        QMetaObject::invokeMethod(
            w, [w, ops = std::move(ops)]() mutable {
                for (auto &op : ops)
                    w->enqueue(std::move(op));
            },
            Qt::QueuedConnection);
    });
    loadRates();
    if (SettingsRepository(*m_db).get(QLatin1String(settingkeys::kTrace)) == QLatin1String("1")) {
        m_traceCapture = std::make_shared<TraceCapture>();
        m_traceRecorder = std::make_unique<TraceRecorder>(m_traceCapture, TraceRepository::pathFor(m_dbPath), traceSettings());
        m_core->setTraceCapture(m_traceCapture);
    }
    if (auto s = m_core->start(m_config, bindings, loadBlocked(*m_db, now)); !s) {
        m_core.reset();
        m_traceRecorder.reset();
        m_traceCapture.reset();
        m_writerThread.quit();
        m_writerThread.wait();
        m_writer = nullptr;
        return s;
    }

    m_blockedUntil = loadBlocked(*m_db, now);
    m_recordings = std::make_unique<RecordingKeeper>(m_dbPath, m_recordingFolder, m_recordingFolder.isEmpty() ? QString() : m_config->mediaControl);
    connect(m_recordings.get(), &RecordingKeeper::logLine, this, &SipEngine::logLine);
    startProvisioning();
    if (auto v = m_db->exec(QStringLiteral("SELECT n FROM config_version")); v && v->next())
        m_configVersion = v->value(0).toLongLong();
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        // A heartbeat every 2 s tells other processes (the console, `status`) this engine is alive.
        if (++m_ticks % 4 == 1)
            writeHeartbeat();
        const auto &u = m_config->calls.upstream;
        if (!m_carrierName.isEmpty() && u.domain == m_carrierName && QDateTime::currentMSecsSinceEpoch() - m_carrierResolvedMs >= kCarrierRefreshMs)
            lookUpCarrier(m_carrierName); // reloads only when the addresses changed
        auto v = m_db->exec(QStringLiteral("SELECT n FROM config_version"));
        if (v && v->next() && v->value(0).toLongLong() != m_configVersion) {
            m_configVersion = v->value(0).toLongLong();
            reload();
        }
    });
    m_poll.start();
    emit logLine(tr("engine listening on %1 (primary) and %2 (secondary), realm %3, %4 accounts")
                     .arg(m_config->primaryAddress, m_config->secondaryAddress, QString::fromUtf8(m_config->realm))
                     .arg(m_config->accounts.size()));
    emit runningChanged(true);
    return {};
}

void SipEngine::startRelay(EngineConfig &cfg)
{
    m_recordingFolder.clear();
    if (cfg.mediaMode == EngineConfig::MediaMode::Never)
        return;
    using namespace centrale::settingkeys;
    SettingsRepository s(*m_db);
    if (!cfg.mediaControl.isEmpty()) {
        // An rtpengine of the administrator's: it relays, but recording and voicemail need its
        // pcaps, which it writes on its own host, and it opens the prompts it plays by path.
        const QString spool = s.get(QLatin1String(kMediaRecordingSpool));
        if (spool.isEmpty()) {
            emit logLine(tr("media relay %1 is external: call recording and voicemail are unavailable until media.recording_spool names its "
                            "recording-dir (recording-method = pcap) as this machine sees it")
                             .arg(cfg.mediaControl));
            return;
        }
        if (!QFileInfo(spool).isDir() || !QFileInfo(spool).isWritable()) {
            emit logLine(tr("media.recording_spool %1 is not a folder this engine can read and write: call recording and voicemail are unavailable")
                             .arg(spool));
            return;
        }
        m_recordingFolder = QDir(spool).absolutePath();
        cfg.mediaShared = m_recordingFolder;
        cfg.recordingAvailable = true;
        installPrompts(cfg);
        emit logLine(tr("media relay %1 is external: recordings are read from %2").arg(cfg.mediaControl, m_recordingFolder));
        return;
    }
    media::RtpengineSettings rs;
    rs.ngAddress = s.get(QLatin1String(kMediaNg));
    rs.mediaAddress = s.get(QLatin1String(kMediaAddress));
    if (rs.mediaAddress.isEmpty()) // media where the signalling is
        rs.mediaAddress = uriHost("sip:" + cfg.primaryAddress.toUtf8());
    const QStringList ports = s.get(QLatin1String(kMediaPorts)).split(QLatin1Char('-'));
    rs.portMin = ports.value(0).toInt();
    rs.portMax = ports.value(1).toInt();
    rs.folder = QFileInfo(m_dbPath).absoluteDir().filePath(QStringLiteral("media"));
    m_relay = std::make_unique<media::RtpengineSupervisor>(rs);
    connect(m_relay.get(), &media::RtpengineSupervisor::stateChanged, this, [this](media::RtpengineSupervisor::State, const QString &message) {
        emit logLine(message);
    });
    if (const Status started = m_relay->start(); !started) {
        emit logLine(tr("media relay not running, calls go end to end: %1").arg(started.message()));
        m_relay.reset();
        return;
    }
    m_relayControl = rs.ngAddress;
    cfg.mediaControl = m_relayControl;
    m_recordingFolder = m_relay->recordingFolder();
    cfg.recordingAvailable = true;
    installPrompts(cfg);
}

void SipEngine::installPrompts(EngineConfig &cfg)
{
    // Greetings and announcements live beside the voicemail messages; an external relay gets
    // copies in the shared folder when it plays them (media::sharedPrompt).
    const QString greetings = VoicemailRepository::greetingFolderFor(m_dbPath);
    if (const Status a = media::installAnnouncements(greetings); !a)
        emit logLine(tr("recording announcement unavailable: %1").arg(a.message()));
    else
        cfg.announcements = greetings;
    if (const Status g = media::installDefaultGreetings(greetings); !g) {
        emit logLine(tr("voicemail unavailable: %1").arg(g.message()));
        return;
    }
    cfg.voicemailGreetings = greetings;
}

void SipEngine::startProvisioning()
{
    SettingsRepository s(*m_db);
    using namespace settingkeys;
    provisioning::ProvisioningListen listen{s.get(QLatin1String(kProvTftp)), s.get(QLatin1String(kProvHttps)), s.get(QLatin1String(kProvCert)),
                                            s.get(QLatin1String(kProvKey)), StoreLocation::dataFolder(m_dbPath)};
    if (listen.tftp.isEmpty() && listen.https.isEmpty())
        return;
    // Refusals count towards the engine's source blocking, decided on the engine thread;
    // this thread only reads the blocks back from the engine's events.
    m_provisioning = std::make_unique<provisioning::ProvisioningServers>(
        *m_db, m_secrets, [this](const QHostAddress &source) { return !isBlocked(source); },
        [this](const QHostAddress &source, const QString &reason) {
            if (m_core)
                m_core->post([core = m_core.get(), ip = source.toString(), reason] { core->noteAuthFailure(nullptr, ip, reason); });
        });
    connect(m_provisioning.get(), &provisioning::ProvisioningServers::logLine, this, &SipEngine::logLine);
    for (const auto &problem : m_provisioning->start(listen))
        emit logLine(tr("provisioning: %1").arg(problem));
    if (!m_provisioning->listening().isEmpty())
        emit logLine(tr("provisioning on %1").arg(m_provisioning->listening().join(QStringLiteral(", "))));
}

bool SipEngine::isBlocked(const QHostAddress &source) const
{
    auto it = m_blockedUntil.constFind(source.toString());
    return it != m_blockedUntil.constEnd() && *it > nowSecs();
}

void SipEngine::stop()
{
    if (!m_core)
        return;
    m_provisioning.reset();
    m_poll.stop();
    toWriter(Heartbeat{QCoreApplication::applicationPid(), QString(), 0, QStringLiteral("{}")}); // not alive any more
    m_core->stop();
    m_core.reset();
    m_traceRecorder.reset(); // stores what was captured, after the agents are gone
    m_traceCapture.reset();
    m_upstream = {};
    emit upstreamChanged(m_upstream);
    m_recordings.reset(); // finishes the conversions already queued
    m_voicemail.reset();
    m_relay.reset();
    m_relayControl.clear();
    m_recordingFolder.clear();
    if (m_writer) {
        QMetaObject::invokeMethod(m_writer, [w = m_writer] { w->flush(); }, Qt::BlockingQueuedConnection);
        m_writerThread.quit();
        m_writerThread.wait();
        m_writer = nullptr;
    }
    emit runningChanged(false);
}

void SipEngine::reload()
{
    if (!m_core || !m_db)
        return;
    auto cfg = loadConfig();
    if (!cfg) {
        emit logLine(tr("configuration not reloaded: %1").arg(cfg.message()));
        return;
    }
    auto c = std::make_shared<EngineConfig>(*cfg.value());
    // Listen addresses only change with a restart; keep the running ones.
    c->primaryAddress = m_config->primaryAddress;
    c->secondaryAddress = m_config->secondaryAddress;
    c->primaryAddress6 = m_config->primaryAddress6;
    c->secondaryAddress6 = m_config->secondaryAddress6;
    if (c->mediaControl.isEmpty())
        c->mediaControl = m_relayControl;
    c->voicemailGreetings = m_config->voicemailGreetings;
    c->announcements = m_config->announcements;
    c->mediaShared = m_config->mediaShared;
    c->recordingAvailable = m_config->recordingAvailable;
    // Bindings of deleted accounts go with them.
    for (auto it = m_bindings.begin(); it != m_bindings.end();) {
        bool known = false;
        for (const auto &a : c->accounts)
            known = known || a.id == it.key();
        if (!known) {
            const qint64 id = it.key();
            m_core->post([core = m_core.get(), id] { core->registrar().with([id](Registrar &r) { r.dropAccount(id); }); });
            it = m_bindings.erase(it);
        } else {
            ++it;
        }
    }
    m_config = c;
    m_core->setConfig(c);
    if (m_traceRecorder)
        m_traceRecorder->setSettings(traceSettings());
    loadRates();
    syncBlocked();
    for (const auto &a : c->accounts)
        emit statusChanged(statusOf(a));
    emit logLine(tr("configuration reloaded: %1 accounts").arg(c->accounts.size()));
}

TraceSettings SipEngine::traceSettings()
{
    SettingsRepository settings(*m_db);
    TraceSettings t;
    t.limits.maxGroups = settings.get(QLatin1String(settingkeys::kTraceCalls)).toInt();
    t.limits.maxBytes = settings.get(QLatin1String(settingkeys::kTraceMib)).toLongLong() << 20;
    t.limits.maxAgeSecs = settings.get(QLatin1String(settingkeys::kTraceHours)).toLongLong() * 3600;
    t.hep = settings.get(QLatin1String(settingkeys::kHep));
    t.hepOptions.captureId = settings.get(QLatin1String(settingkeys::kHepCaptureId)).toUInt();
    return t;
}

void SipEngine::syncBlocked()
{
    // An administrator lifted blocks by deleting rows; blocks younger than a few seconds
    // may not be written yet and stay.
    const auto inDb = loadBlocked(*m_db, nowSecs());
    const qint64 cutoff = nowSecs() - 3;
    const int duration = m_config->block.durationSecs;
    m_core->post([core = m_core.get(), inDb, cutoff, duration] {
        const QStringList lift = core->blocker().with([&](FailureBlocker &b) {
            QStringList out;
            for (auto it = b.blocked().begin(); it != b.blocked().end(); ++it)
                if (!inDb.contains(it.key()) && it.value() - duration < cutoff)
                    out << it.key();
            for (const auto &a : out)
                b.lift(a);
            return out;
        });
        for (const auto &a : lift) {
            core->emitEvent(EngineEvent{RegistrationEventKind::Unblocked, 0, {}, {}, {}, {}, a, QStringLiteral("lifted")});
        }
    });
}

void SipEngine::writeHeartbeat()
{
    toWriter(Heartbeat{QCoreApplication::applicationPid(), m_config->primaryAddress + QLatin1Char(' ') + m_config->secondaryAddress, nowSecs(),
                       QString::fromUtf8(QJsonDocument(upstreamToJson(m_upstream)).toJson(QJsonDocument::Compact))});
}

void SipEngine::toWriter(WriteOp op)
{
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, [w = m_writer, op = std::move(op)]() mutable { w->enqueue(std::move(op)); }, Qt::QueuedConnection);
}

AccountStatus SipEngine::statusOf(const EngineAccount &a) const
{
    AccountStatus s;
    s.account = QString::fromUtf8(a.username);
    s.role = a.role;
    s.owner = a.owner;
    const auto bindings = m_bindings.value(a.id);
    s.bindings = int(bindings.size());
    const Binding *best = nullptr;
    for (const auto &b : bindings)
        if (!best || (b.reachable && !best->reachable) || b.expiresAt > best->expiresAt)
            best = &b;
    if (best) {
        s.state = best->reachable ? RegistrationState::Registered : RegistrationState::Unreachable;
        s.contact = best->contact;
        s.source = best->source;
        s.userAgent = best->userAgent;
        s.expires = QDateTime::fromSecsSinceEpoch(best->expiresAt, Qt::UTC);
    }
    return s;
}

QList<AccountStatus> SipEngine::snapshot() const
{
    QList<AccountStatus> out;
    if (!m_config)
        return out;
    for (const auto &a : m_config->accounts)
        out << statusOf(a);
    std::sort(out.begin(), out.end(), [](const AccountStatus &x, const AccountStatus &y) { return std::tie(x.owner, x.role) < std::tie(y.owner, y.role); });
    return out;
}

QStringList SipEngine::listenAddresses() const
{
    return m_config ? QStringList{m_config->primaryAddress, m_config->secondaryAddress} : QStringList{};
}

} // namespace centrale::sip
