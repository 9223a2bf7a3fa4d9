// fraud: accounts the engine's fraud detector blocked outbound, and lifting such a block.
#include "CtlContext.h"
#include "store/FraudBlockRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace centrale::ctl {

namespace {

QString when(qint64 ms) { return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate) : QString(); }

QJsonObject toJson(const calls::FraudBlock &b)
{
    return QJsonObject{{QStringLiteral("account"), b.owner},  {QStringLiteral("key"), b.key},
                       {QStringLiteral("kind"), b.kind},      {QStringLiteral("reason"), b.reason},
                       {QStringLiteral("blocked_at"), when(b.blockedMs)}, {QStringLiteral("lifted_at"), b.liftedMs ? QJsonValue(when(b.liftedMs)) : QJsonValue()}};
}

} // namespace

int fraudCommand(CtlContext &ctx, const QString &action)
{
    QCommandLineParser p;
    if (action == QLatin1String("list")) {
        const QCommandLineOption all(QStringLiteral("all"), QCoreApplication::translate("centralectl", "Also show blocks that were lifted."));
        p.addOption(all);
        if (!ctx.parse(p, QStringLiteral("fraud list"), QCoreApplication::translate("centralectl", "Accounts blocked outbound by the fraud detector, with the reason and its figures.")))
            return ctx.exitCode;
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto blocks = FraudBlockRepository(**db).list(!p.isSet(all));
        if (!blocks)
            return ctx.fail(blocks.message());
        QJsonArray a;
        for (const auto &b : *blocks)
            a.append(toJson(b));
        if (ctx.json()) {
            ctx.printJson(a);
            return Ok;
        }
        if (blocks->isEmpty())
            ctx.print(QCoreApplication::translate("centralectl", "No account is blocked by the fraud detector."));
        for (const auto &b : *blocks)
            ctx.print(QStringLiteral("%1  %2  %3  %4%5").arg(b.owner, when(b.blockedMs), b.kind, b.reason,
                                                             b.liftedMs ? QCoreApplication::translate("centralectl", "  (lifted %1)").arg(when(b.liftedMs)) : QString()));
        return Ok;
    }
    if (action == QLatin1String("unblock")) {
        if (!ctx.parse(p, QStringLiteral("fraud unblock"), QCoreApplication::translate("centralectl", "Allow outbound calls of an account the fraud detector blocked again."),
                       QStringLiteral("ACCOUNT"), QCoreApplication::translate("centralectl", "Trunk name or phone account number.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "fraud unblock takes exactly one account (trunk name or phone number)."));
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto lifted = FraudBlockRepository(**db).unblock(p.positionalArguments().first(), QDateTime::currentMSecsSinceEpoch());
        if (!lifted)
            return ctx.fail(lifted.message());
        if (ctx.json())
            ctx.printJson(toJson(*lifted));
        else
            ctx.print(QCoreApplication::translate("centralectl", "Unblocked %1; a running engine applies it within a second.").arg(lifted->owner));
        return Ok;
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"fraud %1\"; use list or unblock.").arg(action));
}

} // namespace centrale::ctl
