#include "MigrationCli.h"
#include "Args.h"
#include "store/MigrationRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>
#include <algorithm>

namespace centrale::ctl::migrationcli {

QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QJsonValue jsonDate(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }

Result<QDate> dateArg(const QString &text, const QString &option, bool allowNone)
{
    if (allowNone && text.trimmed() == QLatin1String("none"))
        return QDate();
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        return Result<QDate>::fail(QCoreApplication::translate("centralectl", "--%1 must be a date as YYYY-MM-DD%2, not \"%3\".").arg(option, allowNone ? QCoreApplication::translate("centralectl", " or none") : QString(), text), option);
    return d;
}

Result<std::optional<QDate>> dateOption(const QCommandLineParser &p, const QCommandLineOption &option, bool allowNone)
{
    if (!p.isSet(option))
        return std::optional<QDate>();
    auto d = dateArg(p.value(option), option.names().constFirst(), allowNone);
    if (!d)
        return d.error();
    return std::optional<QDate>(d.value());
}

Result<qint64> idArg(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = QString(text).remove(QLatin1Char('#')).toLongLong(&ok);
    if (!ok || id <= 0)
        return Result<qint64>::fail(QCoreApplication::translate("centralectl", "%1 must be a number as shown by migration show, not \"%2\".").arg(what, text), what);
    return id;
}

Result<QString> portNumberArg(const QString &text)
{
    auto d = numberArg(text);
    if (!d)
        return Result<QString>::fail(QCoreApplication::translate("centralectl", "number: ") + d.message(), QStringLiteral("number"));
    return d;
}

int tasksDone(const MigrationProject &p)
{
    return int(std::count_if(p.tasks.begin(), p.tasks.end(), [](const MigrationTask &t) { return t.done; }));
}

QJsonObject toJson(const MigrationTask &t, const QDate &today)
{
    return QJsonObject{{QStringLiteral("id"), t.id},           {QStringLiteral("phase"), t.phase},          {QStringLiteral("title"), t.title},
                       {QStringLiteral("owner"), t.owner},     {QStringLiteral("due"), jsonDate(t.due)},    {QStringLiteral("done"), t.done},
                       {QStringLiteral("done_on"), jsonDate(t.doneOn)}, {QStringLiteral("overdue"), t.overdue(today)}};
}

QJsonObject toJson(const MigrationContract &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("provider"), c.provider},
                       {QStringLiteral("reference"), c.reference},
                       {QStringLiteral("end_date"), jsonDate(c.endDate)},
                       {QStringLiteral("notice_days"), c.noticeDays},
                       {QStringLiteral("cancel_by"), jsonDate(c.cancelBy())}};
}

QJsonObject toJson(const MigrationNumber &n)
{
    return QJsonObject{{QStringLiteral("number"), QString(QLatin1Char('+') + n.digits)},
                       {QStringLiteral("kind"), n.test ? QStringLiteral("test") : QStringLiteral("port")},
                       {QStringLiteral("wish_date"), jsonDate(n.wishDate)},
                       {QStringLiteral("porting_date"), jsonDate(n.portingDate)}};
}

QJsonObject toJson(const MigrationProject &p, const QDate &today, bool details)
{
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("customer"), p.customer},
                  {QStringLiteral("contact"), p.contact},
                  {QStringLiteral("address"), p.address},
                  {QStringLiteral("language"), p.language},
                  {QStringLiteral("status"), p.status},
                  {QStringLiteral("created"), jsonDate(p.created)},
                  {QStringLiteral("phase"), p.currentPhase()},
                  {QStringLiteral("tasks_done"), tasksDone(p)},
                  {QStringLiteral("tasks_total"), int(p.tasks.size())}};
    if (details) {
        QJsonArray tasks, contracts, numbers;
        for (const auto &t : p.tasks)
            tasks.append(toJson(t, today));
        for (const auto &c : p.contracts)
            contracts.append(toJson(c));
        for (const auto &n : p.numbers)
            numbers.append(toJson(n));
        o.insert(QStringLiteral("tasks"), tasks);
        o.insert(QStringLiteral("contracts"), contracts);
        o.insert(QStringLiteral("numbers"), numbers);
    }
    return o;
}

Result<OpenProject> openProject(CtlContext &ctx, const QCommandLineParser &p)
{
    auto db = ctx.db();
    if (!db)
        return db.error();
    auto project = MigrationRepository(**db).find(p.positionalArguments().value(0));
    if (!project)
        return project.error();
    return OpenProject{db.value(), std::move(project).value()};
}

QString nestedAction(CtlContext &ctx, const char *usageLine, int &code)
{
    const QString action = ctx.args.size() > 1 ? ctx.args.at(1) : QString();
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        QTextStream(stdout) << usageLine << "\n";
        code = Ok;
        return {};
    }
    if (action.isEmpty() || action.startsWith(QLatin1Char('-'))) {
        QTextStream(stderr) << usageLine << "\n";
        code = Usage;
        return {};
    }
    ctx.args = QStringList{ctx.args.at(0)} + ctx.args.mid(2);
    return action;
}

} // namespace centrale::ctl::migrationcli
