// recording / recordings: call recording per trunk, phone account or by default, and the
// recordings the engine made (list, export with a spreadsheet, purge of expired ones).
#include "Args.h"
#include "CtlContext.h"
#include "media/MediaAvailability.h"
#include "domain/SettingsCatalog.h"
#include "service/RecordingService.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace centrale::ctl {

namespace {

QString when(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate); }

QJsonObject toJson(const Recording &r)
{
    QJsonArray split;
    for (const auto &f : r.directionFiles)
        split.append(f);
    return QJsonObject{{QStringLiteral("call_id"), r.callId},      {QStringLiteral("start"), when(r.startedMs)},
                       {QStringLiteral("end"), when(r.endedMs)},   {QStringLiteral("direction"), r.direction},
                       {QStringLiteral("caller"), r.caller},       {QStringLiteral("callee"), r.callee},
                       {QStringLiteral("account"), r.owner},       {QStringLiteral("sip_account"), r.account},
                       {QStringLiteral("duration"), double(r.durationMs) / 1000.0},
                       {QStringLiteral("file"), r.file},           {QStringLiteral("direction_files"), split},
                       {QStringLiteral("expires"), when(r.expiresMs)}};
}

QJsonValue announceJson(const std::optional<bool> &a) { return a.has_value() ? QJsonValue(*a) : QJsonValue(QStringLiteral("default")); }

// "2026-12-01" (local midnight); endOfDay: the midnight after it.
Result<qint64> dateArg(const QString &text, const QString &option, bool endOfDay)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return Result<qint64>::fail(QStringLiteral("--%1: ").arg(option) + QCoreApplication::translate("centralectl", "must be a date as YYYY-MM-DD, not \"%1\".").arg(text), option);
    return d.addDays(endOfDay ? 1 : 0).startOfDay().toMSecsSinceEpoch();
}

int recordingSet(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption trunk(QStringLiteral("trunk"), QCoreApplication::translate("centralectl", "The trunk to set."), QStringLiteral("NAME"));
    const QCommandLineOption phone(QStringLiteral("phone"), QCoreApplication::translate("centralectl", "The phone account to set (its E.164 number)."), QStringLiteral("E164"));
    const QCommandLineOption byDefault(QStringLiteral("default"), QCoreApplication::translate("centralectl", "Set the default for trunks and phone accounts without their own setting."));
    const QCommandLineOption retention(QStringLiteral("retention"), QCoreApplication::translate("centralectl", "off, or the days recordings are kept: 30, 90 or 365."), QStringLiteral("DAYS"));
    const QCommandLineOption announce(QStringLiteral("announce"), QCoreApplication::translate("centralectl", "Play \"this call may be recorded\" before the call is connected."));
    const QCommandLineOption noAnnounce(QStringLiteral("no-announce"), QCoreApplication::translate("centralectl", "No announcement."));
    const QCommandLineOption inherit(QStringLiteral("use-default"), QCoreApplication::translate("centralectl", "Forget the trunk's or phone account's own setting: the default applies again."));
    p.addOptions({trunk, phone, byDefault, retention, announce, noAnnounce, inherit});
    if (!ctx.parse(p, QStringLiteral("recording set"), QCoreApplication::translate("centralectl", "Call recording of a trunk, a phone account, or the default.")))
        return ctx.exitCode;
    const int targets = int(p.isSet(trunk)) + int(p.isSet(phone)) + int(p.isSet(byDefault));
    if (targets != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "recording set needs exactly one of --trunk NAME, --phone E164 or --default."));
    if (p.isSet(announce) && p.isSet(noAnnounce))
        return ctx.usage(QCoreApplication::translate("centralectl", "--announce and --no-announce exclude each other."));
    const bool clear = p.isSet(inherit);
    if (clear && (p.isSet(byDefault) || p.isSet(retention) || p.isSet(announce) || p.isSet(noAnnounce)))
        return ctx.usage(QCoreApplication::translate("centralectl", "--use-default goes with --trunk or --phone alone."));
    if (!clear && !p.isSet(retention) && !p.isSet(announce) && !p.isSet(noAnnounce))
        return ctx.usage(QCoreApplication::translate("centralectl", "Nothing to set: give --retention, --announce or --no-announce."));
    RecordingPolicy policy;
    if (p.isSet(retention)) {
        policy.retention = p.value(retention);
        if (auto s = recording::checkRetention(policy.retention); !s)
            return ctx.usage(QStringLiteral("--retention: ") + s.message());
    }
    if (p.isSet(announce) || p.isSet(noAnnounce))
        policy.announce = p.isSet(announce);
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    RecordingRepository repo(**db);
    QString label;
    Status s;
    RecordingPolicy after;
    if (p.isSet(byDefault)) {
        label = QCoreApplication::translate("centralectl", "the default");
        s = (*db)->transaction([&]() -> Status {
            SettingsRepository settings(**db);
            if (!policy.retention.isEmpty())
                if (auto r = settings.set(QLatin1String(settingkeys::kRecordingRetention), policy.retention); !r)
                    return r;
            if (policy.announce.has_value())
                if (auto r = settings.set(QLatin1String(settingkeys::kRecordingAnnounce), *policy.announce ? QStringLiteral("1") : QStringLiteral("0")); !r)
                    return r;
            return {};
        });
        after = repo.defaults();
    } else if (p.isSet(trunk)) {
        label = QCoreApplication::translate("centralectl", "trunk %1").arg(p.value(trunk));
        s = repo.setTrunk(p.value(trunk), policy, clear);
        if (auto now = repo.trunk(p.value(trunk)); s && now)
            after = *now;
    } else {
        auto digits = numberArg(p.value(phone));
        if (!digits)
            return ctx.usage(QStringLiteral("--phone: ") + digits.message());
        label = QCoreApplication::translate("centralectl", "phone account +%1").arg(*digits);
        s = repo.setPhone(*digits, policy, clear);
        if (auto now = repo.phone(*digits); s && now)
            after = *now;
    }
    if (!s)
        return ctx.fail(s.message());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("target"), label},
                                  {QStringLiteral("retention"), after.retention.isEmpty() ? QStringLiteral("default") : after.retention},
                                  {QStringLiteral("announce"), announceJson(after.announce)}});
        return Ok;
    }
    ctx.print(QCoreApplication::translate("centralectl", "Recording of %1: retention %2, announcement %3; a running engine applies it within a second.")
                  .arg(label, after.retention.isEmpty() ? QCoreApplication::translate("centralectl", "as the default") : after.retention,
                       after.announce.has_value() ? (*after.announce ? QCoreApplication::translate("centralectl", "on") : QCoreApplication::translate("centralectl", "off")) : QCoreApplication::translate("centralectl", "as the default")));
    return Ok;
}

int recordingShow(CtlContext &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, QStringLiteral("recording show"), QCoreApplication::translate("centralectl", "The default recording setting and every trunk's and phone account's own.")))
        return ctx.exitCode;
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    RecordingRepository repo(**db);
    auto owners = repo.owners();
    if (!owners)
        return ctx.fail(owners.message());
    const RecordingPolicy d = repo.defaults();
    const QString unavailable = media::recordingUnavailableReason(media::mediaSettings(**db));
    if (ctx.json()) {
        QJsonArray a;
        for (const auto &o : *owners)
            a.append(QJsonObject{{QStringLiteral("kind"), o.kind},
                                 {QStringLiteral("name"), o.name},
                                 {QStringLiteral("retention"), o.policy.retention.isEmpty() ? QStringLiteral("default") : o.policy.retention},
                                 {QStringLiteral("announce"), announceJson(o.policy.announce)}});
        ctx.printJson(QJsonObject{{QStringLiteral("default"), QJsonObject{{QStringLiteral("retention"), d.retention}, {QStringLiteral("announce"), announceJson(d.announce)}}},
                                  {QStringLiteral("accounts"), a},
                                  {QStringLiteral("unavailable"), unavailable.isEmpty() ? QJsonValue() : QJsonValue(unavailable)}});
        return Ok;
    }
    if (!unavailable.isEmpty())
        ctx.print(QCoreApplication::translate("centralectl", "Call recording and voicemail are unavailable: %1.").arg(unavailable));
    ctx.print(QCoreApplication::translate("centralectl", "default: retention %1, announcement %2").arg(d.retention, d.announce.value_or(false) ? QCoreApplication::translate("centralectl", "on") : QCoreApplication::translate("centralectl", "off")));
    for (const auto &o : *owners)
        ctx.print(QStringLiteral("%1 %2: %3").arg(o.kind, o.name,
                                                 QCoreApplication::translate("centralectl", "retention %1, announcement %2")
                                                     .arg(o.policy.retention.isEmpty() ? QCoreApplication::translate("centralectl", "default") : o.policy.retention,
                                                          o.policy.announce.has_value() ? (*o.policy.announce ? QCoreApplication::translate("centralectl", "on") : QCoreApplication::translate("centralectl", "off")) : QCoreApplication::translate("centralectl", "default"))));
    return Ok;
}

int recordingsList(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("centralectl", "Only recordings started on or after this day."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("centralectl", "Only recordings started on or before this day."), QStringLiteral("DATE"));
    p.addOptions({from, to});
    if (!ctx.parse(p, QStringLiteral("recordings list"), QCoreApplication::translate("centralectl", "The call recordings the engine made, oldest first.")))
        return ctx.exitCode;
    qint64 fromMs = 0, toMs = std::numeric_limits<qint64>::max();
    if (p.isSet(from)) {
        auto d = dateArg(p.value(from), QStringLiteral("from"), false);
        if (!d)
            return ctx.usage(d.message());
        fromMs = *d;
    }
    if (p.isSet(to)) {
        auto d = dateArg(p.value(to), QStringLiteral("to"), true);
        if (!d)
            return ctx.usage(d.message());
        toMs = *d;
    }
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto list = RecordingRepository(**db).list(fromMs, toMs);
    if (!list)
        return ctx.fail(list.message());
    if (ctx.json()) {
        QJsonArray a;
        for (const auto &r : *list)
            a.append(toJson(r));
        ctx.printJson(a);
        return Ok;
    }
    if (list->isEmpty())
        ctx.print(QCoreApplication::translate("centralectl", "No recordings."));
    for (const auto &r : *list)
        ctx.print(QStringLiteral("%1  %2 → %3  %4  %5 s  %6  %7")
                      .arg(when(r.startedMs), r.caller, r.callee, r.owner)
                      .arg(double(r.durationMs) / 1000.0, 0, 'f', 1)
                      .arg(r.file, QCoreApplication::translate("centralectl", "until %1").arg(QDateTime::fromMSecsSinceEpoch(r.expiresMs).date().toString(Qt::ISODate))));
    return Ok;
}

int recordingsExport(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("centralectl", "First day of the period."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("centralectl", "Last day of the period."), QStringLiteral("DATE"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("centralectl", "Folder the recordings and recordings.xlsx are written to."), QStringLiteral("DIR"));
    p.addOptions({from, to, out});
    if (!ctx.parse(p, QStringLiteral("recordings export"), QCoreApplication::translate("centralectl", "Copies the recordings of a period with a spreadsheet (call ID, start, caller, callee, account, duration, file).")))
        return ctx.exitCode;
    for (const auto *o : {&from, &to, &out})
        if (!p.isSet(*o))
            return ctx.usage(QCoreApplication::translate("centralectl", "--%1 is required.").arg(o->names().first()));
    auto fromMs = dateArg(p.value(from), QStringLiteral("from"), false);
    if (!fromMs)
        return ctx.usage(fromMs.message());
    auto toMs = dateArg(p.value(to), QStringLiteral("to"), true);
    if (!toMs)
        return ctx.usage(toMs.message());
    if (*toMs <= *fromMs)
        return ctx.usage(QCoreApplication::translate("centralectl", "--to: must not be before --from."));
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto done = RecordingService(**db, RecordingService::folderFor(ctx.dbPath())).exportPeriod(*fromMs, *toMs, p.value(out));
    if (!done)
        return ctx.fail(done.message());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("recordings"), done->recordings},
                                  {QStringLiteral("files"), QJsonArray::fromStringList(done->files)},
                                  {QStringLiteral("missing"), QJsonArray::fromStringList(done->missing)},
                                  {QStringLiteral("spreadsheet"), done->spreadsheet}});
        return Ok;
    }
    ctx.print(QCoreApplication::translate("centralectl", "Exported %n recording(s) to %1 with %2.", nullptr, done->recordings).arg(p.value(out), done->spreadsheet));
    for (const auto &m : done->missing)
        ctx.print(QCoreApplication::translate("centralectl", "missing: %1 (its file is gone)").arg(m));
    return Ok;
}

int recordingsPurge(CtlContext &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, QStringLiteral("recordings purge"), QCoreApplication::translate("centralectl", "Deletes the recordings whose retention period has ended now (the engine also does this every hour).")))
        return ctx.exitCode;
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    auto deleted = RecordingService(**db, RecordingService::folderFor(ctx.dbPath())).purge(QDateTime::currentMSecsSinceEpoch());
    if (!deleted)
        return ctx.fail(deleted.message());
    if (ctx.json()) {
        QJsonArray a;
        for (const auto &r : *deleted)
            a.append(toJson(r));
        ctx.printJson(a);
        return Ok;
    }
    for (const auto &r : *deleted)
        ctx.print(QCoreApplication::translate("centralectl", "deleted %1 (call %2, %3)").arg(r.file, r.callId, when(r.startedMs)));
    ctx.print(QCoreApplication::translate("centralectl", "%n expired recording(s) deleted.", nullptr, int(deleted->size())));
    return Ok;
}

} // namespace

int recordingCommand(CtlContext &ctx, const QString &action)
{
    if (action == QLatin1String("set"))
        return recordingSet(ctx);
    if (action == QLatin1String("show"))
        return recordingShow(ctx);
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"recording %1\"; use set or show.").arg(action));
}

int recordingsCommand(CtlContext &ctx, const QString &action)
{
    if (action == QLatin1String("list"))
        return recordingsList(ctx);
    if (action == QLatin1String("export"))
        return recordingsExport(ctx);
    if (action == QLatin1String("purge"))
        return recordingsPurge(ctx);
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"recordings %1\"; use list, export or purge.").arg(action));
}

} // namespace centrale::ctl
