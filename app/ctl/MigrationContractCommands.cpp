// migration contract add|remove: the customer's current contracts, with the notice period
// that sets the last day to cancel.
#include "Args.h"
#include "MigrationCli.h"
#include "store/MigrationRepository.h"

#include <QCoreApplication>

namespace centrale::ctl::migrationcli {

namespace {

int add(CtlContext &ctx, QCommandLineParser &p)
{
    const QCommandLineOption providerOpt(QStringLiteral("provider"), QCoreApplication::translate("centralectl", "The current telecom provider."), QStringLiteral("NAME"));
    const QCommandLineOption referenceOpt(QStringLiteral("reference"), QCoreApplication::translate("centralectl", "Customer or contract number at that provider."), QStringLiteral("TEXT"));
    const QCommandLineOption endOpt(QStringLiteral("end-date"), QCoreApplication::translate("centralectl", "When the contract ends or may end (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption noticeOpt(QStringLiteral("notice-days"), QCoreApplication::translate("centralectl", "Notice period in days (default 30)."), QStringLiteral("DAYS"), QStringLiteral("30"));
    p.addOptions({providerOpt, referenceOpt, endOpt, noticeOpt});
    if (!ctx.parse(p, QStringLiteral("migration contract add"), QCoreApplication::translate("centralectl", "Record a current contract with its end date and notice period."), QStringLiteral("CUSTOMER"),
                   QCoreApplication::translate("centralectl", "The project's customer.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "migration contract add takes exactly one customer."));
    MigrationContract c;
    c.provider = p.value(providerOpt);
    c.reference = p.value(referenceOpt);
    auto end = dateOption(p, endOpt);
    if (!end)
        return ctx.usage(end.message());
    if (!end->has_value())
        return ctx.usage(QCoreApplication::translate("centralectl", "--end-date: the contract's end date is required (YYYY-MM-DD)."));
    c.endDate = **end;
    auto notice = intArg(p.value(noticeOpt), QStringLiteral("notice-days"), 0, 730);
    if (!notice)
        return ctx.usage(notice.message());
    c.noticeDays = notice.value();
    if (auto v = validateMigrationContract(c); !v)
        return ctx.usage(QStringLiteral("--") + v.message());
    auto open = openProject(ctx, p);
    if (!open)
        return ctx.fail(open.message());
    c.projectId = open->project.id;
    auto id = MigrationRepository(*open->db).addContract(c);
    if (!id)
        return ctx.fail(id.message());
    c.id = id.value();
    if (ctx.json())
        ctx.printJson(toJson(c));
    else
        ctx.print(QCoreApplication::translate("centralectl", "Added contract #%1 with %2; cancel by %3").arg(c.id).arg(c.provider, iso(c.cancelBy())));
    return Ok;
}

int remove(CtlContext &ctx, QCommandLineParser &p)
{
    if (!ctx.parse(p, QStringLiteral("migration contract remove"), QCoreApplication::translate("centralectl", "Remove a recorded contract."), QStringLiteral("ID"), QCoreApplication::translate("centralectl", "Contract number as migration show lists it.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "migration contract remove takes exactly one contract number."));
    auto id = idArg(p.positionalArguments().first(), QStringLiteral("contract"));
    if (!id)
        return ctx.usage(id.message());
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    if (auto s = MigrationRepository(**db).removeContract(id.value()); !s)
        return ctx.fail(s.message());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("removed_contract"), id.value()}});
    else
        ctx.print(QCoreApplication::translate("centralectl", "Removed contract #%1").arg(id.value()));
    return Ok;
}

} // namespace

int contractCommand(CtlContext &ctx)
{
    int code = Ok;
    const QString action = nestedAction(ctx, "Usage: centralectl migration contract add|remove [options]", code);
    if (action.isEmpty())
        return code;
    QCommandLineParser p;
    if (action == QLatin1String("add"))
        return add(ctx, p);
    if (action == QLatin1String("remove"))
        return remove(ctx, p);
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"migration contract %1\"; use add or remove.").arg(action));
}

} // namespace centrale::ctl::migrationcli
