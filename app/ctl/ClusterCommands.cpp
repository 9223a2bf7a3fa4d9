// centralectl cluster: the Kamailio cluster's status, sync and database password.
#include "CtlContext.h"
#include "cluster/ClusterFollower.h"
#include "cluster/ClusterReaders.h"
#include "cluster/ClusterSync.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace centrale::ctl {

namespace {

QString modeKey(cluster::EngineMode m) { return m == cluster::EngineMode::Cluster ? QStringLiteral("cluster") : QStringLiteral("bundled"); }

QJsonObject registrationJson(const AccountStatus &a)
{
    return {{QStringLiteral("account"), a.account},
            {QStringLiteral("role"), a.role},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("state"), registrationStateKey(a.state)},
            {QStringLiteral("contact"), a.contact},
            {QStringLiteral("source"), a.source},
            {QStringLiteral("bindings"), a.bindings},
            {QStringLiteral("expires"), a.expires.isNull() ? QJsonValue() : QJsonValue(a.expires.toString(Qt::ISODate))}};
}

QJsonObject callJson(const CallRecord &c)
{
    return {{QStringLiteral("call_id"), c.callId},
            {QStringLiteral("direction"), c.direction},
            {QStringLiteral("account"), c.account},
            {QStringLiteral("owner"), c.owner},
            {QStringLiteral("callee"), c.callee},
            {QStringLiteral("status"), c.sipStatus},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("source"), c.aLeg},
            {QStringLiteral("node"), c.bLeg},
            {QStringLiteral("started"), QDateTime::fromMSecsSinceEpoch(c.startedMs, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("duration"), c.durationSecs()}};
}

QString syncLine(const cluster::SyncReport &r)
{
    QString text = r.changes.any() ? QCoreApplication::translate("centralectl", "cluster synced (config %1): changed %2; %3 subscribers, %4 addresses, %5 htable entries, %6 dialplan rules")
                                         .arg(r.configVersion)
                                         .arg(r.changes.names().join(QStringLiteral(", ")))
                                         .arg(r.subscribers)
                                         .arg(r.addresses)
                                         .arg(r.htableEntries)
                                         .arg(r.dialplanRules)
                                   : QCoreApplication::translate("centralectl", "cluster in step (config %1): nothing to change").arg(r.configVersion);
    if (r.schemaCreated)
        text += QLatin1Char('\n') + QCoreApplication::translate("centralectl", "created Kamailio's tables in the empty database");
    for (const auto &n : r.nodes)
        text += QLatin1Char('\n') + (n.error.isEmpty() ? QCoreApplication::translate("centralectl", "  %1: reloaded %2").arg(n.url, n.reloaded.join(QStringLiteral(", ")))
                                                       : QCoreApplication::translate("centralectl", "  %1: FAILED: %2").arg(n.url, n.error));
    for (const auto &w : r.warnings)
        text += QLatin1Char('\n') + QCoreApplication::translate("centralectl", "  warning: %1").arg(w);
    return text;
}

} // namespace

int clusterCommand(CtlContext &ctx, const QString &action)
{
    QCommandLineParser p;
    if (action == QLatin1String("status")) {
        const QCommandLineOption calls(QStringLiteral("calls"), QCoreApplication::translate("centralectl", "How many recent calls from the cluster's call log to show (default 20)."),
                                       QCoreApplication::translate("centralectl", "N"), QStringLiteral("20"));
        p.addOption(calls);
        if (!ctx.parse(p, QStringLiteral("cluster status"),
                       QCoreApplication::translate("centralectl", "Engine mode, the cluster nodes' health, registrations (location) and recent calls (acc).")))
            return ctx.exitCode;
        bool okN = false;
        const int nCalls = p.value(calls).toInt(&okN);
        if (!okN || nCalls < 0 || nCalls > 10000)
            return ctx.usage(QCoreApplication::translate("centralectl", "--calls must be a whole number from 0 to 10000."));
        auto stores = ctx.stores();
        if (!stores)
            return ctx.fail(stores.message());
        auto [db, secrets] = stores.value();
        auto settings = cluster::loadClusterSettings(*db, secrets);
        if (!settings)
            return ctx.fail(settings.message());
        const auto health = cluster::ClusterSync::health(settings->nodes);
        QJsonArray nodes, regs, callList;
        for (const auto &h : health)
            nodes.append(h.toJson());
        QString dbError;
        auto store = KamailioStore::open(settings->db);
        if (store) {
            if (auto r = cluster::clusterRegistrations(*db, **store); r)
                for (const auto &a : r.value())
                    regs.append(registrationJson(a));
            else
                dbError = r.message();
            if (auto c = cluster::clusterCalls(*db, **store, nCalls); c && nCalls > 0)
                for (const auto &call : c.value())
                    callList.append(callJson(call));
        } else {
            dbError = store.message();
        }
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("mode"), modeKey(settings->mode)}, {QStringLiteral("database"), settings->dbUrl}, {QStringLiteral("nodes"), nodes},
                          {QStringLiteral("registrations"), regs}, {QStringLiteral("calls"), callList}};
            if (!dbError.isEmpty())
                o.insert(QStringLiteral("database_error"), dbError);
            ctx.printJson(o);
        } else {
            ctx.print(QCoreApplication::translate("centralectl", "engine mode: %1").arg(modeKey(settings->mode)));
            ctx.print(QCoreApplication::translate("centralectl", "database: %1%2").arg(settings->dbUrl, dbError.isEmpty() ? QString() : QStringLiteral(" (") + dbError + QLatin1Char(')')));
            for (const auto &h : health)
                ctx.print(h.up ? QCoreApplication::translate("centralectl", "node %1: up %2 s").arg(h.url).arg(h.uptimeSecs)
                               : QCoreApplication::translate("centralectl", "node %1: DOWN (%2)").arg(h.url, h.error));
            for (const auto &v : regs) {
                const auto o = v.toObject();
                ctx.print(QStringLiteral("%1 %2 %3 %4 %5").arg(o[QStringLiteral("owner")].toString(), o[QStringLiteral("role")].toString(), o[QStringLiteral("account")].toString(),
                                                               o[QStringLiteral("state")].toString(), o[QStringLiteral("source")].toString()));
            }
            for (const auto &v : callList) {
                const auto o = v.toObject();
                ctx.print(QStringLiteral("%1 %2 → %3 %4 %5").arg(o[QStringLiteral("started")].toString(), o[QStringLiteral("account")].toString(), o[QStringLiteral("callee")].toString())
                              .arg(o[QStringLiteral("status")].toInt())
                              .arg(o[QStringLiteral("reason")].toString()));
            }
        }
        for (const auto &h : health)
            if (!h.up)
                return Failed; // scripts can tell a degraded cluster by the exit code
        return dbError.isEmpty() ? Ok : Failed;
    }
    if (action == QLatin1String("sync")) {
        const QCommandLineOption follow(QStringLiteral("follow"), QCoreApplication::translate("centralectl", "Keep running: sync again whenever the configuration changes."));
        p.addOption(follow);
        if (!ctx.parse(p, QStringLiteral("cluster sync"),
                       QCoreApplication::translate("centralectl", "Write the trunks, accounts, whitelists and limits into the cluster's Kamailio tables and reload the nodes.")))
            return ctx.exitCode;
        auto stores = ctx.stores();
        if (!stores)
            return ctx.fail(stores.message());
        auto [db, secrets] = stores.value();
        if (!p.isSet(follow)) {
            auto r = cluster::ClusterSync(*db, secrets).sync(true);
            if (!r)
                return ctx.fail(r.message());
            if (ctx.json())
                ctx.printJson(r->toJson());
            else
                ctx.print(syncLine(r.value()));
            return r->allNodesReloaded() ? Ok : Failed;
        }
        cluster::ClusterFollower follower(ctx.dbPath(), ctx.secretsFile());
        QObject::connect(&follower, &cluster::ClusterFollower::synced, [&](const QJsonObject &report) {
            if (ctx.json())
                ctx.printJson(report);
            else
                ctx.print(QCoreApplication::translate("centralectl", "synced config %1: changed %2")
                              .arg(report[QStringLiteral("config_version")].toInteger())
                              .arg(report[QStringLiteral("changed")].toVariant().toStringList().join(QStringLiteral(", "))));
        });
        QObject::connect(&follower, &cluster::ClusterFollower::guarded, [&](const QJsonObject &report) {
            if (ctx.json())
                ctx.printJson(report);
            else
                ctx.print(QCoreApplication::translate("centralectl", "guard: %1 calls booked from acc; blocked: %2")
                              .arg(report[QStringLiteral("imported")].toInt())
                              .arg(report[QStringLiteral("blocked")].toVariant().toStringList().join(QStringLiteral(", "))));
        });
        QObject::connect(&follower, &cluster::ClusterFollower::failed, [&](const QString &message) { QTextStream(stderr) << message << Qt::endl; });
        follower.start();
        QCoreApplication::exec(); // until SIGTERM/SIGINT
        return Ok;
    }
    if (action == QLatin1String("password")) {
        const QCommandLineOption pwStdin(QStringLiteral("password-stdin"), QCoreApplication::translate("centralectl", "Read the password from standard input (one line)."));
        p.addOption(pwStdin);
        if (!ctx.parse(p, QStringLiteral("cluster password"),
                       QCoreApplication::translate("centralectl", "Store the cluster database's password in the keychain (or the secrets file).")))
            return ctx.exitCode;
        if (!p.isSet(pwStdin))
            return ctx.usage(QCoreApplication::translate("centralectl", "cluster password needs --password-stdin; passwords are never taken as arguments."));
        auto line = ctx.readLine();
        if (!line || line->isEmpty())
            return ctx.usage(QCoreApplication::translate("centralectl", "--password-stdin expects the password on the first line of standard input."));
        auto stores = ctx.stores();
        if (!stores)
            return ctx.fail(stores.message());
        auto [db, secrets] = stores.value();
        if (auto s = secrets->write(cluster::kDbPasswordKey, *line); !s)
            return ctx.fail(s.message());
        if (auto s = SettingsRepository(*db).notifySecretChanged(cluster::kDbPasswordKey); !s)
            return ctx.fail(s.message());
        ctx.print(QCoreApplication::translate("centralectl", "Cluster database password saved in %1.").arg(secrets->describe()));
        return Ok;
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"cluster %1\"; use status, sync or password.").arg(action));
}

} // namespace centrale::ctl
