#pragma once
// The cancellation and number-porting letter a customer sends its current telecom
// provider (seed 003 §7, phase 2), in the project's language (nl or en), from a template.
// Rendering needs a QGuiApplication (fonts); the offscreen platform is enough.
#include "domain/Migration.h"

namespace centrale::letters {

struct PortingLetter {
    MigrationProject project;
    MigrationContract contract; // the provider the letter goes to
    QDate date;                 // the letter's date
};

// The letter for project addressed to the contract of provider (case-insensitive); an
// empty provider is allowed when the project has exactly one contract. Needs at least
// one number to port.
Result<PortingLetter> portingLetter(const MigrationProject &project, const QString &provider, const QDate &date);

QString letterHtml(const PortingLetter &letter); // the filled-in template
QString formatLetterDate(const QDate &date, const QString &language); // "3 december 2026" / "3 December 2026"

// Writes the letter as an A4 PDF; an error names the file when it cannot be written.
Status writePortingLetterPdf(const PortingLetter &letter, const QString &path);

} // namespace centrale::letters
