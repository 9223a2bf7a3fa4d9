#pragma once
// Every number, what it is linked to, with a filter, "free only" and Unlink.
#include "common/AppContext.h"
#include "common/Page.h"

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace centrale::ui {

class BusyIndicator;
class NumberModel;
class NumberFilter;

class NumbersPage : public Page {
    Q_OBJECT
public:
    NumbersPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Numbers"); }
    void reload() override;
    bool isLoading() const override;
    QTableView *view() const { return m_view; }
    void unlinkSelected();

private:
    void retranslate() override;
    AppContext m_ctx;
    NumberModel *m_model;
    NumberFilter *m_filter;
    QLineEdit *m_search;
    QCheckBox *m_freeOnly;
    QPushButton *m_unlink;
    QTableView *m_view;
    BusyIndicator *m_busy;
};

} // namespace centrale::ui
