#pragma once
// The countries of a destination whitelist, one row each, with the number types
// fixed / mobile / freephone as check boxes.
#include "domain/Security.h"
#include <QAbstractTableModel>

namespace centrale::ui {

class CountryRulesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Country, Fixed, Mobile, Freephone, ColumnCount };
    enum Roles { RegionRole = Qt::UserRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setRules(const QList<DestinationRule> &rules);
    QList<DestinationRule> rules() const { return m_rules; }
    QStringList regions() const;
    // Added with fixed, mobile and freephone allowed; already present ones are skipped.
    void addRegions(const QStringList &regions);
    void removeRow(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void changed();

private:
    void sortByName();
    QList<DestinationRule> m_rules;
    QStringList m_names; // display names, parallel to m_rules (looked up once)
};

} // namespace centrale::ui
