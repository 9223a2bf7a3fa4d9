#include "service/AccountService.h"
#include "secrets/Credentials.h"
#include "store/PhoneAccountRepository.h"
#include "store/SettingsRepository.h"
#include "store/TrunkRepository.h"

namespace centrale {

QString AccountService::realm() { return SettingsRepository(m_db).get(QLatin1String(settingkeys::kRealm)); }

Status AccountService::checkPassword(const QString &password, const QString &field)
{
    if (!credentials::isAcceptablePassword(password))
        return Status::fail(tr("%1 must be 8 to 128 printable characters.").arg(field), QStringLiteral("password"));
    return {};
}

Status AccountService::withSecrets(const QList<std::pair<QString, QString>> &secrets, const std::function<Status()> &body)
{
    QList<std::pair<QString, std::optional<QString>>> previous;
    auto restore = [&] {
        for (const auto &[key, old] : previous) {
            if (old)
                (void)m_secrets.write(key, *old);
            else
                (void)m_secrets.remove(key);
        }
    };
    for (const auto &[key, secret] : secrets) {
        auto old = m_secrets.read(key);
        previous.append({key, old ? std::optional<QString>(old.value()) : std::nullopt});
        if (auto s = m_secrets.write(key, secret); !s) {
            restore();
            return Status::fail(tr("Nothing was saved: the password could not be stored in %1. %2").arg(m_secrets.describe(), s.message()),
                                QStringLiteral("secrets"));
        }
    }
    Status s = body();
    if (!s)
        restore();
    return s;
}

Result<TrunkPasswords> AccountService::createTrunk(const Trunk &trunkIn, TrunkPasswords pw)
{
    if (pw.primary.isEmpty())
        pw.primary = credentials::generatePassword();
    if (pw.secondary.isEmpty())
        pw.secondary = credentials::generatePassword();
    if (auto s = checkPassword(pw.primary, tr("The primary password")); !s)
        return s.error();
    if (auto s = checkPassword(pw.secondary, tr("The secondary password")); !s)
        return s.error();
    if (auto s = trunkIn.validate(); !s)
        return s.error();
    Trunk trunk = trunkIn;
    const QString r = realm();
    trunk.primary.ha1 = credentials::ha1(trunk.primary.username, r, pw.primary);
    trunk.secondary.ha1 = credentials::ha1(trunk.secondary.username, r, pw.secondary);
    auto s = withSecrets({{sipAccountSecretKey(trunk.primary.username), pw.primary}, {sipAccountSecretKey(trunk.secondary.username), pw.secondary}},
                         [&]() -> Status {
                             auto id = TrunkRepository(m_db).add(trunk);
                             return id ? Status{} : Status(id.error());
                         });
    if (!s)
        return s.error();
    return pw;
}

Result<TrunkPasswords> AccountService::updateTrunk(const Trunk &trunkIn, TrunkPasswords pw)
{
    auto old = TrunkRepository(m_db).list();
    if (!old)
        return old.error();
    const Trunk *before = nullptr;
    for (const auto &t : old.value())
        if (t.id == trunkIn.id)
            before = &t;
    if (!before)
        return Result<TrunkPasswords>::fail(tr("The trunk no longer exists."));
    Trunk trunk = trunkIn;
    trunk.primary.id = before->primary.id;
    trunk.secondary.id = before->secondary.id;
    const QString r = realm();
    QList<std::pair<QString, QString>> secrets;
    QStringList staleKeys;
    for (auto [acc, oldAcc, password] : {std::tuple{&trunk.primary, &before->primary, &pw.primary},
                                         std::tuple{&trunk.secondary, &before->secondary, &pw.secondary}}) {
        const bool renamed = acc->username != oldAcc->username;
        if (password->isEmpty() && renamed) {
            // A new username changes the HA1, so the stored password is needed.
            auto stored = m_secrets.read(sipAccountSecretKey(oldAcc->username));
            if (!stored)
                return Result<TrunkPasswords>::fail(tr("Renaming the account needs its password: %1").arg(stored.message()));
            *password = stored.value();
        }
        if (!password->isEmpty()) {
            if (auto s = checkPassword(*password, tr("The password")); !s)
                return s.error();
            acc->ha1 = credentials::ha1(acc->username, r, *password);
            secrets.append({sipAccountSecretKey(acc->username), *password});
        } else {
            acc->ha1.clear(); // keep
        }
        if (renamed)
            staleKeys << sipAccountSecretKey(oldAcc->username);
    }
    auto s = withSecrets(secrets, [&] { return TrunkRepository(m_db).update(trunk); });
    if (!s)
        return s.error();
    for (const auto &k : staleKeys)
        (void)m_secrets.remove(k);
    return pw;
}

Status AccountService::removeTrunk(const QString &name)
{
    auto t = TrunkRepository(m_db).find(name);
    if (!t)
        return t.error();
    if (auto s = TrunkRepository(m_db).remove(name); !s)
        return s;
    // The database no longer refers to them; a stale keychain entry would only be clutter.
    (void)m_secrets.remove(sipAccountSecretKey(t->primary.username));
    (void)m_secrets.remove(sipAccountSecretKey(t->secondary.username));
    return {};
}

Result<QString> AccountService::createPhone(const PhoneAccount &phoneIn, QString password)
{
    if (password.isEmpty())
        password = credentials::generatePassword();
    if (auto s = checkPassword(password, tr("The password")); !s)
        return s.error();
    PhoneAccount phone = phoneIn;
    phone.account.username = phone.number;
    phone.account.ha1 = credentials::ha1(phone.account.username, realm(), password);
    auto s = withSecrets({{sipAccountSecretKey(phone.account.username), password}}, [&]() -> Status {
        auto id = PhoneAccountRepository(m_db).add(phone);
        return id ? Status{} : Status(id.error());
    });
    if (!s)
        return s.error();
    return password;
}

Status AccountService::setPhonePassword(const QString &number, const QString &password)
{
    if (auto s = checkPassword(password, tr("The password")); !s)
        return s;
    auto p = PhoneAccountRepository(m_db).find(number);
    if (!p)
        return p.error();
    PhoneAccount phone = p.value();
    phone.account.ha1 = credentials::ha1(phone.account.username, realm(), password);
    return withSecrets({{sipAccountSecretKey(phone.account.username), password}}, [&] { return PhoneAccountRepository(m_db).update(phone); });
}

Status AccountService::removePhone(const QString &number)
{
    auto p = PhoneAccountRepository(m_db).find(number);
    if (!p)
        return p.error();
    if (auto s = PhoneAccountRepository(m_db).remove(number); !s)
        return s;
    (void)m_secrets.remove(sipAccountSecretKey(p->account.username));
    return {};
}

Status AccountService::changeRealm(const QString &newRealm)
{
    if (auto s = SettingsCatalog::validate(QLatin1String(settingkeys::kRealm), newRealm); !s)
        return s;
    auto q = m_db.exec(QStringLiteral("SELECT id, username FROM sip_accounts"));
    if (!q)
        return q.error();
    QList<std::pair<qint64, QString>> newHa1;
    while (q->next()) {
        const QString user = q->value(1).toString();
        auto pw = m_secrets.read(sipAccountSecretKey(user));
        if (!pw)
            return Status::fail(tr("The realm was not changed: the password of %1 is not readable (%2).").arg(user, pw.message()),
                                QStringLiteral("realm"));
        newHa1.append({q->value(0).toLongLong(), credentials::ha1(user, newRealm, pw.value())});
    }
    return m_db.transaction([&]() -> Status {
        for (const auto &[id, h] : newHa1)
            if (auto r = m_db.exec(QStringLiteral("UPDATE sip_accounts SET ha1 = ? WHERE id = ?"), {h, id}); !r)
                return r.error();
        return SettingsRepository(m_db).set(QLatin1String(settingkeys::kRealm), newRealm);
    });
}

} // namespace centrale
