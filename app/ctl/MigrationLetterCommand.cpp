// migration letter: the cancellation and number porting letter to the current provider,
// as PDF in the project's language.
#include "MigrationCli.h"
#include "letters/MigrationLetter.h"

#include <QCoreApplication>

namespace centrale::ctl::migrationcli {

int letterCommand(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption outOpt(QStringLiteral("out"), QCoreApplication::translate("centralectl", "Write the letter to this PDF file."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption providerOpt(QStringLiteral("provider"), QCoreApplication::translate("centralectl", "The provider the letter is for (needed when there are several contracts)."), QStringLiteral("NAME"));
    const QCommandLineOption dateOpt(QStringLiteral("date"), QCoreApplication::translate("centralectl", "The letter's date (default today, YYYY-MM-DD)."), QStringLiteral("DATE"));
    p.addOptions({outOpt, providerOpt, dateOpt});
    if (!ctx.parse(p, QStringLiteral("migration letter"), QCoreApplication::translate("centralectl", "Write the cancellation and number porting letter to the current provider as PDF, in the project's language."),
                   QStringLiteral("CUSTOMER"), QCoreApplication::translate("centralectl", "The project's customer.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "migration letter takes exactly one customer."));
    if (!p.isSet(outOpt) || p.value(outOpt).isEmpty())
        return ctx.usage(QCoreApplication::translate("centralectl", "--out: give the PDF file to write."));
    auto date = dateOption(p, dateOpt);
    if (!date)
        return ctx.usage(date.message());
    auto open = openProject(ctx, p);
    if (!open)
        return ctx.fail(open.message());
    auto letter = letters::portingLetter(open->project, p.value(providerOpt), date->value_or(QDate::currentDate()));
    if (!letter)
        return ctx.fail(letter.message());
    if (auto s = letters::writePortingLetterPdf(letter.value(), p.value(outOpt)); !s)
        return ctx.fail(s.message());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("file"), p.value(outOpt)}, {QStringLiteral("provider"), letter->contract.provider}, {QStringLiteral("language"), open->project.language}});
    else
        ctx.print(QCoreApplication::translate("centralectl", "Wrote the letter to %1 for %2").arg(p.value(outOpt), letter->contract.provider));
    return Ok;
}

} // namespace centrale::ctl::migrationcli
