// voicemail: recorded messages per call plan (list, delete) and each plan's greeting.
#include "CtlContext.h"
#include "media/Greeting.h"
#include "store/CallPlanRepository.h"
#include "store/VoicemailRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace centrale::ctl {

namespace {


QJsonObject toJson(const VoicemailMessage &m, const QString &folder)
{
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("callplan"), m.planName},
                       {QStringLiteral("caller"), m.caller},
                       {QStringLiteral("called"), m.called},
                       {QStringLiteral("received_at"), QDateTime::fromMSecsSinceEpoch(m.receivedMs).toString(Qt::ISODate)},
                       {QStringLiteral("seconds"), qRound(m.seconds * 10) / 10.0},
                       {QStringLiteral("file"), QDir(folder).filePath(m.file)}};
}

int list(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption planOpt(QStringLiteral("plan"), QCoreApplication::translate("centralectl", "Only the messages of this call plan."), QCoreApplication::translate("centralectl", "NAME"));
    p.addOption(planOpt);
    if (!ctx.parse(p, QStringLiteral("voicemail list"), QCoreApplication::translate("centralectl", "Voicemail messages, newest first, with the WAV file of each.")))
        return ctx.exitCode;
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    qint64 planId = 0;
    if (p.isSet(planOpt)) {
        auto plan = CallPlanRepository(**db).find(p.value(planOpt));
        if (!plan)
            return ctx.fail(plan.message(), Usage);
        planId = plan->id;
    }
    auto messages = VoicemailRepository(**db).list(planId);
    if (!messages)
        return ctx.fail(messages.message());
    const QString folder = VoicemailRepository::folderFor((*db)->path());
    if (ctx.json()) {
        QJsonArray a;
        for (const auto &m : *messages)
            a.append(toJson(m, folder));
        ctx.printJson(a);
        return Ok;
    }
    if (messages->isEmpty())
        ctx.print(QCoreApplication::translate("centralectl", "No voicemail messages."));
    for (const auto &m : *messages)
        ctx.print(QStringLiteral("%1  %2  %3  %4 → %5  %6 s  %7")
                      .arg(m.id)
                      .arg(QDateTime::fromMSecsSinceEpoch(m.receivedMs).toString(Qt::ISODate), m.planName, m.caller, m.called)
                      .arg(m.seconds, 0, 'f', 1)
                      .arg(QDir(folder).filePath(m.file)));
    return Ok;
}

int remove(CtlContext &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, QStringLiteral("voicemail delete"), QCoreApplication::translate("centralectl", "Delete a voicemail message and its WAV file."), QStringLiteral("ID"), QCoreApplication::translate("centralectl", "The message's id (voicemail list).")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "voicemail delete takes exactly one message id."));
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(QCoreApplication::translate("centralectl", "id: \"%1\" is not a message id (a positive whole number).").arg(p.positionalArguments().first()));
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    if (Status s = VoicemailRepository(**db).remove(id); !s)
        return ctx.fail(s.message(), s.error().field == QLatin1String("id") ? Usage : Failed);
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("deleted"), id}});
    else
        ctx.print(QCoreApplication::translate("centralectl", "Deleted voicemail message %1.").arg(id));
    return Ok;
}

int greeting(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption planOpt(QStringLiteral("plan"), QCoreApplication::translate("centralectl", "The call plan whose greeting this is."), QCoreApplication::translate("centralectl", "NAME"));
    const QCommandLineOption fileOpt(QStringLiteral("file"), QCoreApplication::translate("centralectl", "A WAV file (16-bit PCM or G.711, mono or stereo, 8-48 kHz, at most 60 s); stored as 8 kHz mono."), QCoreApplication::translate("centralectl", "WAV"));
    const QCommandLineOption defaultOpt(QStringLiteral("default"), QCoreApplication::translate("centralectl", "Go back to the default greeting (voicemail.language)."));
    for (const auto *o : {&planOpt, &fileOpt, &defaultOpt})
        p.addOption(*o);
    if (!ctx.parse(p, QStringLiteral("voicemail greeting"), QCoreApplication::translate("centralectl", "Set the greeting a call plan's voicemail plays before it records.")))
        return ctx.exitCode;
    if (!p.isSet(planOpt))
        return ctx.usage(QCoreApplication::translate("centralectl", "--plan is required."));
    if (p.isSet(fileOpt) == p.isSet(defaultOpt))
        return ctx.usage(QCoreApplication::translate("centralectl", "Give either --file WAV or --default."));
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto plan = CallPlanRepository(**db).find(p.value(planOpt));
    if (!plan)
        return ctx.fail(plan.message(), Usage);
    const QString folder = VoicemailRepository::greetingFolderFor((*db)->path());
    if (p.isSet(defaultOpt)) {
        if (Status s = media::removePlanGreeting(folder, plan->id); !s)
            return ctx.fail(s.message());
    } else {
        QFile f(p.value(fileOpt));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.usage(QCoreApplication::translate("centralectl", "file: cannot read %1: %2").arg(p.value(fileOpt), f.errorString()));
        if (Status s = media::savePlanGreeting(folder, plan->id, f.readAll()); !s)
            return ctx.usage(QCoreApplication::translate("centralectl", "file: %1").arg(s.message()));
    }
    const bool own = QFile::exists(media::planGreetingPath(folder, plan->id));
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("callplan"), plan->name}, {QStringLiteral("greeting"), own ? media::planGreetingPath(folder, plan->id) : QStringLiteral("default")}});
    else
        ctx.print(own ? QCoreApplication::translate("centralectl", "Call plan %1 greets with its own recording.").arg(plan->name) : QCoreApplication::translate("centralectl", "Call plan %1 greets with the default greeting.").arg(plan->name));
    return Ok;
}

} // namespace

int voicemailCommand(CtlContext &ctx, const QString &action)
{
    if (action == QLatin1String("list"))
        return list(ctx);
    if (action == QLatin1String("delete"))
        return remove(ctx);
    if (action == QLatin1String("greeting"))
        return greeting(ctx);
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"voicemail %1\"; use list, delete or greeting.").arg(action));
}

} // namespace centrale::ctl
