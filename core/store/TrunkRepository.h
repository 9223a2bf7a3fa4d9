#pragma once
#include "domain/Trunk.h"
#include "store/NumberLinks.h"

namespace centrale {

class TrunkRepository {
public:
    explicit TrunkRepository(Database &db) : m_db(db) {}

    // Trunk, both accounts and the number links in one transaction.
    Result<qint64> add(const Trunk &trunk);
    // Replaces everything of trunk.id (the wizard's edit); an empty ha1 keeps the old one.
    Status update(const Trunk &trunk);
    Status remove(const QString &name); // its numbers become free
    Result<QList<Trunk>> list();
    Result<Trunk> find(const QString &name);

private:
    Status checkNames(const Trunk &trunk);
    Result<QVariant> failoverId(const Trunk &trunk);
    Status writeLinksAndAccounts(const Trunk &trunk, qint64 id);
    Database &m_db;
};

// Usernames are unique over trunk and phone accounts alike (the registrar looks them up).
Status checkUsernameFree(Database &db, const QString &username, qint64 exceptAccountId);

} // namespace centrale
