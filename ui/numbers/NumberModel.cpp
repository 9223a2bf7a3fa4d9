#include "numbers/NumberModel.h"
#include "common/Background.h"

namespace centrale::ui {

NumberModel::NumberModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(&db) { reload(); }

QList<NumberRow> NumberModel::makeRows(QList<NumberRecord> records)
{
    QList<NumberRow> rows;
    rows.reserve(records.size());
    const QString free = tr("Free");
    for (auto &r : records) {
        QString shown = QLatin1Char('+') + r.digits;
        QString linked = r.owner.isFree() ? free : r.owner.describe();
        rows.append(NumberRow{std::move(r), std::move(shown), std::move(linked)});
    }
    return rows;
}

void NumberModel::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    emit loadingChanged(true);
    runInBackground<QList<NumberRow>>(this, m_db->path(), [](Database &db) -> Result<QList<NumberRow>> {
        auto r = NumberRepository(db).list();
        if (!r)
            return r.error();
        return makeRows(std::move(r).value());
    }, [this](Result<QList<NumberRow>> rows) {
        if (rows)
            setRows(std::move(rows).value());
        m_loading = false;
        if (std::exchange(m_reloadAgain, false))
            return reload();
        emit loadingChanged(false);
        if (!rows)
            emit loadFailed(rows.message());
    });
}

void NumberModel::setRecords(QList<NumberRecord> records) { setRows(makeRows(std::move(records))); }

void NumberModel::setRows(QList<NumberRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const NumberRecord *NumberModel::recordAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row].record : nullptr; }
int NumberModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int NumberModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant NumberModel::data(const QModelIndex &index, int role) const
{
    const NumberRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case DigitsRole: return r->record.digits;
    case FreeRole: return r->record.owner.isFree();
    case Qt::DisplayRole: return index.column() == Number ? r->shown : r->linkedTo;
    default: return {};
    }
}

QVariant NumberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Number ? tr("Number") : tr("Linked to");
}

NumberFilter::NumberFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Numbers come sorted from the store; a proxy that sorts would redo it per keystroke.
    setDynamicSortFilter(false);
}

void NumberFilter::setText(const QString &text)
{
    // Digits only: "+31 50" finds 3150…; other text matches the owner's name.
    m_text = text.trimmed();
    m_digits = m_text;
    m_digits.remove(QLatin1Char('+')).remove(QLatin1Char(' '));
    m_onlyPlus = m_digits.isEmpty() && m_text.startsWith(QLatin1Char('+'));
    invalidateFilter();
}

void NumberFilter::setFreeOnly(bool freeOnly)
{
    m_freeOnly = freeOnly;
    invalidateFilter();
}

bool NumberFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    // Straight to the rows: no QModelIndex or QVariant per row and per keystroke.
    const NumberRow *r = static_cast<const NumberModel *>(sourceModel())->rowAt(sourceRow);
    if (!r)
        return false;
    if (m_freeOnly && !r->record.owner.isFree())
        return false;
    if (m_text.isEmpty() || m_onlyPlus)
        return true; // just "+" typed: every number starts with it
    if (!m_digits.isEmpty() && r->record.digits.contains(m_digits))
        return true;
    return r->linkedTo.contains(m_text, Qt::CaseInsensitive);
}

} // namespace centrale::ui
