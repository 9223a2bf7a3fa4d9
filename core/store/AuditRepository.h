#pragma once
// Reading the audit log (the History page, `centralectl audit`).
#include "store/AuditEntry.h"
#include "store/Database.h"
#include <QList>

namespace centrale {

class AuditRepository {
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    Result<QList<AuditEntry>> list(const AuditFilter &filter = {}); // newest first
    Result<AuditEntry> find(qint64 id);
    Result<QList<AuditEntry>> group(qint64 groupId); // oldest first

private:
    Result<QList<AuditEntry>> select(const QString &where, const QVariantList &bind, const QString &tail);
    Database &m_db;
};

} // namespace centrale
