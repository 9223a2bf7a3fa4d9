#pragma once
// A settings sheet: the fields an administrator types into a PBX's admin screens,
// grouped by screen, written as Markdown (to read) and CSV (to check off or import
// into a spreadsheet). Field names are the PBX's own (English) labels; headings,
// notes and explanations are translated.
#include "export/ExportTypes.h"

namespace centrale {

struct SheetRow {
    QString field; // the PBX's label, verbatim
    QString value;
    QString note;  // translated; optional
};

struct SheetSection {
    QString heading;       // translated, usually "Screen > tab"
    QString intro;         // translated; optional
    QList<SheetRow> rows;
    QStringList tableHeader;          // optional: a table instead of field rows
    QList<QStringList> tableRows;
};

struct Sheet {
    QString title;
    QStringList intro; // paragraphs
    QList<SheetSection> sections;

    QString markdown() const;
    QString csv() const; // section, field, value, note; tables as extra rows
    // baseName.md and baseName.csv
    ExportFiles files(const QString &baseName) const;
};

// One CSV field, quoted when needed (RFC 4180).
QString csvField(const QString &value);

} // namespace centrale
