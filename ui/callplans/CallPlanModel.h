#pragma once
// Call plans as a tree: each plan with its external numbers under it.
#include "domain/CallPlan.h"
#include "store/Database.h"
#include <QAbstractItemModel>

namespace centrale::ui {

class CallPlanModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit CallPlanModel(Database &db, QObject *parent = nullptr);
    void reload();
    // The plan of a plan row or of one of its number rows.
    const CallPlan *planAt(const QModelIndex &index) const;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr kPlanRow = ~quintptr(0); // internalId of a plan row; numbers carry their plan's row
    Database &m_db;
    QList<CallPlan> m_plans;
};

} // namespace centrale::ui
