#pragma once
#include "domain/CallPlan.h"
#include "domain/Security.h"
#include "store/NumberLinks.h"

namespace centrale {

class CallPlanRepository {
public:
    explicit CallPlanRepository(Database &db) : m_db(db) {}

    Result<qint64> add(const CallPlan &plan);
    Status update(const CallPlan &plan); // by id: name, internal number, steps
    Status remove(const QString &name);  // refused while some trunk fails over to it
    Result<QList<CallPlan>> list();
    Result<CallPlan> find(const QString &name);

    Status linkNumber(const QString &planName, const QString &digits);
    // Unlinks a number from whichever call plan holds it (refused for trunk/phone links).
    Status unlinkNumber(const QString &digits);
    // The plan's Settings dialog: the "External number" field holds exactly these numbers;
    // a cleared field unlinks (the seed's workflow).
    Status setExternalNumbers(qint64 planId, const QStringList &digits);
    // Every forward of plan must be callable under whitelist, as payer (a trunk failing over to it).
    Status checkForwardsAgainst(const CallPlan &plan, const DestinationWhitelist &whitelist, const QString &payer);

private:
    Status checkUnique(const CallPlan &plan);
    Status checkForwards(const CallPlan &plan);
    Database &m_db;
};

} // namespace centrale
