#pragma once
// What happens to recordings outside a call: a finished call's pcap becomes WAV files and a
// row (done by the engine, off the SIP thread), expired recordings are deleted (hourly by the
// engine, or `centralectl recordings purge`), and a period is exported with a spreadsheet.
#include "domain/CallRecord.h"
#include "store/RecordingRepository.h"

#include <functional>

namespace centrale {

struct RecordingExport {
    int recordings = 0;
    QStringList files;   // copied WAV files, names inside the output folder
    QString spreadsheet; // path of the .xlsx
    QStringList missing; // recordings whose file was gone
};

class RecordingService {
public:
    RecordingService(Database &db, QString folder) : m_db(db), m_folder(std::move(folder)) {}

    // <data dir>/recordings beside the database.
    static QString folderFor(const QString &dbPath);
    QString folder() const { return m_folder; }

    // Converts rtpengine's pcap of a finished call, stores the row, removes the pcap.
    Result<Recording> keep(const CallRecord &call, int retentionDays, const QString &pcapPath, bool split);
    // Deletes every recording expired at nowMs (files, then row); returns what was deleted.
    Result<QList<Recording>> purge(qint64 nowMs);
    // Copies the recordings started in [fromMs, toMs) into outDir with recordings.xlsx.
    // progress(done, total) runs after each file.
    Result<RecordingExport> exportPeriod(qint64 fromMs, qint64 toMs, const QString &outDir, const std::function<void(int, int)> &progress = {});

private:
    Database &m_db;
    QString m_folder;
};

} // namespace centrale
