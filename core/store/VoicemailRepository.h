#pragma once
// Voicemail messages (the voicemail_messages table). The WAV files live beside the database
// in <data dir>/voicemail/ (mode 0600); delete() removes the row and its file.
#include "domain/VoicemailMessage.h"
#include "store/Database.h"

namespace centrale {

class VoicemailRepository {
public:
    explicit VoicemailRepository(Database &db) : m_db(db) {}

    // <data dir>/voicemail of the database at dbPath.
    static QString folderFor(const QString &dbPath);
    // <data dir>/voicemail/greetings: uploaded greetings (plan-ID.wav) and the defaults.
    static QString greetingFolderFor(const QString &dbPath);

    Result<qint64> add(const VoicemailMessage &m);
    // Newest first; planId 0: every plan.
    Result<QList<VoicemailMessage>> list(qint64 planId = 0);
    Result<VoicemailMessage> find(qint64 id);
    // Removes the row, then the file; an error naming "id" when there is no such message.
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace centrale
