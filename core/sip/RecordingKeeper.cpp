#include "sip/RecordingKeeper.h"
#include "media/NgClient.h"
#include "media/RecordingFiles.h"
#include "service/RecordingService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace centrale::sip {

namespace {
constexpr int kPcapWaitMs = 5000;  // rtpengine closes the pcap once the session is deleted
constexpr int kHourMs = 3600 * 1000;
} // namespace

class RecordingWorker : public QObject {
    Q_OBJECT
public:
    RecordingWorker(QString dbPath, QString rtpengineFolder, QString ngAddress)
        : m_dbPath(std::move(dbPath)), m_rtpengine(std::move(rtpengineFolder)), m_ngAddress(std::move(ngAddress))
    {
    }

    void keep(const CallRecord &record, int days, bool split)
    {
        if (!open())
            return;
        if (m_rtpengine.isEmpty()) {
            emit logLine(tr("call %1: not recorded, the external media relay's recording folder is not set (media.recording_spool)").arg(record.callId));
            return;
        }
        // rtpengine closes (flushes) the pcap when the session is gone: wait for that, then
        // for its size to settle.
        QElapsedTimer t;
        t.start();
        if (!m_ng && !m_ngAddress.isEmpty())
            if (auto ng = media::NgClient::open(m_ngAddress, media::NgClient::Options{std::chrono::milliseconds(100), 2}))
                m_ng = std::move(ng).value();
        while (m_ng && t.elapsed() < kPcapWaitMs
               && m_ng->call({{QStringLiteral("command"), QStringLiteral("query")}, {QStringLiteral("call-id"), record.callId.toUtf8()}}).ok())
            QThread::msleep(20);
        QString pcap;
        qint64 lastSize = -1;
        while (t.elapsed() < kPcapWaitMs) {
            const QStringList found = media::pcapsOfCall(m_rtpengine, record.callId);
            if (!found.isEmpty()) {
                const qint64 size = QFileInfo(found.last()).size();
                if (size > 24 && size == lastSize) {
                    pcap = found.last();
                    break;
                }
                lastSize = size;
            }
            QThread::msleep(30); // short: the worker converts one call at a time, so every wait delays the queue
        }
        if (pcap.isEmpty()) {
            // A call in which nobody sent audio leaves a pcap of its header only: not kept,
            // and not left behind in the relay's folder either.
            for (const QString &empty : media::pcapsOfCall(m_rtpengine, record.callId))
                if (QFileInfo(empty).size() <= 24)
                    QFile::remove(empty);
            emit logLine(tr("call %1: not recorded, the media relay wrote no recording").arg(record.callId));
            return;
        }
        auto kept = RecordingService(*m_db, RecordingService::folderFor(m_dbPath)).keep(record, days, pcap, split);
        if (!kept)
            emit logLine(tr("call %1: recording not kept: %2").arg(record.callId, kept.message()));
        else
            emit logLine(tr("call %1: recorded in %2 (%3 s, kept %4 days)").arg(record.callId, kept->file).arg(kept->durationMs / 1000.0, 0, 'f', 1).arg(days));
    }

    void purge()
    {
        if (!open())
            return;
        auto deleted = RecordingService(*m_db, RecordingService::folderFor(m_dbPath)).purge(QDateTime::currentMSecsSinceEpoch());
        if (!deleted) {
            emit logLine(tr("expired recordings not deleted: %1").arg(deleted.message()));
            return;
        }
        for (const Recording &r : *deleted)
            emit logLine(tr("recording %1 of call %2 (%3 → %4, %5) deleted: its retention period ended")
                             .arg(r.file, r.callId, r.caller, r.callee, QDateTime::fromMSecsSinceEpoch(r.startedMs).toString(Qt::ISODate)));
    }

signals:
    void logLine(const QString &line);

private:
    bool open()
    {
        if (m_db)
            return true;
        auto db = Database::open(m_dbPath);
        if (!db) {
            emit logLine(tr("recordings: the database cannot be opened: %1").arg(db.message()));
            return false;
        }
        m_db = std::move(db).value();
        m_db->setAuditInterface(QStringLiteral("engine"));
        return true;
    }

    QString m_dbPath, m_rtpengine, m_ngAddress;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<media::NgClient> m_ng;
};

RecordingKeeper::RecordingKeeper(const QString &dbPath, const QString &rtpengineFolder, const QString &ngAddress, QObject *parent) : QObject(parent)
{
    m_worker = new RecordingWorker(dbPath, rtpengineFolder, ngAddress);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RecordingWorker::logLine, this, &RecordingKeeper::logLine, Qt::QueuedConnection);
    m_thread.start();
    m_hourly.setInterval(kHourMs);
    connect(&m_hourly, &QTimer::timeout, this, &RecordingKeeper::purgeNow);
    m_hourly.start();
    purgeNow(); // a restart does not postpone what expired meanwhile
}

RecordingKeeper::~RecordingKeeper()
{
    m_hourly.stop();
    drain(); // queued conversions finish first: a recorded call is not lost at stop
    m_thread.quit();
    m_thread.wait();
}

void RecordingKeeper::callEnded(const CallRecord &record, int retentionDays, bool split)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, record, retentionDays, split] { w->keep(record, retentionDays, split); }, Qt::QueuedConnection);
}

void RecordingKeeper::purgeNow()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->purge(); }, Qt::QueuedConnection);
}

void RecordingKeeper::drain()
{
    QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace centrale::sip

#include "RecordingKeeper.moc"
