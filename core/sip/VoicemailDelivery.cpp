#include "sip/VoicemailDelivery.h"
#include "mail/AlertMailer.h"
#include "media/PcapRtp.h"
#include "media/VoicemailAudio.h"
#include "store/VoicemailRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QUrl>
#include <QUuid>

namespace centrale::sip {
namespace {

constexpr int kPcapWaitMs = 5000;

// rtpengine names a call's files after its Call-ID, percent-encoded ("@" as %40), and a random part.
QString fileStem(const QString &callId) { return QString::fromLatin1(QUrl::toPercentEncoding(callId)) + QLatin1Char('-'); }

// The pcap appears in pcaps/ once the session is deleted.
QString waitForPcap(const QString &folder, const QString &callId)
{
    const QDir pcaps(folder + QStringLiteral("/pcaps"));
    qint64 lastSize = -1;
    for (int waited = 0; waited < kPcapWaitMs; waited += 50) {
        const QStringList found = pcaps.entryList({fileStem(callId) + QStringLiteral("*.pcap")}, QDir::Files);
        if (!found.isEmpty()) {
            const QString path = pcaps.filePath(found.first());
            const qint64 size = QFileInfo(path).size();
            if (size > 0 && size == lastSize) // no longer growing
                return path;
            lastSize = size;
        }
        QThread::msleep(50);
    }
    return {};
}

void removeRecording(const QString &folder, const QString &callId)
{
    // The caller's words are kept once, in the voicemail WAV; the pcap and its metadata go.
    for (const QString &sub : {QStringLiteral("pcaps"), QStringLiteral("metadata")}) {
        const QDir d(folder + QLatin1Char('/') + sub);
        for (const QString &f : d.entryList({fileStem(callId) + QLatin1Char('*'), QStringLiteral("rtpengine-meta-") + fileStem(callId) + QLatin1Char('*')}, QDir::Files))
            QFile::remove(d.filePath(f));
    }
}

QString safeName(const QString &text)
{
    QString s = text.left(24);
    for (QChar &c : s)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    return s;
}

} // namespace

VoicemailDelivery::VoicemailDelivery(Database &db, AlertMailer *mailer, QString recordingFolder, QObject *parent)
    : QObject(parent), m_db(db), m_mailer(mailer), m_recordings(std::move(recordingFolder))
{
}

QString VoicemailDelivery::subject(const VoicemailMessage &m, const QString &box)
{
    return tr("Voicemail for %1 from %2 (%3 s)").arg(box, m.caller).arg(qRound(m.seconds));
}

QString VoicemailDelivery::body(const VoicemailMessage &m, const QString &box)
{
    return tr("A new voicemail message is attached.\n\n"
              "Caller: %1\nCalled number: %2\nReceived: %3\nDuration: %4 s\nVoicemail box: %5 (call plan %6)\n")
        .arg(m.caller, m.called, QDateTime::fromMSecsSinceEpoch(m.receivedMs).toString(Qt::ISODate))
        .arg(m.seconds, 0, 'f', 1)
        .arg(box, m.planName);
}

void VoicemailDelivery::deliver(const VoicemailCall &vm, const CallRecord &call)
{
    const QString folder = VoicemailRepository::folderFor(m_db.path());
    const QString recordings = m_recordings;
    QPointer<VoicemailDelivery> self(this);
    QThreadPool::globalInstance()->start([self, vm, call, folder, recordings] {
        VoicemailMessage m;
        m.planId = vm.planId;
        m.planName = vm.plan;
        m.caller = call.caller;
        m.called = call.callee;
        m.receivedMs = call.answeredMs;
        m.callId = call.callId;
        QString error;
        const QString pcap = waitForPcap(recordings, call.callId);
        if (pcap.isEmpty()) {
            error = tr("no recording of the call appeared in %1").arg(recordings);
        } else if (auto streams = media::readPcapRtpFile(pcap); !streams) {
            error = streams.message();
        } else if (auto audio = media::voicemailAudio(*streams, vm.callerFacing); !audio) {
            error = audio.message();
        } else {
            QDir().mkpath(folder);
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            m.file = QStringLiteral("%1-%2-%3.wav")
                         .arg(QDateTime::fromMSecsSinceEpoch(m.receivedMs).toString(QStringLiteral("yyyyMMdd-HHmmss")))
                         .arg(m.planId)
                         .arg(safeName(QUuid::createUuid().toString(QUuid::Id128).left(8)));
            m.seconds = audio->seconds();
            if (Status s = media::writeWav(QDir(folder).filePath(m.file), *audio); !s)
                error = s.message();
        }
        removeRecording(recordings, call.callId);
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [self, vm, call, m, error] {
            if (!self)
                return;
            if (!error.isEmpty())
                emit self->logLine(tr("voicemail from %1 for %2 lost: %3").arg(call.caller, vm.box, error));
            else
                self->store(vm, m);
        }, Qt::QueuedConnection);
    });
}

void VoicemailDelivery::store(const VoicemailCall &vm, VoicemailMessage m)
{
    const QString path = QDir(VoicemailRepository::folderFor(m_db.path())).filePath(m.file);
    auto id = VoicemailRepository(m_db).add(m);
    if (!id) {
        emit logLine(tr("voicemail from %1 for %2 not stored: %3").arg(m.caller, vm.box, id.message()));
        return;
    }
    m.id = *id;
    emit logLine(tr("voicemail %1 from %2 for %3: %4 s").arg(m.id).arg(m.caller, vm.box).arg(m.seconds, 0, 'f', 1));
    emit received(m);
    if (!m_mailer)
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        emit logLine(tr("voicemail %1 not mailed: %2").arg(m.id).arg(f.errorString()));
        return;
    }
    MailMessage mail{vm.mailTo, subject(m, vm.box), body(m, vm.box), {}};
    mail.attachments << MailAttachment{QStringLiteral("voicemail-%1.wav").arg(QDateTime::fromMSecsSinceEpoch(m.receivedMs).toString(QStringLiteral("yyyyMMdd-HHmmss"))),
                                       "audio/wav", f.readAll()};
    m_mailer->send(std::move(mail));
}

} // namespace centrale::sip
