#include "common/FittingTableView.h"

#include <QHeaderView>
#include <QScrollBar>

namespace centrale::ui {

void FittingTableView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    // New names or a new language change the width the table asks for.
    connect(model, &QAbstractItemModel::modelReset, this, &QWidget::updateGeometry);
    connect(model, &QAbstractItemModel::layoutChanged, this, &QWidget::updateGeometry);
    connect(model, &QAbstractItemModel::rowsInserted, this, &QWidget::updateGeometry);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &QWidget::updateGeometry);
    connect(model, &QAbstractItemModel::dataChanged, this, &QWidget::updateGeometry);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &QWidget::updateGeometry);
}

int FittingTableView::contentWidth(int column) const
{
    return qMax(sizeHintForColumn(column), horizontalHeader()->sectionSizeHint(column));
}

QSize FittingTableView::sizeHint() const
{
    QSize hint = QTableView::sizeHint();
    if (!model())
        return hint;
    int width = 2 * frameWidth() + (verticalHeader()->isVisible() ? verticalHeader()->width() : 0);
    for (int c = 0; c < model()->columnCount(rootIndex()); ++c)
        if (!isColumnHidden(c))
            width += contentWidth(c);
    if (verticalScrollBar()->isVisible())
        width += verticalScrollBar()->width();
    hint.setWidth(width);
    return hint;
}

} // namespace centrale::ui
