#include "store/NumberRepository.h"

#include <QCoreApplication>

namespace centrale {

Status NumberRepository::add(const QStringList &digits)
{
    return m_db.transaction([&]() -> Status {
        QList<QVariantList> rows;
        rows.reserve(digits.size());
        for (const auto &d : digits) {
            auto exists = m_db.exec(QStringLiteral("SELECT 1 FROM numbers WHERE digits = ?"), {d});
            if (!exists)
                return exists.error();
            if (exists->next())
                return Status::fail(QCoreApplication::translate("NumberRepository", "Number +%1 already exists.").arg(d), QStringLiteral("number"));
            rows.append(QVariantList{d});
        }
        qsizetype failed = 0;
        if (auto s = m_db.execEach(QStringLiteral("INSERT INTO numbers (digits) VALUES (?)"), rows, &failed); !s)
            return s.message().contains(QLatin1String("UNIQUE"))
                       ? Status::fail(QCoreApplication::translate("NumberRepository", "Number +%1 already exists.").arg(digits.at(failed)), QStringLiteral("number"))
                       : s;
        return {};
    });
}

Status NumberRepository::remove(const QString &digits)
{
    return m_db.transaction([&]() -> Status {
        auto owner = NumberLinks(m_db).ownerOf(digits);
        if (!owner)
            return owner.error();
        if (!owner->isFree())
            return Status::fail(QCoreApplication::translate("NumberRepository", "Number +%1 is linked to %2; unlink it before removing it.").arg(digits, owner->describe()), QStringLiteral("number"));
        auto r = m_db.exec(QStringLiteral("DELETE FROM numbers WHERE digits = ?"), {digits});
        return r ? Status{} : Status(r.error());
    });
}

Result<QList<NumberRecord>> NumberRepository::list(bool freeOnly)
{
    QString sql = QStringLiteral("SELECT n.digits, n.call_plan_id, c.name, n.trunk_id, t.name, n.phone_account_id, p.number, n.inbound, n.caller_id"
                                 " FROM numbers n LEFT JOIN call_plans c ON c.id = n.call_plan_id"
                                 " LEFT JOIN trunks t ON t.id = n.trunk_id LEFT JOIN phone_accounts p ON p.id = n.phone_account_id");
    if (freeOnly)
        sql += QStringLiteral(" WHERE n.call_plan_id IS NULL AND n.trunk_id IS NULL AND n.phone_account_id IS NULL");
    sql += QStringLiteral(" ORDER BY n.digits");
    auto q = m_db.exec(sql);
    if (!q)
        return q.error();
    QList<NumberRecord> out;
    while (q->next()) {
        NumberRecord r;
        r.digits = q->value(0).toString();
        if (!q->value(1).isNull())
            r.owner = {NumberOwner::Kind::CallPlan, q->value(1).toLongLong(), q->value(2).toString()};
        else if (!q->value(3).isNull())
            r.owner = {NumberOwner::Kind::Trunk, q->value(3).toLongLong(), q->value(4).toString()};
        else if (!q->value(5).isNull())
            r.owner = {NumberOwner::Kind::Phone, q->value(5).toLongLong(), q->value(6).toString()};
        r.inbound = q->value(7).toBool();
        r.callerId = q->value(8).toBool();
        out << r;
    }
    return out;
}

} // namespace centrale
