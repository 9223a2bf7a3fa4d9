#pragma once
// The spreadsheet beside exported recordings (.xlsx through libxlsxwriter): one row per
// recording, so the customer can find each one (seed 003 §5).
#include "store/RecordingRepository.h"

namespace centrale {

Status writeRecordingSheet(const QString &path, const QList<Recording> &recordings);

} // namespace centrale
