#pragma once
#include "domain/PhoneAccount.h"
#include "store/NumberLinks.h"

namespace centrale {

class PhoneAccountRepository {
public:
    explicit PhoneAccountRepository(Database &db) : m_db(db) {}

    // Adds the number first when it is not there yet; refuses one linked elsewhere.
    Result<qint64> add(const PhoneAccount &phone);
    Status update(const PhoneAccount &phone); // channels, whitelist, limits, destinations, ha1 (empty keeps)
    Status remove(const QString &number);     // the number becomes free
    Result<QList<PhoneAccount>> list();
    Result<PhoneAccount> find(const QString &number);
    Result<PhoneAccount> findByMac(const QString &mac); // 12 lower-case hex digits
    // The HTTPS provisioning token is kept as its SHA-256 (hex); empty: no HTTPS access.
    Status setProvisioningTokenHash(qint64 id, const QString &hash);
    Result<QString> numberByTokenHash(const QString &hash); // empty when no account has it

private:
    Status checkMacFree(const QString &mac, qint64 selfId);
    Database &m_db;
};

} // namespace centrale
