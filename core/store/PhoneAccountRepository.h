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

private:
    Database &m_db;
};

} // namespace centrale
