#pragma once
// A table that asks its layout for the width its cells and headers need. With its name
// column set to stretch, names then show whole whenever the window has the room; only a
// window too narrow squeezes the table, and then the name elides (the model's tooltip has it).
#include <QTableView>

namespace centrale::ui {

class FittingTableView : public QTableView {
    Q_OBJECT
public:
    using QTableView::QTableView;
    void setModel(QAbstractItemModel *model) override;
    QSize sizeHint() const override;
    // The width a column's widest cell or its header needs.
    int contentWidth(int column) const;
};

} // namespace centrale::ui
