#include "numbers/NumberModel.h"

namespace centrale::ui {

NumberModel::NumberModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(&db) { reload(); }

void NumberModel::reload()
{
    auto r = NumberRepository(*m_db).list();
    setRecords(r ? r.value() : QList<NumberRecord>{});
}

void NumberModel::setRecords(QList<NumberRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

const NumberRecord *NumberModel::recordAt(int row) const { return row >= 0 && row < m_records.size() ? &m_records[row] : nullptr; }
int NumberModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_records.size()); }
int NumberModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant NumberModel::data(const QModelIndex &index, int role) const
{
    const NumberRecord *r = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == DigitsRole)
        return r->digits;
    if (role == FreeRole)
        return r->owner.isFree();
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == Number)
        return QString(QLatin1Char('+') + r->digits);
    return r->owner.isFree() ? tr("Free") : r->owner.describe();
}

QVariant NumberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Number ? tr("Number") : tr("Linked to");
}

void NumberFilter::setText(const QString &text)
{
    // Digits only: "+31 50" finds 3150…; other text matches the owner's name.
    m_text = text.trimmed();
    invalidateFilter();
}

void NumberFilter::setFreeOnly(bool freeOnly)
{
    m_freeOnly = freeOnly;
    invalidateFilter();
}

bool NumberFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, NumberModel::Number, sourceParent);
    if (m_freeOnly && !idx.data(NumberModel::FreeRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    QString digits = m_text;
    digits.remove(QLatin1Char('+')).remove(QLatin1Char(' '));
    if (digits.isEmpty() && m_text.front() == QLatin1Char('+'))
        return true; // just "+" typed: every number starts with it
    if (!digits.isEmpty() && idx.data(NumberModel::DigitsRole).toString().contains(digits))
        return true;
    return sourceModel()->index(sourceRow, NumberModel::LinkedTo, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace centrale::ui
