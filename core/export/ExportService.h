#pragma once
// Exporting a stored trunk or phone account: gathers the input from the store, the
// settings and (only when asked) the secret store, runs the format's generator and
// writes the files. Files with passwords are created 0600 before anything is
// written to them, others 0644. Existing files are not overwritten unless
// overwrite is set; then nothing is written at all.
#include "export/ExportRegistry.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

namespace centrale {

struct ExportRequest {
    QString trunkName;   // exactly one of trunkName and phoneNumber
    QString phoneNumber; // E.164 digits
    QString format;      // empty: the trunk brand's default (phone accounts: baresip)
    QString outDir;      // created when missing
    bool includeSecrets = false;
    bool overwrite = false;
};

struct ExportOutcome {
    QString format;
    QStringList paths; // absolute, in generator order
    bool secretsIncluded = false;
};

class ExportService {
    Q_DECLARE_TR_FUNCTIONS(ExportService)
public:
    // secrets may be null when no request includes secrets.
    ExportService(Database &db, SecretStore *secrets) : m_db(db), m_secrets(secrets) {}

    Result<ExportOutcome> run(const ExportRequest &request);
    // Builds the generator input for the request (used by run(); public for the console's preview).
    Result<ExportInput> input(const ExportRequest &request, QString *defaultFormat = nullptr);

    static Result<QStringList> writeFiles(const ExportFiles &files, const QString &dir, bool secret, bool overwrite);

private:
    Database &m_db;
    SecretStore *m_secrets;
};

} // namespace centrale
