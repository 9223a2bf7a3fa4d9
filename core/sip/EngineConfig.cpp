#include "sip/EngineConfig.h"
#include "calls/CallConfigLoader.h"
#include "cluster/ClusterSettings.h"
#include "store/JsonColumns.h"

#include <QHostInfo>
#include <QUrl>
#include "store/SettingsRepository.h"

namespace centrale::sip {

namespace {

// Call plans in cluster mode: this engine is the cluster's application server. The nodes
// stand where the carrier stands for the bundled engine: calls for call-plan numbers come
// from them, and every call the engine makes (to an account or a number) goes to the node
// in cluster.proxy, which looks the account up in location, checks the destination and
// accounts the call. So the carrier setting is replaced, and its registration is off.
void useClusterAsCarrier(SettingsRepository &s, EngineConfig &cfg)
{
    using namespace settingkeys;
    const QString proxy = s.get(QLatin1String(kClusterProxy));
    if (s.get(QLatin1String(kEngineMode)) != QLatin1String("cluster") || proxy.isEmpty())
        return;
    cfg.clusterProxy = proxy;
    calls::Upstream u = calls::parseUpstream(proxy);
    QStringList hosts{u.host};
    for (const auto &node : cluster::parseNodes(s.get(QLatin1String(kClusterNodes))))
        hosts << QUrl(node).host(); // a node's SIP and JSON-RPC share its address
    for (const auto &h : hosts) {
        if (h.isEmpty())
            continue;
        QList<QHostAddress> found;
        if (QHostAddress(h).isNull())
            found = QHostInfo::fromName(h).addresses();
        else
            found = {QHostAddress(h)};
        for (const auto &a : found)
            if (!u.addresses.contains(a.toString()))
                u.addresses << a.toString();
    }
    cfg.calls.upstream = u;
}

} // namespace

Result<EngineConfigPtr> loadEngineConfig(Database &db)
{
    auto cfg = std::make_shared<EngineConfig>();
    SettingsRepository s(db);
    using namespace settingkeys;
    cfg->primaryAddress = s.get(QLatin1String(kPrimary));
    cfg->secondaryAddress = s.get(QLatin1String(kSecondary));
    cfg->primaryAddress6 = s.get(QLatin1String(kPrimary6));
    cfg->secondaryAddress6 = s.get(QLatin1String(kSecondary6));
    cfg->realm = s.get(QLatin1String(kRealm)).toUtf8();
    cfg->expiresDefault = s.get(QLatin1String(kExpiresDefault)).toInt();
    cfg->expiresMin = s.get(QLatin1String(kExpiresMin)).toInt();
    cfg->expiresMax = s.get(QLatin1String(kExpiresMax)).toInt();
    cfg->nonceLifetimeSecs = s.get(QLatin1String(kNonceLifetime)).toInt();
    cfg->floodRate = s.get(QLatin1String(kFloodRate)).toInt();
    cfg->qualifySecs = s.get(QLatin1String(kQualify)).toInt();
    cfg->workers = s.get(QLatin1String(kWorkers)).toInt();
    cfg->workerPort = s.get(QLatin1String(kWorkerPort)).toInt();
    const QString media = s.get(QLatin1String(kMediaRelay));
    cfg->mediaMode = media == QLatin1String("always") ? EngineConfig::MediaMode::Always
                     : media == QLatin1String("never") ? EngineConfig::MediaMode::Never
                                                       : EngineConfig::MediaMode::Auto;
    cfg->mediaControl = s.get(QLatin1String(kMediaRtpengine)); // empty: the engine's own relay fills it in
    cfg->voicemailMaxSecs = s.get(QLatin1String(kVoicemailMaxSeconds)).toInt();
    cfg->voicemailLanguage = s.get(QLatin1String(kVoicemailLanguage));
    cfg->block = {s.get(QLatin1String(kBlockFailures)).toInt(), s.get(QLatin1String(kBlockWindow)).toInt(),
                  s.get(QLatin1String(kBlockDuration)).toInt()};

    auto q = db.exec(QStringLiteral("SELECT s.id, s.username, s.ha1, s.role, COALESCE(t.name, p.number), COALESCE(t.ip_whitelist, p.ip_whitelist)"
                                    " FROM sip_accounts s LEFT JOIN trunks t ON t.id = s.trunk_id"
                                    " LEFT JOIN phone_accounts p ON p.id = s.phone_account_id"));
    if (!q)
        return q.error();
    while (q->next()) {
        EngineAccount a;
        a.id = q->value(0).toLongLong();
        a.username = q->value(1).toString().toUtf8();
        a.ha1 = q->value(2).toString().toLatin1();
        a.role = q->value(3).toString();
        a.owner = q->value(4).toString();
        a.whitelist = jsoncol::toWhitelist(q->value(5).toString());
        cfg->allWhitelisted += a.whitelist;
        for (const auto &n : a.whitelist) {
            if (n.prefixLength() == (n.isIPv4() ? 32 : 128))
                cfg->trustedHosts.insert(n.address().toString());
            else
                cfg->trustedSubnets << n;
        }
        cfg->anyOpenAccount = cfg->anyOpenAccount || a.whitelist.isEmpty();
        cfg->usernameById.insert(a.id, a.username);
        cfg->accounts.insert(a.username, a);
    }
    auto calls = calls::loadCallConfig(db, &cfg->accountPolicy);
    if (!calls)
        return calls.error();
    cfg->calls = std::move(calls).value();
    useClusterAsCarrier(s, *cfg);
    // Inbound calls are recognised by the carrier's address: resolve a host name once per load.
    if (auto &u = cfg->calls.upstream; u.isSet() && QHostAddress(u.host).isNull()) {
        const QHostInfo info = QHostInfo::fromName(u.host);
        if (!info.addresses().isEmpty())
            u.host = info.addresses().first().toString();
    }
    return EngineConfigPtr(cfg);
}

} // namespace centrale::sip
