#include "store/CallPlanRepository.h"
#include "calls/DestinationPolicy.h"
#include "domain/DestinationPresets.h"
#include "store/JsonColumns.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace centrale {

namespace {
QVariant nullIfEmpty(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
} // namespace

Status CallPlanRepository::checkForwardsAgainst(const CallPlan &plan, const DestinationWhitelist &whitelist, const QString &payer)
{
    QSet<QString> phones; // ringing one of our phones is no call out
    auto p = m_db.exec(QStringLiteral("SELECT number FROM phone_accounts"));
    if (!p)
        return p.error();
    while (p->next())
        phones.insert(p->value(0).toString());
    return calls::checkPlanForwards(plan, whitelist, payer, phones);
}

Status CallPlanRepository::checkForwards(const CallPlan &plan)
{
    // Its own DID's calls pay under the default whitelist; a trunk failing over to it pays
    // under the trunk's.
    if (auto s = checkForwardsAgainst(plan, defaultDestinationWhitelist(), QCoreApplication::translate("CallPlanRepository", "call plan %1").arg(plan.name.trimmed())); !s)
        return s;
    if (plan.id <= 0)
        return {};
    auto t = m_db.exec(QStringLiteral("SELECT name, destinations FROM trunks WHERE failover_call_plan_id = ?"), {plan.id});
    if (!t)
        return t.error();
    while (t->next()) {
        auto w = DestinationWhitelist::fromJson(jsoncol::toObject(t->value(1).toString()));
        if (!w)
            continue;
        if (auto s = checkForwardsAgainst(plan, *w, QCoreApplication::translate("CallPlanRepository", "trunk %1").arg(t->value(0).toString())); !s)
            return s;
    }
    return {};
}

Status CallPlanRepository::checkUnique(const CallPlan &plan)
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM call_plans WHERE name = ? COLLATE NOCASE AND id <> ?"), {plan.name.trimmed(), plan.id});
    if (!q)
        return q.error();
    if (q->next())
        return Status::fail(QCoreApplication::translate("CallPlanRepository", "A call plan named \"%1\" already exists.").arg(q->value(0).toString()), QStringLiteral("name"));
    if (!plan.internalNumber.isEmpty()) {
        auto i = m_db.exec(QStringLiteral("SELECT name FROM call_plans WHERE internal_number = ? AND id <> ?"), {plan.internalNumber, plan.id});
        if (!i)
            return i.error();
        if (i->next())
            return Status::fail(QCoreApplication::translate("CallPlanRepository", "Internal number %1 is already used by call plan \"%2\".").arg(plan.internalNumber, i->value(0).toString()),
                                QStringLiteral("internal"));
    }
    return {};
}

Result<qint64> CallPlanRepository::add(const CallPlan &plan)
{
    if (auto s = plan.validate(); !s)
        return s.error();
    qint64 id = 0;
    auto s = m_db.transaction([&]() -> Status {
        if (auto u = checkUnique(plan); !u)
            return u;
        if (auto f = checkForwards(plan); !f)
            return f;
        auto r = m_db.exec(QStringLiteral("INSERT INTO call_plans (name, internal_number, steps) VALUES (?, ?, ?)"),
                           {plan.name.trimmed(), nullIfEmpty(plan.internalNumber),
                            QString::fromUtf8(QJsonDocument(CallPlan::stepsToJson(plan.steps)).toJson(QJsonDocument::Compact))});
        if (!r)
            return r.error();
        id = m_db.insertedId(*r, QStringLiteral("call_plans"));
        for (const auto &d : plan.numbers)
            if (auto l = NumberLinks(m_db).link(d, {NumberOwner::Kind::CallPlan, id, plan.name}); !l)
                return l;
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Status CallPlanRepository::update(const CallPlan &plan)
{
    if (auto s = plan.validate(); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        if (auto u = checkUnique(plan); !u)
            return u;
        if (auto f = checkForwards(plan); !f)
            return f;
        auto r = m_db.exec(QStringLiteral("UPDATE call_plans SET name = ?, internal_number = ?, steps = ? WHERE id = ?"),
                           {plan.name.trimmed(), nullIfEmpty(plan.internalNumber),
                            QString::fromUtf8(QJsonDocument(CallPlan::stepsToJson(plan.steps)).toJson(QJsonDocument::Compact)), plan.id});
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1)
            return Status::fail(QCoreApplication::translate("CallPlanRepository", "The call plan no longer exists."));
        return {};
    });
}

Status CallPlanRepository::remove(const QString &name)
{
    return m_db.transaction([&]() -> Status {
        auto plan = find(name);
        if (!plan)
            return plan.error();
        auto t = m_db.exec(QStringLiteral("SELECT name FROM trunks WHERE failover_call_plan_id = ? ORDER BY name"), {plan->id});
        if (!t)
            return t.error();
        if (t->next())
            return Status::fail(QCoreApplication::translate("CallPlanRepository", "Call plan \"%1\" is the failover of trunk \"%2\"; choose another failover there first.")
                                    .arg(plan->name, t->value(0).toString()),
                                QStringLiteral("callplan"));
        // Its numbers become free (ON DELETE SET NULL).
        auto r = m_db.exec(QStringLiteral("DELETE FROM call_plans WHERE id = ?"), {plan->id});
        return r ? Status{} : Status(r.error());
    });
}

Result<QList<CallPlan>> CallPlanRepository::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT c.id, c.name, COALESCE(c.internal_number, ''), c.steps,"
                                      " (SELECT group_concat(digits, ',') FROM (SELECT digits FROM numbers WHERE call_plan_id = c.id ORDER BY digits) AS d)"
                                      " FROM call_plans c ORDER BY c.name COLLATE NOCASE"));
    if (!q)
        return q.error();
    QList<CallPlan> out;
    while (q->next()) {
        CallPlan p;
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.internalNumber = q->value(2).toString();
        auto steps = CallPlan::stepsFromJson(QJsonDocument::fromJson(q->value(3).toString().toUtf8()).array());
        if (steps)
            p.steps = steps.value();
        const QString nums = q->value(4).toString();
        if (!nums.isEmpty())
            p.numbers = nums.split(QLatin1Char(','));
        out << p;
    }
    return out;
}

Result<CallPlan> CallPlanRepository::find(const QString &name)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const auto &p : all.value())
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    return Result<CallPlan>::fail(QCoreApplication::translate("CallPlanRepository", "There is no call plan named \"%1\".").arg(name), QStringLiteral("callplan"));
}

Status CallPlanRepository::linkNumber(const QString &planName, const QString &digits)
{
    return m_db.transaction([&]() -> Status {
        auto plan = find(planName);
        if (!plan)
            return plan.error();
        return NumberLinks(m_db).link(digits, {NumberOwner::Kind::CallPlan, plan->id, plan->name});
    });
}

Status CallPlanRepository::unlinkNumber(const QString &digits)
{
    return m_db.transaction([&]() -> Status {
        NumberLinks links(m_db);
        auto owner = links.ownerOf(digits);
        if (!owner)
            return owner.error();
        if (owner->isFree())
            return Status::fail(QCoreApplication::translate("CallPlanRepository", "Number +%1 is not linked to a call plan; it is already free.").arg(digits), QStringLiteral("number"));
        if (owner->kind != NumberOwner::Kind::CallPlan)
            return Status::fail(QCoreApplication::translate("CallPlanRepository", "Number +%1 is linked to %2, not to a call plan.").arg(digits, owner->describe()), QStringLiteral("number"));
        return links.unlink(digits);
    });
}

Status CallPlanRepository::setExternalNumbers(qint64 planId, const QStringList &digits)
{
    return m_db.transaction([&]() -> Status {
        auto nameQ = m_db.exec(QStringLiteral("SELECT name FROM call_plans WHERE id = ?"), {planId});
        if (!nameQ)
            return nameQ.error();
        if (!nameQ->next())
            return Status::fail(QCoreApplication::translate("CallPlanRepository", "The call plan no longer exists."));
        const QString name = nameQ->value(0).toString();
        NumberLinks links(m_db);
        auto cur = m_db.exec(QStringLiteral("SELECT digits FROM numbers WHERE call_plan_id = ?"), {planId});
        if (!cur)
            return cur.error();
        QStringList current;
        while (cur->next())
            current << cur->value(0).toString();
        for (const auto &d : current)
            if (!digits.contains(d))
                if (auto s = links.unlink(d); !s)
                    return s;
        for (const auto &d : digits)
            if (auto s = links.link(d, {NumberOwner::Kind::CallPlan, planId, name}); !s)
                return s;
        return {};
    });
}

} // namespace centrale
