// demo: a week of plausible calls for the trunks and phone accounts of a demo database
// (scripts/demo.sh builds the rest of the demo reseller with the ordinary commands).
#include "Args.h"
#include "CtlContext.h"
#include "dashboard/DemoCallHistory.h"
#include "store/CallLogRepository.h"
#include "store/PhoneAccountRepository.h"
#include "store/RateRepository.h"
#include "store/TrunkRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace centrale::ctl {

int demoCommand(CtlContext &ctx, const QString &action)
{
    QCommandLineParser p;
    if (action != QLatin1String("calls"))
        return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"%1\"; use: calls.").arg(action));
    const QCommandLineOption daysOpt(QStringLiteral("days"), QCoreApplication::translate("centralectl", "Days of history before today, 1 to 28 (default 7)."),
                                     QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QCoreApplication::translate("centralectl", "Random seed; the same seed gives the same calls (default 1)."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    p.addOptions({daysOpt, seedOpt});
    if (!ctx.parse(p, QStringLiteral("demo calls"),
                   QCoreApplication::translate("centralectl", "Fill an empty call log with plausible calls of the existing trunks and phone accounts, for demos "
                                                              "and screenshots. Refused when the log already has calls.")))
        return ctx.exitCode;
    auto days = intArg(p.value(daysOpt), QStringLiteral("days"), 1, 28);
    if (!days)
        return ctx.usage(days.message());
    auto seed = intArg(p.value(seedOpt), QStringLiteral("seed"), 0, 1000000000);
    if (!seed)
        return ctx.usage(seed.message());
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    CallLogRepository log(**db);
    auto existing = log.count();
    if (!existing)
        return ctx.fail(existing.message());
    if (existing.value() > 0)
        return ctx.fail(QCoreApplication::translate("centralectl", "The call log already has calls (%1); demo calls go into an empty one only.").arg(existing.value()));
    auto trunks = TrunkRepository(**db).list();
    if (!trunks)
        return ctx.fail(trunks.message());
    auto phones = PhoneAccountRepository(**db).list();
    if (!phones)
        return ctx.fail(phones.message());
    auto rates = RateRepository(**db).all();
    if (!rates)
        return ctx.fail(rates.message());
    QList<DemoCaller> callers;
    for (const auto &t : trunks.value())
        if (!t.numbers.isEmpty())
            // Bigger PBXs (more channels) call more.
            callers << DemoCaller{t.name, t.primary.username, QStringLiteral("primary"), t.numbers.first().digits, qBound(0.5, t.channels / 4.0, 3.0)};
    for (const auto &ph : phones.value())
        callers << DemoCaller{ph.number, ph.account.username, QStringLiteral("phone"), ph.number, 0.3};
    if (callers.isEmpty())
        return ctx.fail(QCoreApplication::translate("centralectl", "No trunk with a number and no phone account: add some first."));
    const auto calls = DemoCallHistory::generate(callers, RateTable(rates.value()), QDateTime::currentDateTime(), days.value(), quint32(seed.value()));
    if (auto s = log.insert(calls); !s)
        return ctx.fail(s.message());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("calls"), int(calls.size())}});
    else
        ctx.print(QCoreApplication::translate("centralectl", "Demo calls added: %1.").arg(calls.size()));
    return Ok;
}

} // namespace centrale::ctl
