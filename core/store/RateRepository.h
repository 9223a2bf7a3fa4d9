#pragma once
// The rate table in the store; an import replaces it whole.
#include "domain/RateTable.h"
#include "store/Database.h"

namespace centrale {

class RateRepository {
public:
    explicit RateRepository(Database &db) : m_db(db) {}

    Status replaceAll(const QList<Rate> &rates); // one transaction: all or nothing
    Result<QList<Rate>> all();                   // ordered by prefix

private:
    Database &m_db;
};

} // namespace centrale
