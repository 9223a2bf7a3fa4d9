#pragma once
// What the migration subcommands share (projects, tasks, contracts, numbers, letter):
// their arguments, their JSON, the project named on the command line, and the nested
// action word of "migration task|contract|number".
#include "CtlContext.h"
#include "domain/Migration.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <optional>

namespace centrale::ctl::migrationcli {

QString iso(const QDate &d);
QJsonValue jsonDate(const QDate &d);

// YYYY-MM-DD; "none" (when allowed) clears a date and gives an invalid QDate.
Result<QDate> dateArg(const QString &text, const QString &option, bool allowNone = false);
// The date of an option, named in the error; no value when the option is not given.
Result<std::optional<QDate>> dateOption(const QCommandLineParser &p, const QCommandLineOption &option, bool allowNone = false);
// A task or contract number as migration show lists it (#12 or 12).
Result<qint64> idArg(const QString &text, const QString &what);
// A number to port, with "number: " in front of the error.
Result<QString> portNumberArg(const QString &text);

int tasksDone(const MigrationProject &p);
QJsonObject toJson(const MigrationTask &t, const QDate &today);
QJsonObject toJson(const MigrationContract &c);
QJsonObject toJson(const MigrationNumber &n);
QJsonObject toJson(const MigrationProject &p, const QDate &today, bool details);

// The database, and the project whose customer is the first positional argument.
struct OpenProject {
    Database *db = nullptr;
    MigrationProject project;
};
Result<OpenProject> openProject(CtlContext &ctx, const QCommandLineParser &p);

// "migration task|contract|number": the nested action word, or its usage line (for --help,
// bash completion reads the actions from it). Empty when the caller should return code.
QString nestedAction(CtlContext &ctx, const char *usageLine, int &code);

int taskCommand(CtlContext &ctx);
int contractCommand(CtlContext &ctx);
int numberCommand(CtlContext &ctx);
int letterCommand(CtlContext &ctx);

} // namespace centrale::ctl::migrationcli
