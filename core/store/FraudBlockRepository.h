#pragma once
// Accounts the fraud detector blocked outbound. The engine records a block; the console or
// `centralectl fraud unblock` lifts it. A lifted row stays: its time tells the engine which
// calls are forgiven, so the same burst does not block the account again at once.
#include "calls/CallPolicy.h"
#include "store/Database.h"

namespace centrale {

class FraudBlockRepository {
public:
    explicit FraudBlockRepository(Database &db) : m_db(db) {}

    Status block(const calls::FraudBlock &b);              // replaces an earlier (lifted) block of the same account
    Result<QList<calls::FraudBlock>> list(bool activeOnly); // newest first
    // By trunk name, phone number or policy key; an error naming the account when it is not blocked.
    Result<calls::FraudBlock> unblock(const QString &account, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace centrale
