// migration number add|set|remove: the numbers to port (with wish and porting dates) and
// the test numbers of a project.
#include "MigrationCli.h"
#include "store/MigrationRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace centrale::ctl::migrationcli {

namespace {

// --json after a change of numbers: the project's numbers as they are now.
int printNumbers(CtlContext &ctx, Database &db, qint64 projectId)
{
    auto p = MigrationRepository(db).get(projectId);
    if (!p)
        return ctx.fail(p.message());
    QJsonArray a;
    for (const auto &n : p->numbers)
        a.append(toJson(n));
    ctx.printJson(a);
    return Ok;
}

int add(CtlContext &ctx, QCommandLineParser &p, const QCommandLineOption &wishOpt)
{
    const QCommandLineOption testOpt(QStringLiteral("test"), QCoreApplication::translate("centralectl", "Test numbers (used before porting, not ported)."));
    p.addOptions({wishOpt, testOpt});
    if (!ctx.parse(p, QStringLiteral("migration number add"), QCoreApplication::translate("centralectl", "Add numbers to port, or test numbers, to a migration project."), QStringLiteral("CUSTOMER E164..."),
                   QCoreApplication::translate("centralectl", "The project's customer, then the numbers.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() < 2)
        return ctx.usage(QCoreApplication::translate("centralectl", "migration number add takes a customer and at least one number."));
    QStringList digits;
    for (const auto &a : p.positionalArguments().mid(1)) {
        auto d = portNumberArg(a);
        if (!d)
            return ctx.usage(d.message());
        if (!digits.contains(d.value()))
            digits << d.value();
    }
    auto wish = dateOption(p, wishOpt);
    if (!wish)
        return ctx.usage(wish.message());
    auto open = openProject(ctx, p);
    if (!open)
        return ctx.fail(open.message());
    if (auto s = MigrationRepository(*open->db).addNumbers(open->project.id, digits, p.isSet(testOpt), wish->value_or(QDate())); !s)
        return ctx.fail(s.message());
    if (ctx.json())
        return printNumbers(ctx, *open->db, open->project.id);
    for (const auto &d : digits)
        ctx.print((p.isSet(testOpt) ? QCoreApplication::translate("centralectl", "Added test number +%1") : QCoreApplication::translate("centralectl", "Added +%1 to port")).arg(d));
    return Ok;
}

int setDates(CtlContext &ctx, QCommandLineParser &p, const QCommandLineOption &wishOpt)
{
    const QCommandLineOption portingOpt(QStringLiteral("porting-date"), QCoreApplication::translate("centralectl", "The definitive porting date (YYYY-MM-DD or none)."), QStringLiteral("DATE"));
    p.addOptions({wishOpt, portingOpt});
    if (!ctx.parse(p, QStringLiteral("migration number set"), QCoreApplication::translate("centralectl", "Set the wish date or definitive porting date of a number to port."), QStringLiteral("CUSTOMER E164"),
                   QCoreApplication::translate("centralectl", "The project's customer and the number.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 2)
        return ctx.usage(QCoreApplication::translate("centralectl", "migration number set takes a customer and one number."));
    if (!p.isSet(wishOpt) && !p.isSet(portingOpt))
        return ctx.usage(QCoreApplication::translate("centralectl", "migration number set needs --wish-date or --porting-date."));
    auto d = portNumberArg(p.positionalArguments().at(1));
    if (!d)
        return ctx.usage(d.message());
    auto wish = dateOption(p, wishOpt, true);
    if (!wish)
        return ctx.usage(wish.message());
    auto porting = dateOption(p, portingOpt, true);
    if (!porting)
        return ctx.usage(porting.message());
    auto open = openProject(ctx, p);
    if (!open)
        return ctx.fail(open.message());
    if (auto s = MigrationRepository(*open->db).setNumberDates(open->project.id, d.value(), wish.value(), porting.value()); !s)
        return ctx.fail(s.message());
    if (ctx.json())
        return printNumbers(ctx, *open->db, open->project.id);
    ctx.print(QCoreApplication::translate("centralectl", "Updated +%1").arg(d.value()));
    return Ok;
}

int remove(CtlContext &ctx, QCommandLineParser &p)
{
    if (!ctx.parse(p, QStringLiteral("migration number remove"), QCoreApplication::translate("centralectl", "Remove a number from a migration project."), QStringLiteral("CUSTOMER E164"),
                   QCoreApplication::translate("centralectl", "The project's customer and the number.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 2)
        return ctx.usage(QCoreApplication::translate("centralectl", "migration number remove takes a customer and one number."));
    auto d = portNumberArg(p.positionalArguments().at(1));
    if (!d)
        return ctx.usage(d.message());
    auto open = openProject(ctx, p);
    if (!open)
        return ctx.fail(open.message());
    if (auto s = MigrationRepository(*open->db).removeNumber(open->project.id, d.value()); !s)
        return ctx.fail(s.message());
    if (ctx.json())
        return printNumbers(ctx, *open->db, open->project.id);
    ctx.print(QCoreApplication::translate("centralectl", "Removed +%1").arg(d.value()));
    return Ok;
}

} // namespace

int numberCommand(CtlContext &ctx)
{
    int code = Ok;
    const QString action = nestedAction(ctx, "Usage: centralectl migration number add|set|remove [options]", code);
    if (action.isEmpty())
        return code;
    QCommandLineParser p;
    const QCommandLineOption wishOpt(QStringLiteral("wish-date"), QCoreApplication::translate("centralectl", "The customer's wish date for porting (YYYY-MM-DD%1).").arg(action == QLatin1String("set") ? QCoreApplication::translate("centralectl", " or none") : QString()),
                                     QStringLiteral("DATE"));
    if (action == QLatin1String("add"))
        return add(ctx, p, wishOpt);
    if (action == QLatin1String("set"))
        return setDates(ctx, p, wishOpt);
    if (action == QLatin1String("remove"))
        return remove(ctx, p);
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"migration number %1\"; use add, set or remove.").arg(action));
}

} // namespace centrale::ctl::migrationcli
