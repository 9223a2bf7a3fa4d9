#pragma once
// The call log's recent weeks as the spending limits and the fraud detector count them, so a
// restart (of the bundled engine, or of the cluster's guard) forgets nothing.
#include "calls/CallPolicy.h"
#include "calls/FraudDetector.h"
#include "calls/LimitTracker.h"
#include "store/Database.h"
#include "util/Result.h"

namespace centrale {

struct CallHistory {
    calls::UsageSnapshot usage;                            // this week's costs, by policy key
    QHash<QString, QList<calls::FraudCall>> fraud;         // the fraud baseline's weeks, by policy key
};

Result<CallHistory> loadCallHistory(Database &db, const calls::CallConfig &cfg, qint64 nowMs);

} // namespace centrale
