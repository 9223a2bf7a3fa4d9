#pragma once
// One row per trunk on the Dashboard: its health and the state of both accounts.
#include "dashboard/DashboardSummary.h"
#include <QAbstractTableModel>

namespace centrale::ui {

class TrunkRegistrationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Trunk, Health, Primary, Secondary, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setTrunks(const QList<TrunkRegistration> &trunks);
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_trunks.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate(); // headers and texts follow the language

    static QString healthText(TrunkHealth h);
    static QString stateText(RegistrationState s);

private:
    QList<TrunkRegistration> m_trunks;
};

} // namespace centrale::ui
