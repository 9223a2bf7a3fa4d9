#pragma once
// What every centralectl subcommand shares: global options, the database, the
// secret store, and one way to print results and errors.
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <memory>
#include <utility>

namespace centrale::ctl {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

class CtlContext {
public:
    explicit CtlContext(QStringList args);

    // A parser for one subcommand, with --help and the global options already in it.
    // Returns false (and sets exitCode) when the command line is wrong or help was shown.
    bool parse(QCommandLineParser &parser, const QString &command, const QString &description, const QString &positional = {},
               const QString &positionalHelp = {});

    Result<Database *> db();
    Result<SecretStore *> secrets();
    // Both, for commands that change accounts (passwords live in the secret store).
    Result<std::pair<Database *, SecretStore *>> stores();
    bool json() const { return m_json; }
    QString dbPath() const { return m_dbPath; } // for commands that must not open it (restore)
    QString secretsFile() const { return m_secretsFile; } // empty = the keychain

    int fail(const QString &message, int code = Failed); // one line on stderr
    int usage(const QString &message) { return fail(message, Usage); }
    void print(const QString &text);
    void printJson(const QJsonValue &value);
    // Reads one line from standard input (passwords); empty optional at end of input.
    std::optional<QString> readLine();

    QStringList args; // the subcommand's words and options (program name first)
    int exitCode = Ok;

private:
    QString m_dbPath;
    QString m_secretsFile;
    bool m_json = false;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
};

int numberCommand(CtlContext &ctx, const QString &action);
int callPlanCommand(CtlContext &ctx, const QString &action);
int trunkCommand(CtlContext &ctx, const QString &action);
int phoneCommand(CtlContext &ctx, const QString &action);
int settingsCommand(CtlContext &ctx, const QString &action);
int provisioningCommand(CtlContext &ctx, const QString &action);
int blockedCommand(CtlContext &ctx, const QString &action);
int fraudCommand(CtlContext &ctx, const QString &action);
int limitsCommand(CtlContext &ctx, const QString &action);
int destinationsCommand(CtlContext &ctx, const QString &action);
int rateCommand(CtlContext &ctx, const QString &action);
int callCommand(CtlContext &ctx, const QString &action);
int recordingCommand(CtlContext &ctx, const QString &action);
int recordingsCommand(CtlContext &ctx, const QString &action);
int demoCommand(CtlContext &ctx, const QString &action);
int migrationCommand(CtlContext &ctx, const QString &action);
int voicemailCommand(CtlContext &ctx, const QString &action);
// Commands without an action word.
int serveCommand(CtlContext &ctx);
int statusCommand(CtlContext &ctx);
int backupCommand(CtlContext &ctx);
int restoreCommand(CtlContext &ctx);
int exportCommand(CtlContext &ctx, const QString &action); // takes no action word
int traceCommand(CtlContext &ctx, const QString &action); // takes no action word
int checkCommand(CtlContext &ctx, const QString &action); // takes no action word
int auditCommand(CtlContext &ctx, const QString &action);
int clusterCommand(CtlContext &ctx, const QString &action);  // takes no action word (undo is a word of its own)

} // namespace centrale::ctl
