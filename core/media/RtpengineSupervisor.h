#pragma once
// Runs our own rtpengine (user space, no kernel module) and keeps it running: writes its
// configuration into the data folder, starts it, checks it answers an ng ping, restarts it
// with a growing pause when it dies, and stops it with the engine. An administrator with
// an rtpengine of their own sets media.rtpengine instead, and nothing is started.
#include "util/Result.h"

#include <QObject>
#include <QProcess>
#include <QString>

class QTimer;

namespace centrale::media {

struct RtpengineSettings {
    // Not 2223 and 30000-40000: the distribution's own rtpengine service may hold those.
    QString ngAddress = QStringLiteral("127.0.0.1:22223");
    QString mediaAddress = QStringLiteral("127.0.0.1");   // where RTP is relayed
    int portMin = 50000;
    int portMax = 50999;
    QString folder; // config, pid file, log and recordings (pcaps) live here
};

class RtpengineSupervisor : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Unavailable };
    Q_ENUM(State)

    explicit RtpengineSupervisor(RtpengineSettings settings, QObject *parent = nullptr);
    ~RtpengineSupervisor() override;

    // The rtpengine program, or empty when it is not installed.
    static QString program();
    // The configuration file's text (an INI [rtpengine] section) for these settings.
    static QString configText(const RtpengineSettings &s);

    // Starts rtpengine and waits (at most a few seconds) until it answers a ping.
    Status start();
    void stop();
    State state() const { return m_state; }
    QString message() const { return m_message; }
    qint64 pid() const;
    QString recordingFolder() const;
    int restarts() const { return m_restarts; }

signals:
    void stateChanged(centrale::media::RtpengineSupervisor::State state, const QString &message);

private:
    Status launch();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void setState(State s, const QString &message);

    RtpengineSettings m_settings;
    QProcess *m_process = nullptr;
    QTimer *m_restartTimer = nullptr;
    State m_state = State::Stopped;
    QString m_message;
    bool m_stopping = false;
    int m_restarts = 0;
    int m_backoffMs = 500;
};

} // namespace centrale::media
