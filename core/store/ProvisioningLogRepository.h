#pragma once
// Every provisioning request, served or refused: who asked for which file, and when.
#include "store/Database.h"
#include <QHash>

namespace centrale {

struct ProvisioningLogEntry {
    qint64 atMs = 0;
    QString address;  // the requesting IP address
    QString protocol; // "tftp" or "https"
    QString file;     // as requested (cut to 200 characters)
    QString mac;      // the phone it was for, when known
    bool served = false;
    QString reason;   // refused: why
};

class ProvisioningLogRepository {
public:
    explicit ProvisioningLogRepository(Database &db) : m_db(db) {}

    Status record(const ProvisioningLogEntry &e); // keeps the newest 10,000 rows
    Result<QHash<QString, qint64>> lastServed();  // MAC → time of its last served file (ms)
    Result<QList<ProvisioningLogEntry>> recent(int limit);

private:
    Database &m_db;
};

} // namespace centrale
