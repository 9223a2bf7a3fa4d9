#include "CtlContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>

namespace centrale::ctl {

CtlContext::CtlContext(QStringList a) : args(std::move(a)) {}

bool CtlContext::parse(QCommandLineParser &parser, const QString &command, const QString &description, const QString &positional,
                       const QString &positionalHelp)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("centralectl", "Show this help."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QCoreApplication::translate("centralectl", "Database: an SQLite file or postgresql://user@host:port/dbname (password in ~/.pgpass; default: $CENTRALE_DB, else %1).").arg(Database::defaultPath()), QCoreApplication::translate("centralectl", "PATH"));
    const QCommandLineOption secretsOpt(QStringLiteral("secrets-file"),
                                        QCoreApplication::translate("centralectl", "Keep passwords in this 0600 file instead of the keychain (headless servers)."), QCoreApplication::translate("centralectl", "PATH"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("centralectl", "Machine-readable output."));
    parser.addOption(help);
    parser.addOption(dbOpt);
    parser.addOption(secretsOpt);
    parser.addOption(jsonOpt);
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional, positionalHelp);

    QStringList argv = args;
    argv[0] = QStringLiteral("centralectl ") + command;
    if (!parser.parse(argv)) {
        exitCode = usage(parser.errorText() + QCoreApplication::translate("centralectl", " (see: centralectl %1 --help)").arg(command));
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: [^ ]+ ")), QStringLiteral("Usage: centralectl ") + command + QLatin1Char(' '));
        print(text.trimmed());
        exitCode = Ok;
        return false;
    }
    m_dbPath = parser.isSet(dbOpt) ? parser.value(dbOpt) : Database::defaultPath();
    m_secretsFile = parser.value(secretsOpt);
    m_json = parser.isSet(jsonOpt);
    if (positional.isEmpty() && !parser.positionalArguments().isEmpty()) {
        exitCode = usage(QCoreApplication::translate("centralectl", "Unexpected argument \"%1\" (see: centralectl %2 --help).").arg(parser.positionalArguments().first(), command));
        return false;
    }
    return true;
}

Result<Database *> CtlContext::db()
{
    if (!m_db) {
        auto r = Database::open(m_dbPath);
        if (!r)
            return r.error();
        m_db = std::move(r).value();
    }
    return m_db.get();
}

Result<SecretStore *> CtlContext::secrets()
{
    if (!m_secrets) {
        auto r = openSecretStore(m_secretsFile);
        if (!r)
            return r.error();
        m_secrets = std::move(r).value();
    }
    return m_secrets.get();
}

Result<std::pair<Database *, SecretStore *>> CtlContext::stores()
{
    auto d = db();
    if (!d)
        return d.error();
    auto s = secrets();
    if (!s)
        return s.error();
    return std::pair{d.value(), s.value()};
}

int CtlContext::fail(const QString &message, int code)
{
    QString line = message.simplified();
    std::fprintf(stderr, "centralectl: %s\n", qPrintable(line));
    return code;
}

void CtlContext::print(const QString &text)
{
    QTextStream out(stdout);
    out << text << Qt::endl;
}

void CtlContext::printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

std::optional<QString> CtlContext::readLine()
{
    static QTextStream in(stdin);
    QString line;
    if (!in.readLineInto(&line))
        return std::nullopt;
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace centrale::ctl
