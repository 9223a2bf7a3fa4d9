#pragma once
// The call log as CSV, the same for `centralectl calls list --csv` and the console's export.
#include "domain/CallRecord.h"
#include <QByteArray>
#include <QList>

namespace centrale {

// A header line and one line per record: RFC 4180 quoting, CRLF, UTF-8; times in
// ISO 8601 local time with offset (empty when it did not happen); cost in euro with 4 decimals.
QByteArray callRecordsToCsv(const QList<CallRecord> &records);

} // namespace centrale
