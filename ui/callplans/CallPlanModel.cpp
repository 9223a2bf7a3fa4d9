#include "callplans/CallPlanModel.h"
#include "store/CallPlanRepository.h"

namespace centrale::ui {

CallPlanModel::CallPlanModel(Database &db, QObject *parent) : QAbstractItemModel(parent), m_db(db) { reload(); }

void CallPlanModel::reload()
{
    beginResetModel();
    auto r = CallPlanRepository(m_db).list();
    m_plans = r ? r.value() : QList<CallPlan>{};
    endResetModel();
}

const CallPlan *CallPlanModel::planAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == kPlanRow ? index.row() : int(index.internalId());
    return row < m_plans.size() ? &m_plans[row] : nullptr;
}

QModelIndex CallPlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return parent.isValid() ? createIndex(row, column, quintptr(parent.row())) : createIndex(row, column, kPlanRow);
}

QModelIndex CallPlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kPlanRow)
        return {};
    return createIndex(int(child.internalId()), 0, kPlanRow);
}

int CallPlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plans.size());
    if (parent.internalId() == kPlanRow && parent.column() == 0)
        return int(m_plans[parent.row()].numbers.size());
    return 0;
}

int CallPlanModel::columnCount(const QModelIndex &) const { return 2; }

QVariant CallPlanModel::data(const QModelIndex &index, int role) const
{
    const CallPlan *p = planAt(index);
    if (!p || role != Qt::DisplayRole)
        return {};
    if (index.internalId() != kPlanRow)
        return index.column() == 0 ? QVariant(QString(QLatin1Char('+') + p->numbers.value(index.row()))) : QVariant();
    if (index.column() == 0)
        return p->name;
    return p->internalNumber;
}

QVariant CallPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Call plan / external number") : tr("Internal number");
}

} // namespace centrale::ui
