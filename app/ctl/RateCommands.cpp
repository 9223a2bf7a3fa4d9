// rates: the table calls are priced with, imported whole from CSV.
#include "CtlContext.h"
#include "domain/Money.h"
#include "store/RateRepository.h"
#include "store/AuditContext.h"

#include <QFileInfo>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace centrale::ctl {

namespace {
QJsonObject rateJson(const Rate &r)
{
    // Micro-euro integers are exact; the euro strings are for people reading the JSON.
    return {{QStringLiteral("prefix"), r.prefix},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("per_minute_micros"), r.perMinuteMicros},
            {QStringLiteral("setup_micros"), r.setupMicros},
            {QStringLiteral("per_minute_eur"), money::formatEuroExact(r.perMinuteMicros)},
            {QStringLiteral("setup_eur"), money::formatEuroExact(r.setupMicros)}};
}
} // namespace

int rateCommand(CtlContext &ctx, const QString &action)
{
    QCommandLineParser p;
    if (action == QLatin1String("import")) {
        if (!ctx.parse(p, QStringLiteral("rates import"),
                       QCoreApplication::translate("centralectl", "Replace the rate table with the rates in a CSV file (header: prefix,description,price_per_minute,setup_fee; "
                                                                  "prices in euro with a dot decimal). A file with any error changes nothing."),
                       QStringLiteral("FILE"), QCoreApplication::translate("centralectl", "The CSV file.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "rates import takes exactly one file."));
        const QString path = p.positionalArguments().first();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(QCoreApplication::translate("centralectl", "Cannot read %1: %2").arg(path, f.errorString()));
        auto rates = RateTable::parseCsv(f.readAll());
        if (!rates)
            return ctx.fail(QCoreApplication::translate("centralectl", "%1: %2; nothing was changed.").arg(path, rates.message()));
        if (rates->isEmpty())
            return ctx.fail(QCoreApplication::translate("centralectl", "%1 holds no rates; nothing was changed.").arg(path));
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        // The whole import is one undoable unit in the audit log.
        const AuditGroup group(QStringLiteral("rates import %1").arg(QFileInfo(path).fileName()));
        if (auto s = RateRepository(**db).replaceAll(rates.value()); !s)
            return ctx.fail(s.message());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("imported"), int(rates->size())}});
        else
            // Two strings, not %n: the CLI loads no translator that would resolve "rate(s)".
            ctx.print(rates->size() == 1 ? QCoreApplication::translate("centralectl", "Imported 1 rate from %1.").arg(path)
                                         : QCoreApplication::translate("centralectl", "Imported %1 rates from %2.").arg(QString::number(rates->size()), path));
        return Ok;
    }
    if (action == QLatin1String("list")) {
        if (!ctx.parse(p, QStringLiteral("rates list"), QCoreApplication::translate("centralectl", "List the rate table by prefix (euro per minute, setup fee).")))
            return ctx.exitCode;
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto rates = RateRepository(**db).all();
        if (!rates)
            return ctx.fail(rates.message());
        if (ctx.json()) {
            QJsonArray a;
            for (const auto &r : rates.value())
                a.append(rateJson(r));
            ctx.printJson(a);
        } else {
            for (const auto &r : rates.value())
                ctx.print(QStringLiteral("+%1  %2  %3  %4")
                              .arg(r.prefix.leftJustified(8), money::formatEuroExact(r.perMinuteMicros).rightJustified(8),
                                   money::formatEuroExact(r.setupMicros).rightJustified(8), r.description));
        }
        return Ok;
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"rates %1\"; use import or list.").arg(action));
}

} // namespace centrale::ctl
