#include "dashboard/MigrationAttentionSource.h"
#include "store/MigrationRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace centrale {

namespace {

QString line(const MigrationAttention &a)
{
    const QString day = QLocale().toString(a.date, QLocale::ShortFormat);
    switch (a.kind) {
    case MigrationAttention::OverdueTask:
        return QCoreApplication::translate("Dashboard", "%1: task \"%2\" was due %3").arg(a.customer, a.subject, day);
    case MigrationAttention::PortingSoon:
        return QCoreApplication::translate("Dashboard", "%1: porting of %2 on %3").arg(a.customer, a.subject, day);
    case MigrationAttention::NoticeDeadline:
        return QCoreApplication::translate("Dashboard", "%1: last day to cancel the contract with %2 is %3").arg(a.customer, a.subject, day);
    }
    return {};
}

} // namespace

Result<QList<AttentionItem>> MigrationAttentionSource::attentionItems(Database &db, const QDateTime &now) const
{
    auto found = MigrationRepository(db).attention(now.date(), m_withinDays);
    if (!found)
        return Result<QList<AttentionItem>>::fail(found.message());
    QList<AttentionItem> items;
    for (const MigrationAttention &a : found.value())
        items.append({a.date.startOfDay(), line(a), QStringLiteral("MigrationsPage"), a.kind == MigrationAttention::OverdueTask});
    return items;
}

} // namespace centrale
