#include "store/TrunkRepository.h"
#include "store/CallPlanRepository.h"
#include "store/JsonColumns.h"

#include <QCoreApplication>

namespace centrale {

Status checkUsernameFree(Database &db, const QString &username, qint64 exceptAccountId)
{
    auto q = db.exec(QStringLiteral("SELECT s.role, t.name, p.number FROM sip_accounts s LEFT JOIN trunks t ON t.id = s.trunk_id"
                                    " LEFT JOIN phone_accounts p ON p.id = s.phone_account_id WHERE s.username = ? AND s.id <> ?"),
                     {username, exceptAccountId});
    if (!q)
        return q.error();
    if (q->next()) {
        const QString owner = q->value(1).isNull() ? QCoreApplication::translate("TrunkRepository", "phone account +%1").arg(q->value(2).toString())
                                                   : QCoreApplication::translate("TrunkRepository", "trunk \"%1\"").arg(q->value(1).toString());
        return Status::fail(QCoreApplication::translate("TrunkRepository", "Username \"%1\" is already used by %2.").arg(username, owner),
                            QStringLiteral("username"));
    }
    return {};
}

Status TrunkRepository::checkNames(const Trunk &trunk)
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM trunks WHERE name = ? COLLATE NOCASE AND id <> ?"), {trunk.name.trimmed(), trunk.id});
    if (!q)
        return q.error();
    if (q->next())
        return Status::fail(QCoreApplication::translate("TrunkRepository", "A trunk named \"%1\" already exists.").arg(q->value(0).toString()), QStringLiteral("name"));
    if (auto s = checkUsernameFree(m_db, trunk.primary.username, trunk.primary.id); !s)
        return s;
    return checkUsernameFree(m_db, trunk.secondary.username, trunk.secondary.id);
}

Result<QVariant> TrunkRepository::failoverId(const Trunk &trunk)
{
    if (trunk.failoverCallPlan.trimmed().isEmpty())
        return QVariant();
    CallPlanRepository plans(m_db);
    auto plan = plans.find(trunk.failoverCallPlan.trimmed());
    if (!plan)
        return Result<QVariant>::fail(QCoreApplication::translate("TrunkRepository", "There is no call plan named \"%1\" to fail over to.").arg(trunk.failoverCallPlan), QStringLiteral("failover"));
    // The plan's forwards become this trunk's calls out: its whitelist must allow them.
    if (auto s = plans.checkForwardsAgainst(*plan, trunk.destinations, QCoreApplication::translate("TrunkRepository", "trunk %1").arg(trunk.name.trimmed())); !s)
        return Result<QVariant>::fail(QCoreApplication::translate("TrunkRepository", "Failover call plan %1: %2").arg(plan->name, s.message()), QStringLiteral("failover"));
    return QVariant(plan->id);
}

Status TrunkRepository::writeLinksAndAccounts(const Trunk &trunk, qint64 id)
{
    NumberLinks links(m_db);
    int position = 0;
    for (const auto &n : trunk.numbers)
        if (auto s = links.link(n.digits, {NumberOwner::Kind::Trunk, id, trunk.name.trimmed()}, {n.inbound, n.callerId, position++}); !s)
            return s;
    for (const SipAccount *a : {&trunk.primary, &trunk.secondary}) {
        if (a->id == 0) {
            if (a->ha1.isEmpty())
                return Status::fail(QCoreApplication::translate("TrunkRepository", "The %1 account has no password.").arg(accountRoleKey(a->role)), QStringLiteral("password"));
            auto r = m_db.exec(QStringLiteral("INSERT INTO sip_accounts (username, role, trunk_id, ha1) VALUES (?, ?, ?, ?)"),
                               {a->username, accountRoleKey(a->role), id, a->ha1});
            if (!r)
                return r.error();
        } else {
            auto r = m_db.exec(QStringLiteral("UPDATE sip_accounts SET username = ?, ha1 = CASE WHEN ? = '' THEN ha1 ELSE ? END"
                                              " WHERE id = ? AND trunk_id = ?"),
                               {a->username, a->ha1, a->ha1, a->id, id});
            if (!r)
                return r.error();
        }
    }
    return {};
}

Result<qint64> TrunkRepository::add(const Trunk &trunk)
{
    if (auto s = trunk.validate(); !s)
        return s.error();
    qint64 id = 0;
    auto s = m_db.transaction([&]() -> Status {
        if (auto c = checkNames(trunk); !c)
            return c;
        auto failover = failoverId(trunk);
        if (!failover)
            return failover.error();
        auto r = m_db.exec(QStringLiteral("INSERT INTO trunks (name, channels, brand, type, number_format, ip_whitelist, failover_call_plan_id, limits,"
                                          " destinations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {trunk.name.trimmed(), trunk.channels, pbxBrandKey(trunk.brand), trunk.type.trimmed(), numberFormatKey(trunk.format),
                            jsoncol::fromWhitelist(trunk.ipWhitelist), failover.value(), jsoncol::fromObject(trunk.limits.toJson()),
                            jsoncol::fromObject(trunk.destinations.toJson())});
        if (!r)
            return r.error();
        id = m_db.insertedId(*r, QStringLiteral("trunks"));
        return writeLinksAndAccounts(trunk, id);
    });
    if (!s)
        return s.error();
    return id;
}

Status TrunkRepository::update(const Trunk &trunk)
{
    if (auto s = trunk.validate(); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        if (auto c = checkNames(trunk); !c)
            return c;
        auto failover = failoverId(trunk);
        if (!failover)
            return failover.error();
        auto r = m_db.exec(QStringLiteral("UPDATE trunks SET name = ?, channels = ?, brand = ?, type = ?, number_format = ?, ip_whitelist = ?,"
                                          " failover_call_plan_id = ?, limits = ?, destinations = ? WHERE id = ?"),
                           {trunk.name.trimmed(), trunk.channels, pbxBrandKey(trunk.brand), trunk.type.trimmed(), numberFormatKey(trunk.format),
                            jsoncol::fromWhitelist(trunk.ipWhitelist), failover.value(), jsoncol::fromObject(trunk.limits.toJson()),
                            jsoncol::fromObject(trunk.destinations.toJson()), trunk.id});
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1)
            return Status::fail(QCoreApplication::translate("TrunkRepository", "The trunk no longer exists."));
        if (auto u = m_db.exec(QStringLiteral("UPDATE numbers SET trunk_id = NULL, inbound = 1, caller_id = 1, position = 0 WHERE trunk_id = ?"),
                               {trunk.id});
            !u)
            return u.error();
        return writeLinksAndAccounts(trunk, trunk.id);
    });
}

Status TrunkRepository::remove(const QString &name)
{
    return m_db.transaction([&]() -> Status {
        auto t = find(name);
        if (!t)
            return t.error();
        // Numbers become free (ON DELETE SET NULL); accounts and bindings go (CASCADE).
        auto r = m_db.exec(QStringLiteral("DELETE FROM trunks WHERE id = ?"), {t->id});
        return r ? Status{} : Status(r.error());
    });
}

Result<QList<Trunk>> TrunkRepository::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT t.id, t.name, t.channels, t.brand, t.type, t.number_format, t.ip_whitelist, COALESCE(c.name, ''),"
                                      " t.limits, t.destinations FROM trunks t LEFT JOIN call_plans c ON c.id = t.failover_call_plan_id"
                                      " ORDER BY t.name COLLATE NOCASE"));
    if (!q)
        return q.error();
    QList<Trunk> out;
    QHash<qint64, int> index;
    while (q->next()) {
        Trunk t;
        t.id = q->value(0).toLongLong();
        t.name = q->value(1).toString();
        t.channels = q->value(2).toInt();
        t.brand = pbxBrandFromString(q->value(3).toString()).value_or(PbxBrand::Other);
        t.type = q->value(4).toString();
        t.format = numberFormatFromKey(q->value(5).toString()).value_or(NumberFormat::Plus);
        t.ipWhitelist = jsoncol::toWhitelist(q->value(6).toString());
        t.failoverCallPlan = q->value(7).toString();
        if (auto l = Limits::fromJson(jsoncol::toObject(q->value(8).toString())))
            t.limits = l.value();
        if (auto d = DestinationWhitelist::fromJson(jsoncol::toObject(q->value(9).toString())))
            t.destinations = d.value();
        index.insert(t.id, int(out.size()));
        out << t;
    }
    auto n = m_db.exec(QStringLiteral("SELECT trunk_id, digits, inbound, caller_id FROM numbers WHERE trunk_id IS NOT NULL ORDER BY position, digits"));
    if (!n)
        return n.error();
    while (n->next())
        if (auto it = index.find(n->value(0).toLongLong()); it != index.end())
            out[*it].numbers << TrunkNumber{n->value(1).toString(), n->value(2).toBool(), n->value(3).toBool()};
    auto a = m_db.exec(QStringLiteral("SELECT trunk_id, id, username, role, ha1 FROM sip_accounts WHERE trunk_id IS NOT NULL"));
    if (!a)
        return a.error();
    while (a->next()) {
        auto it = index.find(a->value(0).toLongLong());
        if (it == index.end())
            continue;
        const bool primary = a->value(3).toString() == QLatin1String("primary");
        SipAccount acc{a->value(1).toLongLong(), a->value(2).toString(), primary ? AccountRole::Primary : AccountRole::Secondary,
                       a->value(4).toString()};
        (primary ? out[*it].primary : out[*it].secondary) = acc;
    }
    return out;
}

Result<Trunk> TrunkRepository::find(const QString &name)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const auto &t : all.value())
        if (t.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return t;
    return Result<Trunk>::fail(QCoreApplication::translate("TrunkRepository", "There is no trunk named \"%1\".").arg(name), QStringLiteral("trunk"));
}

} // namespace centrale
