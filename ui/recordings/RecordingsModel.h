#pragma once
// The call recordings as a table, newest first, filtered by text (call ID, caller, callee,
// account) without another read.
#include "store/RecordingRepository.h"
#include <QAbstractItemModel>

namespace centrale::ui {

class RecordingsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Start, Caller, Callee, Account, Duration, Expires, File, ColumnCount };

    using QAbstractItemModel::QAbstractItemModel;
    void setRecordings(QList<Recording> recordings);
    void setFilter(const QString &text);
    const Recording *recordingAt(const QModelIndex &index) const;
    int shown() const { return int(m_rows.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &) const override { return {}; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();
    QList<Recording> m_all; // newest first
    QList<int> m_rows;      // indexes into m_all that match the filter
    QString m_filter;
};

} // namespace centrale::ui
