#include "store/PhoneAccountRepository.h"
#include "store/JsonColumns.h"
#include "store/TrunkRepository.h"

#include <QCoreApplication>

namespace centrale {

namespace {
QVariant macValue(const QString &mac) { return mac.isEmpty() ? QVariant() : QVariant(mac); } // NULL: the unique index ignores it
} // namespace

Status PhoneAccountRepository::checkMacFree(const QString &mac, qint64 selfId)
{
    if (mac.isEmpty())
        return {};
    auto q = m_db.exec(QStringLiteral("SELECT number FROM phone_accounts WHERE mac = ? AND id <> ?"), {mac, selfId});
    if (!q)
        return q.error();
    if (q->next())
        return Status::fail(QCoreApplication::translate("PhoneAccountRepository", "MAC address %1 already belongs to phone account +%2.").arg(mac, q->value(0).toString()),
                            QStringLiteral("mac"));
    return {};
}

Result<PhoneAccount> PhoneAccountRepository::findByMac(const QString &mac)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const auto &p : all.value())
        if (!mac.isEmpty() && p.mac == mac)
            return p;
    return Result<PhoneAccount>::fail(QCoreApplication::translate("PhoneAccountRepository", "No phone account has MAC address %1.").arg(mac), QStringLiteral("mac"));
}

Status PhoneAccountRepository::setProvisioningTokenHash(qint64 id, const QString &hash)
{
    auto r = m_db.exec(QStringLiteral("UPDATE phone_accounts SET provisioning_token = ? WHERE id = ?"), {hash, id});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return Status::fail(QCoreApplication::translate("PhoneAccountRepository", "The phone account no longer exists."));
    return {};
}

Result<QString> PhoneAccountRepository::numberByTokenHash(const QString &hash)
{
    auto q = m_db.exec(QStringLiteral("SELECT number FROM phone_accounts WHERE provisioning_token = ? AND provisioning_token <> ''"), {hash});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<qint64> PhoneAccountRepository::add(const PhoneAccount &phone)
{
    if (auto s = phone.validate(); !s)
        return s.error();
    if (phone.account.ha1.isEmpty())
        return Result<qint64>::fail(QCoreApplication::translate("PhoneAccountRepository", "The phone account has no password."), QStringLiteral("password"));
    qint64 id = 0;
    auto s = m_db.transaction([&]() -> Status {
        if (auto u = checkUsernameFree(m_db, phone.account.username, 0); !u)
            return u;
        auto exists = m_db.exec(QStringLiteral("SELECT 1 FROM numbers WHERE digits = ?"), {phone.number});
        if (!exists)
            return exists.error();
        if (!exists->next())
            if (auto r = m_db.exec(QStringLiteral("INSERT INTO numbers (digits) VALUES (?)"), {phone.number}); !r)
                return r.error();
        auto owner = NumberLinks(m_db).ownerOf(phone.number);
        if (!owner)
            return owner.error();
        if (!owner->isFree())
            return Status::fail(QCoreApplication::translate("PhoneAccountRepository", "Number +%1 is already linked to %2; unlink it there first.").arg(phone.number, owner->describe()),
                                QStringLiteral("number"));
        if (auto m = checkMacFree(phone.mac, 0); !m)
            return m;
        auto r = m_db.exec(QStringLiteral("INSERT INTO phone_accounts (number, channels, ip_whitelist, limits, destinations, mac, model, display_name)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {phone.number, phone.channels, jsoncol::fromWhitelist(phone.ipWhitelist), jsoncol::fromObject(phone.limits.toJson()),
                            jsoncol::fromObject(phone.destinations.toJson()), macValue(phone.mac), phone.model, phone.displayName});
        if (!r)
            return r.error();
        id = m_db.insertedId(*r, QStringLiteral("phone_accounts"));
        if (auto l = NumberLinks(m_db).link(phone.number, {NumberOwner::Kind::Phone, id, phone.number}); !l)
            return l;
        auto a = m_db.exec(QStringLiteral("INSERT INTO sip_accounts (username, role, phone_account_id, ha1) VALUES (?, 'phone', ?, ?)"),
                           {phone.account.username, id, phone.account.ha1});
        return a ? Status{} : Status(a.error());
    });
    if (!s)
        return s.error();
    return id;
}

Status PhoneAccountRepository::update(const PhoneAccount &phone)
{
    if (auto s = phone.validate(); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        if (auto m = checkMacFree(phone.mac, phone.id); !m)
            return m;
        auto r = m_db.exec(QStringLiteral("UPDATE phone_accounts SET channels = ?, ip_whitelist = ?, limits = ?, destinations = ?, mac = ?, model = ?,"
                                          " display_name = ? WHERE id = ?"),
                           {phone.channels, jsoncol::fromWhitelist(phone.ipWhitelist), jsoncol::fromObject(phone.limits.toJson()),
                            jsoncol::fromObject(phone.destinations.toJson()), macValue(phone.mac), phone.model, phone.displayName, phone.id});
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1)
            return Status::fail(QCoreApplication::translate("PhoneAccountRepository", "The phone account no longer exists."));
        if (!phone.account.ha1.isEmpty())
            if (auto a = m_db.exec(QStringLiteral("UPDATE sip_accounts SET ha1 = ? WHERE phone_account_id = ?"), {phone.account.ha1, phone.id}); !a)
                return a.error();
        return {};
    });
}

Status PhoneAccountRepository::remove(const QString &number)
{
    return m_db.transaction([&]() -> Status {
        auto p = find(number);
        if (!p)
            return p.error();
        auto r = m_db.exec(QStringLiteral("DELETE FROM phone_accounts WHERE id = ?"), {p->id});
        return r ? Status{} : Status(r.error());
    });
}

Result<QList<PhoneAccount>> PhoneAccountRepository::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT p.id, p.number, p.channels, p.ip_whitelist, p.limits, p.destinations, s.id, s.username, s.ha1,"
                                      " COALESCE(p.mac, ''), p.model, p.display_name"
                                      " FROM phone_accounts p JOIN sip_accounts s ON s.phone_account_id = p.id ORDER BY p.number"));
    if (!q)
        return q.error();
    QList<PhoneAccount> out;
    while (q->next()) {
        PhoneAccount p;
        p.id = q->value(0).toLongLong();
        p.number = q->value(1).toString();
        p.channels = q->value(2).toInt();
        p.ipWhitelist = jsoncol::toWhitelist(q->value(3).toString());
        if (auto l = Limits::fromJson(jsoncol::toObject(q->value(4).toString())))
            p.limits = l.value();
        if (auto d = DestinationWhitelist::fromJson(jsoncol::toObject(q->value(5).toString())))
            p.destinations = d.value();
        p.account = {q->value(6).toLongLong(), q->value(7).toString(), AccountRole::Phone, q->value(8).toString()};
        p.mac = q->value(9).toString();
        p.model = q->value(10).toString();
        p.displayName = q->value(11).toString();
        out << p;
    }
    return out;
}

Result<PhoneAccount> PhoneAccountRepository::find(const QString &number)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const auto &p : all.value())
        if (p.number == number)
            return p;
    return Result<PhoneAccount>::fail(QCoreApplication::translate("PhoneAccountRepository", "There is no phone account for +%1.").arg(number), QStringLiteral("phone"));
}

} // namespace centrale
