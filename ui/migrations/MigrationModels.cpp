#include "migrations/MigrationModels.h"

#include <QBrush>
#include <QColor>

namespace centrale::ui {

namespace {
QString shortDate(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
} // namespace

void MigrationProjectModel::setProjects(QList<MigrationProject> projects)
{
    beginResetModel();
    m_projects = std::move(projects);
    endResetModel();
}

QVariant MigrationProjectModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_projects.size())
        return {};
    const MigrationProject &p = m_projects.at(index.row());
    if (role == Qt::UserRole)
        return p.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Customer: return p.customer;
    case Status: return migrationStatusName(p.status);
    case Phase: return migrationPhaseName(p.currentPhase());
    case Progress: {
        int done = 0;
        for (const auto &t : p.tasks)
            done += t.done ? 1 : 0;
        return tr("%1 of %2").arg(done).arg(p.tasks.size());
    }
    }
    return {};
}

QVariant MigrationProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer: return tr("Customer");
    case Status: return tr("Status");
    case Phase: return tr("Phase");
    case Progress: return tr("Tasks done");
    }
    return {};
}

void MigrationTaskModel::setTasks(QList<MigrationTask> tasks, const QDate &today)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    m_today = today;
    endResetModel();
}

QVariant MigrationTaskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const MigrationTask &t = m_tasks.at(index.row());
    if (role == Qt::UserRole)
        return t.id;
    if (index.column() == Done && role == Qt::CheckStateRole)
        return t.done ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && t.overdue(m_today))
        return QBrush(QColor(0xb0, 0x20, 0x20)); // past its due date
    if (index.column() == Due && role == Qt::EditRole)
        return t.due.isValid() ? t.due : m_today;
    if (role == Qt::ToolTipRole && index.column() == Due && t.overdue(m_today))
        return tr("Overdue");
    if (role == Qt::ToolTipRole && index.column() == Task)
        return t.title; // the column may be too narrow for the whole title
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Phase: return migrationPhaseName(t.phase);
    case Task: return t.title;
    case Owner: return migrationOwnerName(t.owner);
    case Due: return t.overdue(m_today) ? tr("%1 (overdue)").arg(shortDate(t.due)) : shortDate(t.due);
    }
    return {};
}

bool MigrationTaskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return false;
    const MigrationTask &t = m_tasks.at(index.row());
    if (index.column() == Done && role == Qt::CheckStateRole) {
        emit doneRequested(t.id, value.toInt() == Qt::Checked);
        return true;
    }
    if (index.column() == Due && role == Qt::EditRole) {
        emit dueRequested(t.id, value.toDate());
        return true;
    }
    return false;
}

Qt::ItemFlags MigrationTaskModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Done)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Due)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MigrationTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Done: return tr("Done");
    case Phase: return tr("Phase");
    case Task: return tr("Task");
    case Owner: return tr("Who");
    case Due: return tr("Due");
    }
    return {};
}

void MigrationNumberModel::setNumbers(QList<MigrationNumber> numbers)
{
    beginResetModel();
    m_numbers = std::move(numbers);
    endResetModel();
}

QVariant MigrationNumberModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_numbers.size())
        return {};
    const MigrationNumber &n = m_numbers.at(index.row());
    if (role == Qt::UserRole)
        return n.digits;
    if (role == Qt::EditRole && (index.column() == WishDate || index.column() == PortingDate)) {
        const QDate d = index.column() == WishDate ? n.wishDate : n.portingDate;
        return d.isValid() ? d : QDate::currentDate();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return QString(QLatin1Char('+') + n.digits);
    case Kind: return n.test ? tr("Test number") : tr("To port");
    case WishDate: return shortDate(n.wishDate);
    case PortingDate: return shortDate(n.portingDate);
    }
    return {};
}

bool MigrationNumberModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_numbers.size() || role != Qt::EditRole)
        return false;
    const MigrationNumber &n = m_numbers.at(index.row());
    if (index.column() == WishDate)
        emit datesRequested(n.digits, value.toDate(), std::nullopt);
    else if (index.column() == PortingDate)
        emit datesRequested(n.digits, std::nullopt, value.toDate());
    else
        return false;
    return true;
}

Qt::ItemFlags MigrationNumberModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // A test number is not ported: no dates to edit.
    if ((index.column() == WishDate || index.column() == PortingDate) && index.row() < m_numbers.size() && !m_numbers.at(index.row()).test)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MigrationNumberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Number");
    case Kind: return tr("Kind");
    case WishDate: return tr("Wish date");
    case PortingDate: return tr("Porting date");
    }
    return {};
}

void MigrationContractModel::setContracts(QList<MigrationContract> contracts)
{
    beginResetModel();
    m_contracts = std::move(contracts);
    endResetModel();
}

QVariant MigrationContractModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_contracts.size())
        return {};
    const MigrationContract &c = m_contracts.at(index.row());
    if (role == Qt::UserRole)
        return c.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Provider: return c.provider;
    case Reference: return c.reference;
    case EndDate: return shortDate(c.endDate);
    case Notice: return tr("%n day(s)", nullptr, c.noticeDays);
    case CancelBy: return shortDate(c.cancelBy());
    }
    return {};
}

QVariant MigrationContractModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Provider: return tr("Provider");
    case Reference: return tr("Reference");
    case EndDate: return tr("Ends");
    case Notice: return tr("Notice");
    case CancelBy: return tr("Cancel by");
    }
    return {};
}

} // namespace centrale::ui
