#pragma once
// What every export generator takes and gives. Generators are pure: no SQL, no
// secrets access; ExportService gathers the input.
#include "domain/PhoneAccount.h"
#include "domain/Trunk.h"
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace centrale {

struct ExportInput {
    std::optional<Trunk> trunk;        // exactly one of trunk and phone is set
    std::optional<PhoneAccount> phone;
    QString primaryServer;   // HOST:PORT (setting sip.primary)
    QString secondaryServer; // HOST:PORT (setting sip.secondary)
    QString realm;           // setting sip.realm
    // username → plain password; only filled when the user asked to include secrets.
    // A username without an entry gets passwordPlaceholder() instead.
    QHash<QString, QString> passwords;
    QString language; // "nl" or "en" (setting ui.language); sheet texts come from tr(), so the caller installs this translator
};

struct ExportFile {
    QString fileName; // plain name, no folders
    QString contents;
    friend bool operator==(const ExportFile &, const ExportFile &) = default;
};
using ExportFiles = QList<ExportFile>;

// What stands in a file instead of a password that was not exported.
QString passwordPlaceholder(const QString &username);

} // namespace centrale
