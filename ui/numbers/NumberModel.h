#pragma once
// All numbers with what they are linked to; NumberFilter narrows by text and "free only".
// With 100,000 numbers: the list is read on a worker thread (the page shows at once and
// fills when it arrives), the display texts are made there once, and data() and the
// filter only hand out and compare those.
#include "store/NumberRepository.h"
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace centrale::ui {

struct NumberRow {
    NumberRecord record;
    QString shown;    // "+31501234567"
    QString linkedTo; // "Free" or "trunk "PBX kantoor""
};

class NumberModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, LinkedTo, ColumnCount };
    enum Roles { DigitsRole = Qt::UserRole, FreeRole };
    explicit NumberModel(Database &db, QObject *parent = nullptr);
    void reload();              // in the background; loadingChanged tells when it is done
    bool isLoading() const { return m_loading; }
    void setRecords(QList<NumberRecord> records);
    const NumberRecord *recordAt(int row) const;
    const NumberRow *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QList<NumberRow> makeRows(QList<NumberRecord> records);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    void setRows(QList<NumberRow> rows);
    Database *m_db;
    QList<NumberRow> m_rows;
    bool m_loading = false;
    bool m_reloadAgain = false; // asked again while loading: the data may have changed since
};

class NumberFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit NumberFilter(QObject *parent = nullptr);
    void setText(const QString &text);
    void setFreeOnly(bool freeOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_digits; // the text's digits ("+31 50" → "3150"), worked out once per keystroke
    bool m_onlyPlus = false;
    bool m_freeOnly = false;
};

} // namespace centrale::ui
