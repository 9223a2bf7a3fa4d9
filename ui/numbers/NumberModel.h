#pragma once
// All numbers with what they are linked to; NumberFilter narrows by text and "free only".
#include "store/NumberRepository.h"
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace centrale::ui {

class NumberModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, LinkedTo, ColumnCount };
    enum Roles { DigitsRole = Qt::UserRole, FreeRole };
    explicit NumberModel(Database &db, QObject *parent = nullptr);
    void reload();
    void setRecords(QList<NumberRecord> records); // the benchmark feeds it directly
    const NumberRecord *recordAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database *m_db;
    QList<NumberRecord> m_records;
};

class NumberFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);
    void setFreeOnly(bool freeOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_freeOnly = false;
};

} // namespace centrale::ui
