#pragma once
#include "store/NumberLinks.h"

namespace centrale {

struct NumberRecord {
    QString digits;
    NumberOwner owner;
    bool inbound = true;
    bool callerId = true;
};

class NumberRepository {
public:
    explicit NumberRepository(Database &db) : m_db(db) {}

    Status add(const QStringList &digits);   // all or nothing
    Status remove(const QString &digits);    // refused while linked
    Result<QList<NumberRecord>> list(bool freeOnly = false);

private:
    Database &m_db;
};

} // namespace centrale
