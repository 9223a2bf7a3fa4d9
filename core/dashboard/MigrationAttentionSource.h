#pragma once
// Migration projects on the Dashboard: overdue tasks, porting dates and cancellation
// deadlines of the coming days (MigrationRepository::attention).
#include "dashboard/AttentionSource.h"

namespace centrale {

class MigrationAttentionSource : public AttentionSource {
public:
    explicit MigrationAttentionSource(int withinDays = 14) : m_withinDays(withinDays) {}
    Result<QList<AttentionItem>> attentionItems(Database &db, const QDateTime &now) const override;

private:
    int m_withinDays;
};

} // namespace centrale
