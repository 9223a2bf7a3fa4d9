#include "security/CountryRulesModel.h"
#include "domain/DestinationPresets.h"
#include "security/CountryNames.h"

#include <algorithm>
#include <numeric>

namespace centrale::ui {

namespace {
NumberType typeOf(int column)
{
    switch (column) {
    case CountryRulesModel::Fixed: return NumberType::Fixed;
    case CountryRulesModel::Mobile: return NumberType::Mobile;
    case CountryRulesModel::Freephone: return NumberType::TollFree;
    default: return NumberType::Unknown;
    }
}
} // namespace

void CountryRulesModel::setRules(const QList<DestinationRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    sortByName();
    endResetModel();
}

void CountryRulesModel::sortByName()
{
    QList<int> order(m_rules.size());
    std::iota(order.begin(), order.end(), 0);
    QStringList names;
    for (const auto &r : m_rules)
        names << countryName(r.region);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return QString::localeAwareCompare(names[a], names[b]) < 0; });
    QList<DestinationRule> rules;
    m_names.clear();
    for (int i : order) {
        rules << m_rules[i];
        m_names << names[i];
    }
    m_rules = rules;
}

QStringList CountryRulesModel::regions() const
{
    QStringList out;
    for (const auto &r : m_rules)
        out << r.region;
    return out;
}

void CountryRulesModel::addRegions(const QStringList &regions)
{
    const QStringList present = this->regions();
    bool added = false;
    beginResetModel();
    for (const auto &region : regions) {
        if (present.contains(region))
            continue;
        m_rules << DestinationRule{region, newCountryTypes()};
        added = true;
    }
    sortByName();
    endResetModel();
    if (added)
        emit changed();
}

void CountryRulesModel::removeRow(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    m_names.removeAt(row);
    endRemoveRows();
    emit changed();
}

int CountryRulesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rules.size()); }
int CountryRulesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CountryRulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const DestinationRule &r = m_rules[index.row()];
    if (role == RegionRole)
        return r.region;
    if (index.column() == Country) {
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(m_names[index.row()], r.region);
        return {};
    }
    if (role == Qt::CheckStateRole)
        return r.types.contains(typeOf(index.column())) ? Qt::Checked : Qt::Unchecked;
    return {};
}

bool CountryRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() == Country || index.row() >= m_rules.size())
        return false;
    DestinationRule &r = m_rules[index.row()];
    if (value.value<Qt::CheckState>() == Qt::Checked)
        r.types.insert(typeOf(index.column()));
    else
        r.types.remove(typeOf(index.column()));
    r.types = withFixedOrMobile(r.types);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit changed();
    return true;
}

Qt::ItemFlags CountryRulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == Country ? base : base | Qt::ItemIsUserCheckable;
}

QVariant CountryRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Country: return tr("Country");
    case Fixed: return tr("Fixed");
    case Mobile: return tr("Mobile");
    case Freephone: return tr("Freephone");
    default: return {};
    }
}

} // namespace centrale::ui
