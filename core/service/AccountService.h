#pragma once
// Creating, changing and removing trunks and phone accounts together with their
// passwords: the plain password goes to the secret store, the HA1 to the database,
// and either both happen or neither does.
#include "domain/PhoneAccount.h"
#include "domain/Trunk.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

namespace centrale {

struct TrunkPasswords {
    QString primary;   // empty: generate (on create) or keep (on update)
    QString secondary;
};

class AccountService {
    Q_DECLARE_TR_FUNCTIONS(AccountService)
public:
    AccountService(Database &db, SecretStore &secrets) : m_db(db), m_secrets(secrets) {}

    // Returns the passwords in force (generated ones included) so they can be shown once.
    Result<TrunkPasswords> createTrunk(const Trunk &trunk, TrunkPasswords passwords);
    Result<TrunkPasswords> updateTrunk(const Trunk &trunk, TrunkPasswords passwords);
    Status removeTrunk(const QString &name);

    Result<QString> createPhone(const PhoneAccount &phone, QString password);
    Status setPhonePassword(const QString &number, const QString &password);
    Status removePhone(const QString &number);

    // The realm is part of every HA1: recompute them all from the stored passwords.
    Status changeRealm(const QString &realm);

    QString realm();

private:
    Status checkPassword(const QString &password, const QString &field);
    // Writes each (key, password) to the secret store, then runs body; when body fails,
    // the secret store is put back as it was.
    Status withSecrets(const QList<std::pair<QString, QString>> &secrets, const std::function<Status()> &body);

    Database &m_db;
    SecretStore &m_secrets;
};

} // namespace centrale
