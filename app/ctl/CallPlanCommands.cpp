#include "Args.h"
#include "CtlContext.h"
#include "Views.h"
#include "store/CallPlanRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace centrale::ctl {

int callPlanStepCommand(CtlContext &ctx); // CallPlanStepCommands.cpp: "callplan step add|list|remove"
int callPlanSetCommand(CtlContext &ctx);  // CallPlanEditCommand.cpp

int callPlanCommand(CtlContext &ctx, const QString &action)
{
    if (action == QLatin1String("step"))
        return callPlanStepCommand(ctx);
    if (action == QLatin1String("set"))
        return callPlanSetCommand(ctx);

    QCommandLineParser p;
    const QCommandLineOption nameOpt(QStringLiteral("name"), QCoreApplication::translate("centralectl", "Name of the call plan."), QCoreApplication::translate("centralectl", "NAME"));
    const QCommandLineOption internalOpt(QStringLiteral("internal"), QCoreApplication::translate("centralectl", "Internal number, e.g. 3031."), QCoreApplication::translate("centralectl", "DIGITS"));
    const QCommandLineOption planOpt(QStringLiteral("callplan"), QCoreApplication::translate("centralectl", "Name of the call plan."), QCoreApplication::translate("centralectl", "NAME"));
    const QCommandLineOption numberOpt(QStringLiteral("number"), QCoreApplication::translate("centralectl", "The number (E.164)."), QCoreApplication::translate("centralectl", "E164"));

    auto withDb = [&](auto body) -> int {
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        CallPlanRepository repo(**db);
        return body(repo);
    };

    if (action == QLatin1String("add")) {
        p.addOption(nameOpt);
        p.addOption(internalOpt);
        if (!ctx.parse(p, QStringLiteral("callplan add"), QCoreApplication::translate("centralectl", "Create a call plan.")))
            return ctx.exitCode;
        if (!p.isSet(nameOpt))
            return ctx.usage(QCoreApplication::translate("centralectl", "--name is required."));
        CallPlan plan;
        plan.name = p.value(nameOpt);
        plan.internalNumber = p.value(internalOpt);
        if (auto s = plan.validate(); !s)
            return ctx.usage(s.message());
        return withDb([&](CallPlanRepository &repo) {
            auto id = repo.add(plan);
            if (!id)
                return ctx.fail(id.message());
            ctx.print(QCoreApplication::translate("centralectl", "Created call plan \"%1\"").arg(plan.name.trimmed()));
            return int(Ok);
        });
    }
    if (action == QLatin1String("list") || action == QLatin1String("show")) {
        const bool show = action == QLatin1String("show");
        if (!ctx.parse(p, QStringLiteral("callplan ") + action, show ? QCoreApplication::translate("centralectl", "Show one call plan.") : QCoreApplication::translate("centralectl", "List call plans with their external numbers."),
                       show ? QStringLiteral("NAME") : QString(), QCoreApplication::translate("centralectl", "Name of the call plan.")))
            return ctx.exitCode;
        if (show && p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "callplan show takes exactly one name."));
        return withDb([&](CallPlanRepository &repo) {
            QList<CallPlan> plans;
            if (show) {
                auto one = repo.find(p.positionalArguments().first());
                if (!one)
                    return ctx.fail(one.message());
                plans << one.value();
            } else {
                auto all = repo.list();
                if (!all)
                    return ctx.fail(all.message());
                plans = all.value();
            }
            if (ctx.json()) {
                QJsonArray a;
                for (const auto &pl : plans)
                    a.append(toJson(pl));
                ctx.printJson(show ? QJsonValue(a.first()) : QJsonValue(a));
            } else {
                for (const auto &pl : plans) {
                    QStringList nums;
                    for (const auto &d : pl.numbers)
                        nums << QLatin1Char('+') + d;
                    ctx.print(QStringLiteral("%1  %2  %3").arg(pl.name, pl.internalNumber.isEmpty() ? QStringLiteral("-") : pl.internalNumber,
                                                                nums.isEmpty() ? QCoreApplication::translate("centralectl", "(no external number)") : nums.join(QStringLiteral(", "))));
                }
            }
            return int(Ok);
        });
    }
    if (action == QLatin1String("link")) {
        p.addOption(planOpt);
        p.addOption(numberOpt);
        if (!ctx.parse(p, QStringLiteral("callplan link"), QCoreApplication::translate("centralectl", "Link a free number to a call plan.")))
            return ctx.exitCode;
        if (!p.isSet(planOpt) || !p.isSet(numberOpt))
            return ctx.usage(QCoreApplication::translate("centralectl", "--callplan and --number are required."));
        auto d = numberArg(p.value(numberOpt));
        if (!d)
            return ctx.usage(d.message());
        return withDb([&](CallPlanRepository &repo) {
            if (auto s = repo.linkNumber(p.value(planOpt), d.value()); !s)
                return ctx.fail(s.message());
            ctx.print(QCoreApplication::translate("centralectl", "Linked +%1 to call plan \"%2\"").arg(d.value(), p.value(planOpt)));
            return int(Ok);
        });
    }
    if (action == QLatin1String("unlink")) {
        p.addOption(numberOpt);
        if (!ctx.parse(p, QStringLiteral("callplan unlink"), QCoreApplication::translate("centralectl", "Unlink a number from its call plan, so that it becomes free.")))
            return ctx.exitCode;
        if (!p.isSet(numberOpt))
            return ctx.usage(QCoreApplication::translate("centralectl", "--number is required."));
        auto d = numberArg(p.value(numberOpt));
        if (!d)
            return ctx.usage(d.message());
        return withDb([&](CallPlanRepository &repo) {
            if (auto s = repo.unlinkNumber(d.value()); !s)
                return ctx.fail(s.message());
            ctx.print(QCoreApplication::translate("centralectl", "+%1 is now free").arg(d.value()));
            return int(Ok);
        });
    }
    if (action == QLatin1String("remove")) {
        if (!ctx.parse(p, QStringLiteral("callplan remove"), QCoreApplication::translate("centralectl", "Remove a call plan; its numbers become free."), QStringLiteral("NAME"),
                       QCoreApplication::translate("centralectl", "Name of the call plan.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "callplan remove takes exactly one name."));
        return withDb([&](CallPlanRepository &repo) {
            if (auto s = repo.remove(p.positionalArguments().first()); !s)
                return ctx.fail(s.message());
            ctx.print(QCoreApplication::translate("centralectl", "Removed call plan \"%1\"").arg(p.positionalArguments().first()));
            return int(Ok);
        });
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"callplan %1\"; use add, list, show, set, link, unlink, remove or step.").arg(action));
}

} // namespace centrale::ctl
