#include "Args.h"
#include "CtlContext.h"
#include "Views.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace centrale::ctl {

int numberCommand(CtlContext &ctx, const QString &action)
{
    QCommandLineParser p;
    if (action == QLatin1String("add")) {
        if (!ctx.parse(p, QStringLiteral("number add"), QCoreApplication::translate("centralectl", "Add numbers owned by the customer; they start free."), QStringLiteral("E164..."),
                       QCoreApplication::translate("centralectl", "Numbers: +31501234567, 0031501234567, 31501234567 or 050 123 4567.")))
            return ctx.exitCode;
        if (p.positionalArguments().isEmpty())
            return ctx.usage(QCoreApplication::translate("centralectl", "number add needs at least one number."));
        QStringList digits;
        for (const auto &a : p.positionalArguments()) {
            auto d = numberArg(a);
            if (!d)
                return ctx.usage(d.message());
            digits << d.value();
        }
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        if (auto s = NumberRepository(**db).add(digits); !s)
            return ctx.fail(s.message());
        for (const auto &d : digits)
            ctx.print(QCoreApplication::translate("centralectl", "Added +%1").arg(d));
        return Ok;
    }
    if (action == QLatin1String("list")) {
        const QCommandLineOption freeOpt(QStringLiteral("free"), QCoreApplication::translate("centralectl", "Only free numbers (linked to nothing)."));
        p.addOption(freeOpt);
        if (!ctx.parse(p, QStringLiteral("number list"), QCoreApplication::translate("centralectl", "List numbers and what each is linked to.")))
            return ctx.exitCode;
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto list = NumberRepository(**db).list(p.isSet(freeOpt));
        if (!list)
            return ctx.fail(list.message());
        if (ctx.json()) {
            QJsonArray a;
            for (const auto &n : list.value())
                a.append(toJson(n));
            ctx.printJson(a);
        } else {
            for (const auto &n : list.value())
                ctx.print(QStringLiteral("+%1  %2").arg(n.digits, n.owner.describe()));
        }
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        if (!ctx.parse(p, QStringLiteral("number remove"), QCoreApplication::translate("centralectl", "Remove a free number."), QStringLiteral("E164"), QCoreApplication::translate("centralectl", "The number to remove.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "number remove takes exactly one number."));
        auto d = numberArg(p.positionalArguments().first());
        if (!d)
            return ctx.usage(d.message());
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        if (auto s = NumberRepository(**db).remove(d.value()); !s)
            return ctx.fail(s.message());
        ctx.print(QCoreApplication::translate("centralectl", "Removed +%1").arg(d.value()));
        return Ok;
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"number %1\"; use add, list or remove.").arg(action));
}

} // namespace centrale::ctl
