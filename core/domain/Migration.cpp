#include "domain/Migration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace centrale {

int MigrationProject::currentPhase() const
{
    int phase = kMigrationPhases + 1;
    for (const auto &t : tasks)
        if (!t.done)
            phase = std::min(phase, t.phase);
    return phase;
}

QList<StandardTask> standardTasks(const QString &language)
{
    // A file, not literals: the list is the seed's and may be edited without code.
    QFile f(QStringLiteral(":/centrale/migration/standard-tasks.json"));
    QList<StandardTask> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    for (const auto &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("tasks")).toArray()) {
        const QJsonObject o = v.toObject();
        out << StandardTask{o.value(QStringLiteral("phase")).toInt(), o.value(QStringLiteral("owner")).toString(), o.value(lang).toString()};
    }
    return out;
}

QStringList migrationStatuses() { return {QStringLiteral("active"), QStringLiteral("done"), QStringLiteral("cancelled")}; }
QStringList migrationOwners() { return {QStringLiteral("customer"), QStringLiteral("provider"), QStringLiteral("both")}; }

QString migrationPhaseName(int phase)
{
    switch (phase) {
    case 1: return QCoreApplication::translate("Migration", "1 Survey");
    case 2: return QCoreApplication::translate("Migration", "2 Order");
    case 3: return QCoreApplication::translate("Migration", "3 Implementation");
    case 4: return QCoreApplication::translate("Migration", "4 Maintenance");
    default: return QCoreApplication::translate("Migration", "Completed");
    }
}

QString migrationOwnerName(const QString &owner)
{
    if (owner == QLatin1String("customer"))
        return QCoreApplication::translate("Migration", "Customer");
    if (owner == QLatin1String("both"))
        return QCoreApplication::translate("Migration", "Customer and provider");
    return QCoreApplication::translate("Migration", "Provider");
}

QString migrationStatusName(const QString &status)
{
    if (status == QLatin1String("done"))
        return QCoreApplication::translate("Migration", "Done");
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("Migration", "Cancelled");
    return QCoreApplication::translate("Migration", "Active");
}

QString attentionKindKey(MigrationAttention::Kind kind)
{
    switch (kind) {
    case MigrationAttention::OverdueTask: return QStringLiteral("overdue_task");
    case MigrationAttention::PortingSoon: return QStringLiteral("porting_soon");
    case MigrationAttention::NoticeDeadline: return QStringLiteral("notice_deadline");
    }
    return {};
}

Status validateMigrationProject(const MigrationProject &p)
{
    const QString customer = p.customer.trimmed();
    if (customer.isEmpty())
        return Status::fail(QCoreApplication::translate("Migration", "customer: the customer's name is required."), QStringLiteral("customer"));
    if (customer.size() > 100)
        return Status::fail(QCoreApplication::translate("Migration", "customer: at most 100 characters."), QStringLiteral("customer"));
    if (p.language != QLatin1String("nl") && p.language != QLatin1String("en"))
        return Status::fail(QCoreApplication::translate("Migration", "language: must be nl or en, not \"%1\".").arg(p.language), QStringLiteral("language"));
    if (!migrationStatuses().contains(p.status))
        return Status::fail(QCoreApplication::translate("Migration", "status: must be active, done or cancelled, not \"%1\".").arg(p.status), QStringLiteral("status"));
    return {};
}

Status validateMigrationTask(const MigrationTask &t)
{
    if (t.phase < 1 || t.phase > kMigrationPhases)
        return Status::fail(QCoreApplication::translate("Migration", "phase: must be 1 to 4, not %1.").arg(t.phase), QStringLiteral("phase"));
    if (t.title.trimmed().isEmpty())
        return Status::fail(QCoreApplication::translate("Migration", "title: a task needs a title."), QStringLiteral("title"));
    if (!migrationOwners().contains(t.owner))
        return Status::fail(QCoreApplication::translate("Migration", "owner: must be customer, provider or both, not \"%1\".").arg(t.owner), QStringLiteral("owner"));
    return {};
}

Status validateMigrationContract(const MigrationContract &c)
{
    if (c.provider.trimmed().isEmpty())
        return Status::fail(QCoreApplication::translate("Migration", "provider: the current provider's name is required."), QStringLiteral("provider"));
    if (!c.endDate.isValid())
        return Status::fail(QCoreApplication::translate("Migration", "end-date: the contract's end date is required (YYYY-MM-DD)."), QStringLiteral("end-date"));
    if (c.noticeDays < 0 || c.noticeDays > 730)
        return Status::fail(QCoreApplication::translate("Migration", "notice-days: must be 0 to 730 days, not %1.").arg(c.noticeDays), QStringLiteral("notice-days"));
    return {};
}

} // namespace centrale
