#include "calls/CallConfigLoader.h"
#include "domain/DestinationPresets.h"
#include "store/JsonColumns.h"
#include "store/RecordingRepository.h"
#include "store/SettingsRepository.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

namespace centrale::calls {

namespace {

void readSecurity(const QSqlQuery &q, int limitsCol, int destCol, CallPolicy *p)
{
    // Stored values were validated on save; a broken row falls back to the safe defaults.
    if (auto l = Limits::fromJson(jsoncol::toObject(q.value(limitsCol).toString())))
        p->limits = *l;
    if (auto d = DestinationWhitelist::fromJson(jsoncol::toObject(q.value(destCol).toString())))
        p->destinations = *d;
    p->callsPerSecond = p->limits.callsPerSecond;
}

} // namespace

Upstream parseUpstream(const QString &address)
{
    Upstream u;
    const QString a = address.trimmed();
    if (a.isEmpty())
        return u;
    const qsizetype colon = a.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && !a.endsWith(QLatin1Char(']'))) {
        u.host = a.left(colon);
        u.port = a.mid(colon + 1).toInt();
    } else {
        u.host = a;
    }
    if (u.host.startsWith(QLatin1Char('[')))
        u.host = u.host.mid(1, u.host.size() - 2);
    u.domain = u.host;
    if (!QHostAddress(u.host).isNull())
        u.addresses = {QHostAddress(u.host).toString()};
    return u;
}

Result<CallConfig> loadCallConfig(Database &db, QHash<qint64, QString> *accountPolicy)
{
    CallConfig cfg;
    SettingsRepository settings(db);
    cfg.upstream = parseUpstream(settings.get(QLatin1String(settingkeys::kUpstream)));
    cfg.upstream.username = settings.get(QLatin1String(settingkeys::kUpstreamUser)).toUtf8();
    cfg.upstream.registerExpires = settings.get(QLatin1String(settingkeys::kUpstreamExpires)).toInt();
    cfg.noAnswerSecs = settings.get(QLatin1String(settingkeys::kNoAnswer)).toInt();
    cfg.maxCallSecs = settings.get(QLatin1String(settingkeys::kMaxCall)).toInt();
    auto setting = [&](const char *key) { return settings.get(QLatin1String(key)); };
    FraudSettings fs;
    fs.enabled = setting(settingkeys::kFraudEnabled) != QLatin1String("0");
    fs.baselineWeeks = setting(settingkeys::kFraudWeeks).toInt();
    fs.callsFloor = setting(settingkeys::kFraudFloorCalls).toInt();
    fs.costFloorMicros = setting(settingkeys::kFraudFloorCents).toLongLong() * 10000;
    fs.factor = setting(settingkeys::kFraudFactor).toDouble();
    fs.sigmas = setting(settingkeys::kFraudSigmas).toDouble();
    fs.burstCalls = setting(settingkeys::kFraudBurstCalls).toInt();
    fs.burstShortSecs = setting(settingkeys::kFraudBurstSeconds).toInt();
    fs.burstWindowMins = setting(settingkeys::kFraudBurstMinutes).toInt();
    if (fs.validate()) // a hand-edited bad value keeps the defaults rather than a broken detector
        cfg.fraud = fs;

    auto t = db.exec(QStringLiteral("SELECT id, name, channels, number_format, COALESCE(failover_call_plan_id, 0), limits, destinations FROM trunks"));
    if (!t)
        return t.error();
    while (t->next()) {
        CallPolicy p;
        p.key = QStringLiteral("trunk:") + t->value(0).toString();
        p.name = t->value(1).toString();
        p.isTrunk = true;
        p.channels = t->value(2).toInt();
        p.format = numberFormatFromKey(t->value(3).toString()).value_or(NumberFormat::Plus);
        p.failoverPlanId = t->value(4).toLongLong();
        readSecurity(*t, 5, 6, &p);
        cfg.policies.insert(p.key, p);
    }
    auto ph = db.exec(QStringLiteral("SELECT id, number, channels, limits, destinations FROM phone_accounts"));
    if (!ph)
        return ph.error();
    while (ph->next()) {
        CallPolicy p;
        p.key = QStringLiteral("phone:") + ph->value(0).toString();
        p.name = ph->value(1).toString();
        p.channels = ph->value(2).toInt();
        p.callerIds.insert(p.name);
        p.defaultCallerId = p.name;
        readSecurity(*ph, 3, 4, &p);
        cfg.policies.insert(p.key, p);
        cfg.phoneByNumber.insert(p.name, p.key);
    }
    if (auto rec = RecordingRepository(db).byPolicyKey()) {
        for (auto it = rec->cbegin(); it != rec->cend(); ++it)
            if (auto p = cfg.policies.find(it.key()); p != cfg.policies.end())
                p->recording = it.value();
    } else {
        return rec.error();
    }
    cfg.recordingDefault = RecordingRepository(db).defaults();
    auto a = db.exec(QStringLiteral("SELECT id, role, trunk_id, phone_account_id FROM sip_accounts"));
    if (!a)
        return a.error();
    while (a->next()) {
        const qint64 id = a->value(0).toLongLong();
        const QString role = a->value(1).toString();
        const QString key = a->value(2).isNull() ? QStringLiteral("phone:") + a->value(3).toString() : QStringLiteral("trunk:") + a->value(2).toString();
        auto it = cfg.policies.find(key);
        if (it == cfg.policies.end())
            continue;
        (role == QLatin1String("secondary") ? it->secondaryAccountId : it->primaryAccountId) = id;
        if (accountPolicy)
            accountPolicy->insert(id, key);
    }
    auto n = db.exec(QStringLiteral("SELECT digits, call_plan_id, trunk_id, phone_account_id, inbound, caller_id FROM numbers"
                                    " WHERE call_plan_id IS NOT NULL OR trunk_id IS NOT NULL OR phone_account_id IS NOT NULL ORDER BY position, digits"));
    if (!n)
        return n.error();
    while (n->next()) {
        const QString digits = n->value(0).toString();
        DidRoute r;
        if (!n->value(1).isNull()) {
            r.kind = DidKind::CallPlan;
            r.planId = n->value(1).toLongLong();
        } else if (!n->value(2).isNull()) {
            r.kind = DidKind::Trunk;
            r.policyKey = QStringLiteral("trunk:") + n->value(2).toString();
            r.inbound = n->value(4).toBool();
            auto it = cfg.policies.find(r.policyKey);
            if (it != cfg.policies.end() && n->value(5).toBool()) {
                it->callerIds.insert(digits);
                if (it->defaultCallerId.isEmpty())
                    it->defaultCallerId = digits;
            }
        } else {
            r.kind = DidKind::Phone;
            r.policyKey = QStringLiteral("phone:") + n->value(3).toString();
        }
        cfg.dids.insert(digits, r);
    }
    auto c = db.exec(QStringLiteral("SELECT id, name, steps FROM call_plans"));
    if (!c)
        return c.error();
    while (c->next()) {
        CallPlan plan;
        plan.id = c->value(0).toLongLong();
        plan.name = c->value(1).toString();
        if (auto steps = CallPlan::stepsFromJson(QJsonDocument::fromJson(c->value(2).toString().toUtf8()).array()))
            plan.steps = *steps;
        cfg.plans.insert(plan.id, plan);
        CallPolicy p;
        p.key = callPlanPolicyKey(plan.id);
        p.name = plan.name;
        p.channels = kCallPlanChannels;
        p.destinations = defaultDestinationWhitelist();
        cfg.policies.insert(p.key, p);
    }
    auto f = db.exec(QStringLiteral("SELECT policy_key, owner, kind, reason, blocked_ms, lifted_ms FROM fraud_blocks"));
    if (!f)
        return f.error();
    while (f->next()) {
        FraudBlock b{f->value(0).toString(), f->value(1).toString(), f->value(2).toString(), f->value(3).toString(), f->value(4).toLongLong(), f->value(5).toLongLong()};
        cfg.fraudBlocks.insert(b.key, b);
    }
    // A phone account's own number routes to it even when the numbers table does not list it.
    for (auto it = cfg.phoneByNumber.cbegin(); it != cfg.phoneByNumber.cend(); ++it)
        if (!cfg.dids.contains(it.key()))
            cfg.dids.insert(it.key(), DidRoute{DidKind::Phone, it.value(), 0, true});
    return cfg;
}

} // namespace centrale::calls
