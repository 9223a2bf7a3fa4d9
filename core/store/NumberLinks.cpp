#include "store/NumberLinks.h"

#include <QCoreApplication>

namespace centrale {

QString NumberOwner::kindKey() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("free");
    case Kind::CallPlan: return QStringLiteral("callplan");
    case Kind::Trunk: return QStringLiteral("trunk");
    case Kind::Phone: return QStringLiteral("phone");
    }
    return {};
}

QString NumberOwner::describe() const
{
    switch (kind) {
    case Kind::None: return QCoreApplication::translate("NumberLinks", "nothing (free)");
    case Kind::CallPlan: return QCoreApplication::translate("NumberLinks", "call plan \"%1\"").arg(name);
    case Kind::Trunk: return QCoreApplication::translate("NumberLinks", "trunk \"%1\"").arg(name);
    case Kind::Phone: return QCoreApplication::translate("NumberLinks", "phone account +%1").arg(name);
    }
    return {};
}

Result<NumberOwner> NumberLinks::ownerOf(const QString &digits)
{
    auto q = m_db.exec(QStringLiteral("SELECT n.call_plan_id, c.name, n.trunk_id, t.name, n.phone_account_id, p.number FROM numbers n"
                                      " LEFT JOIN call_plans c ON c.id = n.call_plan_id"
                                      " LEFT JOIN trunks t ON t.id = n.trunk_id"
                                      " LEFT JOIN phone_accounts p ON p.id = n.phone_account_id WHERE n.digits = ?"),
                       {digits});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<NumberOwner>::fail(QCoreApplication::translate("NumberLinks", "Number +%1 does not exist; add it first.").arg(digits), QStringLiteral("number"));
    NumberOwner o;
    if (!q->value(0).isNull())
        o = {NumberOwner::Kind::CallPlan, q->value(0).toLongLong(), q->value(1).toString()};
    else if (!q->value(2).isNull())
        o = {NumberOwner::Kind::Trunk, q->value(2).toLongLong(), q->value(3).toString()};
    else if (!q->value(4).isNull())
        o = {NumberOwner::Kind::Phone, q->value(4).toLongLong(), q->value(5).toString()};
    return o;
}

Status NumberLinks::link(const QString &digits, const NumberOwner &to, NumberLinkFlags flags)
{
    auto current = ownerOf(digits);
    if (!current)
        return current.error();
    const bool same = current->kind == to.kind && current->id == to.id;
    if (!current->isFree() && !same) {
        const QString hint = current->kind == NumberOwner::Kind::CallPlan ? QCoreApplication::translate("NumberLinks", " Unlink it from the call plan first.")
                                                                          : QCoreApplication::translate("NumberLinks", " Unlink it there first.");
        return Status::fail(QCoreApplication::translate("NumberLinks", "Number +%1 is already linked to %2.").arg(digits, current->describe()) + hint, QStringLiteral("number"));
    }
    const QVariant cp = to.kind == NumberOwner::Kind::CallPlan ? QVariant(to.id) : QVariant();
    const QVariant tr_ = to.kind == NumberOwner::Kind::Trunk ? QVariant(to.id) : QVariant();
    const QVariant ph = to.kind == NumberOwner::Kind::Phone ? QVariant(to.id) : QVariant();
    auto r = m_db.exec(QStringLiteral("UPDATE numbers SET call_plan_id = ?, trunk_id = ?, phone_account_id = ?, inbound = ?, caller_id = ?, position = ?"
                                      " WHERE digits = ?"),
                       {cp, tr_, ph, flags.inbound ? 1 : 0, flags.callerId ? 1 : 0, flags.position, digits});
    return r ? Status{} : Status(r.error());
}

Status NumberLinks::unlink(const QString &digits)
{
    auto r = m_db.exec(QStringLiteral("UPDATE numbers SET call_plan_id = NULL, trunk_id = NULL, phone_account_id = NULL, inbound = 1, caller_id = 1,"
                                      " position = 0 WHERE digits = ?"),
                       {digits});
    return r ? Status{} : Status(r.error());
}

} // namespace centrale
