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
class EmptyHint;
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
    QString iconName() const override { return QStringLiteral("numbers"); }
    bool supports(PageCommand c) const override { return c == PageCommand::Delete || c == PageCommand::Filter; }
    void run(PageCommand c) override;

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
    EmptyHint *m_empty;
};

} // namespace centrale::ui
