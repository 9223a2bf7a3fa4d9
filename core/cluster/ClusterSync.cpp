#include "cluster/ClusterSync.h"
#include "calls/CallConfigLoader.h"
#include "cluster/AppServerTables.h"
#include "cluster/ClusterTables.h"
#include "cluster/JsonRpcClient.h"
#include "store/ConfigVersion.h"
#include "store/PhoneAccountRepository.h"
#include "store/TrunkRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace centrale::cluster {

QJsonObject NodeHealth::toJson() const
{
    QJsonObject o{{QStringLiteral("url"), url}, {QStringLiteral("up"), up}};
    if (up)
        o.insert(QStringLiteral("uptime"), uptimeSecs);
    else
        o.insert(QStringLiteral("error"), error);
    return o;
}

QJsonObject NodeReload::toJson() const
{
    QJsonObject o{{QStringLiteral("url"), url}, {QStringLiteral("reloaded"), QJsonArray::fromStringList(reloaded)}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

bool SyncReport::allNodesReloaded() const
{
    for (const auto &n : nodes)
        if (!n.error.isEmpty())
            return false;
    return true;
}

QJsonObject SyncReport::toJson() const
{
    QJsonArray n;
    for (const auto &r : nodes)
        n.append(r.toJson());
    return {{QStringLiteral("schema_created"), schemaCreated},
            {QStringLiteral("changed"), QJsonArray::fromStringList(changes.names())},
            {QStringLiteral("config_version"), configVersion},
            {QStringLiteral("subscribers"), subscribers},
            {QStringLiteral("addresses"), addresses},
            {QStringLiteral("htable"), htableEntries},
            {QStringLiteral("dialplan"), dialplanRules},
            {QStringLiteral("nodes"), n},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

Result<SyncReport> ClusterSync::sync(bool reloadAll)
{
    auto settings = loadClusterSettings(m_db, m_secrets);
    if (!settings)
        return settings.error();
    SyncReport report;
    auto version = readConfigVersion(m_db);
    if (!version)
        return version.error();
    report.configVersion = version.value();

    // Read without a write lock (a transaction here would begin IMMEDIATE): a change that
    // lands in between bumps the version read above, and the next sync catches it.
    auto trunks = TrunkRepository(m_db).list();
    if (!trunks)
        return trunks.error();
    auto phones = PhoneAccountRepository(m_db).list();
    if (!phones)
        return phones.error();

    auto password = [this](const QString &username) -> std::optional<QString> {
        if (!m_secrets)
            return std::nullopt;
        auto pw = m_secrets->read(sipAccountSecretKey(username));
        return pw ? std::optional<QString>(pw.value()) : std::nullopt;
    };
    KamailioTables tables = buildClusterTables(trunks.value(), phones.value(), settings->realm, password, &report.warnings);
    // Call plans and voicemail: the numbers the nodes hand to the application server.
    auto callConfig = calls::loadCallConfig(m_db, nullptr);
    if (!callConfig)
        return callConfig.error();
    tables.htable += appServerEntries(callConfig.value(), settings->appServer);
    report.subscribers = tables.subscribers.size();
    report.addresses = tables.addresses.size();
    report.htableEntries = tables.htable.size();
    report.dialplanRules = tables.dialplan.size();

    if (!m_store || m_storeUrl != settings->dbUrl) {
        m_store.reset();
        auto store = KamailioStore::open(settings->db);
        if (!store)
            return store.error();
        m_store = std::move(store).value();
        m_storeUrl = settings->dbUrl;
    }
    auto created = m_store->ensureSchema(m_schemaDir);
    if (!created) {
        m_store.reset(); // reconnect next time: the server may have gone away
        return created.error();
    }
    report.schemaCreated = created.value();
    auto changes = m_store->write(tables);
    if (!changes) {
        m_store.reset();
        return changes.error();
    }
    report.changes = changes.value();
    KamailioChanges toReload = report.changes;
    if (reloadAll)
        toReload = {true, true, true, true};
    if (toReload.any())
        report.nodes = reload(settings->nodes, toReload);
    return report;
}

QList<NodeReload> ClusterSync::reload(const QStringList &nodes, const KamailioChanges &changes)
{
    // subscriber needs no reload: auth_db reads the table on every request.
    QStringList methods;
    if (changes.address)
        methods << QStringLiteral("permissions.addressReload");
    if (changes.dialplan)
        methods << QStringLiteral("dialplan.reload");
    if (changes.htable)
        methods << QStringLiteral("htable.reload");
    QList<NodeReload> out;
    for (const auto &url : nodes) {
        NodeReload r;
        r.url = url;
        for (const auto &m : methods) {
            auto res = jsonRpcCall(url, m, m == QLatin1String("htable.reload") ? QJsonArray{QStringLiteral("centrale")} : QJsonArray{});
            if (!res) {
                r.error = res.message();
                break;
            }
            r.reloaded << m;
        }
        out.append(r);
    }
    return out;
}

QList<NodeHealth> ClusterSync::health(const QStringList &nodes, int timeoutMs)
{
    QList<NodeHealth> out;
    for (const auto &url : nodes) {
        NodeHealth h;
        h.url = url;
        auto res = jsonRpcCall(url, QStringLiteral("core.uptime"), {}, timeoutMs);
        if (res) {
            h.up = true;
            h.uptimeSecs = res->toObject().value(QStringLiteral("uptime")).toVariant().toLongLong();
        } else {
            h.error = res.message();
        }
        out.append(h);
    }
    return out;
}

} // namespace centrale::cluster
