// centralectl: the headless CLI that scripts, CI and benchmarks drive Centrale with.
#include "CtlContext.h"
#include "store/AuditContext.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

using namespace centrale::ctl;

namespace {

struct Group {
    const char *name;
    int (*run)(CtlContext &, const QString &);
    const char *actions;
    const char *summary;
    bool takesAction = true; // false: options follow the group word directly ("export --trunk …")
};

const Group kGroups[] = {
    {"number", numberCommand, "add|list|remove", QT_TRANSLATE_NOOP("centralectl", "Numbers owned by the customer")},
    {"callplan", callPlanCommand, "add|list|show|set|link|unlink|remove|step", QT_TRANSLATE_NOOP("centralectl", "Call plans (belplannen)")},
    {"trunk", trunkCommand, "add|list|show|set|password|remove", QT_TRANSLATE_NOOP("centralectl", "SIP trunks with their two accounts")},
    {"phone", phoneCommand, "add|list|show|set|password|remove", QT_TRANSLATE_NOOP("centralectl", "Phone accounts (toestelaccounts)")},
    {"provisioning", provisioningCommand, "show|token|log", QT_TRANSLATE_NOOP("centralectl", "Phone autoprovisioning: rendered files, HTTPS URLs, request log")},
    {"settings", settingsCommand, "list|get|set|password", QT_TRANSLATE_NOOP("centralectl", "Settings of the console and the engine")},
    {"blocked", blockedCommand, "list|lift", QT_TRANSLATE_NOOP("centralectl", "Source addresses blocked after failed logins")},
    {"fraud", fraudCommand, "list|unblock", QT_TRANSLATE_NOOP("centralectl", "Accounts the fraud detector blocked outbound")},
    {"limits", limitsCommand, "show|set", QT_TRANSLATE_NOOP("centralectl", "Spending and call limits of trunks and phone accounts")},
    {"destinations", destinationsCommand, "show|set", QT_TRANSLATE_NOOP("centralectl", "Where trunks and phone accounts may call (destination whitelist)")},
    {"rates", rateCommand, "import|list", QT_TRANSLATE_NOOP("centralectl", "The rate table calls are priced with")},
    {"cluster", clusterCommand, "status|sync|password", QT_TRANSLATE_NOOP("centralectl", "The Kamailio cluster Centrale provisions: nodes, sync, database password")},
    {"calls", callCommand, "list", QT_TRANSLATE_NOOP("centralectl", "The call log (gesprekken)")},
    {"recording", recordingCommand, "set|show", QT_TRANSLATE_NOOP("centralectl", "Call recording of trunks and phone accounts (retention, announcement)")},
    {"recordings", recordingsCommand, "list|export|purge", QT_TRANSLATE_NOOP("centralectl", "Call recordings the engine made")},
    {"demo", demoCommand, "calls", QT_TRANSLATE_NOOP("centralectl", "A week of plausible calls for a demo database")},
    {"migration", migrationCommand, "add|list|show|set|remove|task|contract|number|attention|letter",
     QT_TRANSLATE_NOOP("centralectl", "PSTN/ISDN to SIP migration projects: tasks, contracts, porting, letters")},
    {"voicemail", voicemailCommand, "list|delete|greeting", QT_TRANSLATE_NOOP("centralectl", "Voicemail messages of call plans, and their greetings")},
    {"audit", auditCommand, "[undo ID]", QT_TRANSLATE_NOOP("centralectl", "Who changed what, and undo of a change or an import"), false},
    {"export", exportCommand, "--trunk|--phone|--list-formats", QT_TRANSLATE_NOOP("centralectl", "PBX configuration for a trunk or phone account"), false},
    {"trace", traceCommand, "--call|--account [--pcap FILE]", QT_TRANSLATE_NOOP("centralectl", "SIP messages of a call or an account: ladder, JSON, pcap"), false},
    {"check", checkCommand, "--trunk|--phone", QT_TRANSLATE_NOOP("centralectl", "Connection check: OPTIONS, NAT, SIP ALG, firewall"), false},
};

struct SingleCommand {
    const char *name;
    int (*run)(CtlContext &);
    const char *summary;
};

const SingleCommand kSingles[] = {
    {"serve", serveCommand, QT_TRANSLATE_NOOP("centralectl", "Run the SIP engine in the foreground")},
    {"status", statusCommand, QT_TRANSLATE_NOOP("centralectl", "Live registration status of every account")},
    {"backup", backupCommand, QT_TRANSLATE_NOOP("centralectl", "Write a consistent backup, also while the engine runs")},
    {"restore", restoreCommand, QT_TRANSLATE_NOOP("centralectl", "Replace the database by a backup's")},
};

void printOverview()
{
    QTextStream out(stdout);
    out << "Usage: centralectl [--db PATH] [--secrets-file PATH] [--json] COMMAND ACTION [options]\n\n"
        << QCoreApplication::translate("centralectl", "Manage Centrale's trunks, numbers, call plans and engine from scripts.") << "\n\n"
        << QCoreApplication::translate("centralectl", "Commands:") << "\n";
    for (const auto &g : kGroups)
        out << "  " << QString::fromLatin1(g.name).leftJustified(13) << QString::fromLatin1(g.actions).leftJustified(42)
            << QCoreApplication::translate("centralectl", g.summary) << "\n";
    for (const auto &c : kSingles)
        out << "  " << QString::fromLatin1(c.name).leftJustified(55) << QCoreApplication::translate("centralectl", c.summary) << "\n";
    out << "\n" << QCoreApplication::translate("centralectl", "Every action has --help. Passwords are never taken as arguments: use --password-stdin or --generate.")
        << "\n";
}

// Only `migration letter` lays out text (fonts need a QGuiApplication); it renders
// offscreen, so it runs on a headless server too.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "migration") == 0)
            return qstrcmp(argv[i + 1], "letter") == 0;
    return false;
}

// The Gui application warns that a headless server has no XDG_RUNTIME_DIR (it falls back to
// a private one); that line would break the one-line-on-stderr contract of errors.
QtMessageHandler g_previousHandler = nullptr;

void quietGuiMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(quietGuiMessages);
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Centrale"));
    QCoreApplication::setApplicationName(QStringLiteral("centrale"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CENTRALE_VERSION));
    centrale::AuditContext::setInterface(QStringLiteral("cli")); // every change from here is the command line's

    QStringList args = app.arguments();
    // Global options may stand before the command; move them behind it so each
    // subcommand's parser sees them.
    QStringList globals;
    while (args.size() > 1 && args.at(1).startsWith(QLatin1String("--"))) {
        const QString a = args.takeAt(1);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printOverview();
            return Ok;
        }
        if (a == QLatin1String("--version")) {
            QTextStream(stdout) << "centralectl " << CENTRALE_VERSION << "\n";
            return Ok;
        }
        globals << a;
        if ((a == QLatin1String("--db") || a == QLatin1String("--secrets-file")) && args.size() > 1)
            globals << args.takeAt(1);
    }
    CtlContext ctx(args);
    if (args.size() < 2) {
        printOverview();
        return Usage;
    }
    const QString group = args.at(1);
    for (const auto &c : kSingles) {
        if (group == QLatin1String(c.name)) {
            ctx.args = QStringList{args.at(0)} + args.mid(2) + globals;
            return c.run(ctx);
        }
    }
    for (const auto &g : kGroups) {
        if (group != QLatin1String(g.name))
            continue;
        if (!g.takesAction) {
            ctx.args = QStringList{args.at(0)} + args.mid(2) + globals;
            return g.run(ctx, QString());
        }
        if (args.size() < 3 || args.at(2) == QLatin1String("--help") || args.at(2) == QLatin1String("-h")) {
            QTextStream(args.size() < 3 ? stderr : stdout) << "Usage: centralectl " << g.name << " " << g.actions << " [options]\n";
            return args.size() < 3 ? Usage : Ok;
        }
        const QString action = args.at(2);
        ctx.args = QStringList{args.at(0)} + args.mid(3) + globals;
        return g.run(ctx, action);
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown command \"%1\" (see: centralectl --help).").arg(group));
}
