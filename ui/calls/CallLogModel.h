#pragma once
// The call log as the Calls page shows it: one row per call, newest first.
#include "domain/CallRecord.h"
#include <QAbstractTableModel>
#include <QList>

namespace centrale::ui {

class CallLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Started, Direction, Account, Caller, Callee, Duration, Result, Cost, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    // Keeps the view (selection, scroll position) when nothing changed, as on most refreshes.
    void setRecords(QList<CallRecord> records);
    const QList<CallRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const CallRecord &r, int column) const;
    QList<CallRecord> m_records;
};

} // namespace centrale::ui
