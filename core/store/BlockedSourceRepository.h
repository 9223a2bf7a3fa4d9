#pragma once
// Source addresses the engine blocked after failed logins; an administrator lifts them.
#include "store/Database.h"
#include <QList>

namespace centrale {

struct BlockedSource {
    QString address;
    qint64 blockedAt = 0, until = 0; // seconds since the epoch
    QString reason;
};

class BlockedSourceRepository {
public:
    explicit BlockedSourceRepository(Database &db) : m_db(db) {}

    Result<QList<BlockedSource>> active(qint64 nowSecs); // oldest first
    Status lift(const QString &address);                 // an error naming it when it is not blocked

private:
    Database &m_db;
};

} // namespace centrale
