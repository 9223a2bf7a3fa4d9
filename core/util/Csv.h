#pragma once
// RFC 4180 CSV, both ways: records with the line each starts on (errors name it),
// and fields quoted only when they must be.
#include "util/Result.h"
#include <QList>
#include <QStringList>

namespace centrale::csv {

struct Record {
    int line = 0; // 1-based line the record starts on
    QStringList fields;
};

// Blank lines and lines starting with '#' are skipped; a quoted field may contain
// commas, doubled quotes and line breaks. Fields are not trimmed.
Result<QList<Record>> read(const QString &text);

// One field as it must appear in a line: quoted when it holds a comma, quote or line break.
QString field(const QString &value);
// Fields joined with commas and ended with CRLF, as RFC 4180 has it.
QByteArray line(const QStringList &fields);

} // namespace centrale::csv
