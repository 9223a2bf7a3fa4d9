#pragma once
// The engine's side of call recording outside the SIP thread: turns each recorded call's
// pcap (written by rtpengine) into WAV files and a row, and deletes expired recordings every
// hour, logging each deletion. Conversion and purge run on a thread of their own with their
// own database connection, so neither the SIP thread nor the console ever waits for them.
#include "domain/CallRecord.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace centrale::sip {

class RecordingWorker;

class RecordingKeeper : public QObject {
    Q_OBJECT
public:
    // rtpengineFolder: where our own rtpengine writes its pcaps, ngAddress its control
    // address; empty when the relay is someone else's (then calls are not recorded here).
    RecordingKeeper(const QString &dbPath, const QString &rtpengineFolder, const QString &ngAddress, QObject *parent = nullptr);
    ~RecordingKeeper() override;

    void callEnded(const CallRecord &record, int retentionDays, bool split);
    void purgeNow();
    // Blocks until the queued work is done (tests, engine stop).
    void drain();

signals:
    void logLine(const QString &line);

private:
    QThread m_thread;
    RecordingWorker *m_worker = nullptr;
    QTimer m_hourly;
};

} // namespace centrale::sip
