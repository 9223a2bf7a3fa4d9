#pragma once
// Turns a finished voicemail call into a message: waits for rtpengine's pcap of the call,
// decodes what the caller said to a WAV (0600, <data dir>/voicemail/), stores the row and
// mails the WAV to the step's addresses. The decoding runs on a pool thread; the row and
// the mail are handed on from the owner's thread.
#include "domain/CallRecord.h"
#include "domain/VoicemailMessage.h"
#include "sip/VoicemailCall.h"

#include <QObject>

namespace centrale {
class AlertMailer;
class Database;
} // namespace centrale

namespace centrale::sip {

class VoicemailDelivery : public QObject {
    Q_OBJECT
public:
    // recordingFolder: rtpengine's recording-dir (its pcaps/ and metadata/ folders).
    VoicemailDelivery(Database &db, AlertMailer *mailer, QString recordingFolder, QObject *parent = nullptr);

    // call: the voicemail call as it ended (caller, called number, answer time, Call-ID).
    void deliver(const VoicemailCall &voicemail, const CallRecord &call);

    // The mail's subject and text (tests read them back from the SMTP sink).
    static QString subject(const VoicemailMessage &m, const QString &box);
    static QString body(const VoicemailMessage &m, const QString &box);

signals:
    void logLine(const QString &line);
    void received(const centrale::VoicemailMessage &message);

private:
    void store(const VoicemailCall &vm, VoicemailMessage m);

    Database &m_db;
    AlertMailer *m_mailer;
    QString m_recordings;
};

} // namespace centrale::sip
