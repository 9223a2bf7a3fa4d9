#include "media/RtpengineSupervisor.h"
#include "media/NgClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace centrale::media {
namespace {

constexpr int kMaxBackoffMs = 30000;
constexpr int kStartWaitMs = 5000;

} // namespace

RtpengineSupervisor::RtpengineSupervisor(RtpengineSettings settings, QObject *parent) : QObject(parent), m_settings(std::move(settings))
{
    m_restartTimer = new QTimer(this);
    m_restartTimer->setSingleShot(true);
    connect(m_restartTimer, &QTimer::timeout, this, [this] {
        if (Status s = launch(); !s)
            onFinished(-1, QProcess::CrashExit);
    });
}

RtpengineSupervisor::~RtpengineSupervisor() { stop(); }

QString RtpengineSupervisor::program()
{
    QString p = QStandardPaths::findExecutable(QStringLiteral("rtpengine"));
    if (p.isEmpty()) // not always on a user's PATH
        p = QStandardPaths::findExecutable(QStringLiteral("rtpengine"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
    return p;
}

QString RtpengineSupervisor::configText(const RtpengineSettings &s)
{
    const QString folder = QDir(s.folder).absolutePath();
    // table = -1: user space only, no kernel module (it needs root and a matching kernel).
    // recording-method = pcap: one pcap per call that Centrale turns into WAV itself.
    return QStringLiteral("# Written by Centrale; changes are overwritten at the next start.\n"
                          "[rtpengine]\n"
                          "table = -1\n"
                          "interface = %1\n"
                          "listen-ng = %2\n"
                          "port-min = %3\n"
                          "port-max = %4\n"
                          "recording-dir = %5/recordings\n"
                          "recording-method = pcap\n"
                          "recording-format = raw\n"
                          "pidfile = %5/rtpengine.pid\n"
                          "log-stderr = true\n"
                          "log-level = 5\n"
                          "delete-delay = 0\n")
        .arg(s.mediaAddress, s.ngAddress)
        .arg(s.portMin)
        .arg(s.portMax)
        .arg(folder);
}

qint64 RtpengineSupervisor::pid() const { return m_process ? m_process->processId() : 0; }

QString RtpengineSupervisor::recordingFolder() const { return QDir(m_settings.folder).absoluteFilePath(QStringLiteral("recordings")); }

Status RtpengineSupervisor::start()
{
    m_stopping = false;
    m_backoffMs = 500;
    if (program().isEmpty()) {
        setState(State::Unavailable, tr("rtpengine is not installed: calls work, but voicemail and call recording are unavailable."));
        return Status::fail(m_message);
    }
    return launch();
}

Status RtpengineSupervisor::launch()
{
    if (!QDir().mkpath(recordingFolder()))
        return Status::fail(tr("Cannot create the media folder %1.").arg(recordingFolder()));
    const QString configPath = QDir(m_settings.folder).absoluteFilePath(QStringLiteral("rtpengine.conf"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate) || config.write(configText(m_settings).toUtf8()) < 0)
        return Status::fail(tr("Cannot write %1: %2").arg(configPath, config.errorString()));
    config.close();

    delete m_process;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(QDir(m_settings.folder).absoluteFilePath(QStringLiteral("rtpengine.log")), QIODevice::Append);
    connect(m_process, &QProcess::finished, this, &RtpengineSupervisor::onFinished);
    // Even a killed engine leaves no relay behind holding the ports.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    setState(State::Starting, tr("Starting rtpengine…"));
    m_process->start(program(), {QStringLiteral("--config-file=") + configPath, QStringLiteral("--config-section=rtpengine"), QStringLiteral("--foreground")});
    if (!m_process->waitForStarted(kStartWaitMs))
        return Status::fail(tr("rtpengine did not start: %1").arg(m_process->errorString()));

    // Ready means answering on its control port, not merely running.
    auto ng = NgClient::open(m_settings.ngAddress, NgClient::Options{std::chrono::milliseconds(100), 1});
    if (!ng)
        return ng.error();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < kStartWaitMs && m_process->state() == QProcess::Running) {
        if ((*ng)->call({{QStringLiteral("command"), QStringLiteral("ping")}})) {
            setState(State::Running, tr("rtpengine is running (control %1, media %2 ports %3-%4).")
                                         .arg(m_settings.ngAddress, m_settings.mediaAddress)
                                         .arg(m_settings.portMin)
                                         .arg(m_settings.portMax));
            m_backoffMs = 500;
            return {};
        }
    }
    const QString why = m_process->state() == QProcess::Running ? tr("it does not answer on %1").arg(m_settings.ngAddress)
                                                                  : tr("it exited; see %1").arg(QDir(m_settings.folder).absoluteFilePath(QStringLiteral("rtpengine.log")));
    m_stopping = true; // this failure is reported to the caller, not restarted behind its back
    m_process->kill();
    m_process->waitForFinished(1000);
    m_stopping = false;
    setState(State::Stopped, tr("rtpengine did not start: %1.").arg(why));
    return Status::fail(m_message);
}

void RtpengineSupervisor::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    ++m_restarts;
    setState(State::Starting, tr("rtpengine stopped (%1); restarting in %2 s.")
                                  .arg(status == QProcess::CrashExit ? tr("crashed") : tr("exit code %1").arg(exitCode))
                                  .arg(m_backoffMs / 1000.0, 0, 'f', 1));
    m_restartTimer->start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void RtpengineSupervisor::stop()
{
    m_stopping = true;
    m_restartTimer->stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    if (m_state != State::Unavailable)
        setState(State::Stopped, tr("rtpengine is stopped."));
}

void RtpengineSupervisor::setState(State s, const QString &message)
{
    m_state = s;
    m_message = message;
    emit stateChanged(s, message);
}

} // namespace centrale::media
