#pragma once
// The audit log as a table: newest change first, one row per changed object.
#include "store/AuditEntry.h"
#include <QAbstractItemModel>

namespace centrale::ui {

class HistoryModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Time, User, Interface, Object, Change, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    using QAbstractItemModel::QAbstractItemModel;
    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry *entryAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &) const override { return {}; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const AuditEntry &e, int column) const;
    QList<AuditEntry> m_entries;
};

} // namespace centrale::ui
