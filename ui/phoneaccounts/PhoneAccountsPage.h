#pragma once
// Phone accounts (toestelaccounts): list with status light, add and delete.
#include "common/AppContext.h"
#include "common/Page.h"

class QPushButton;
class QTableWidget;

namespace centrale::ui {

class PhoneAccountsPage : public Page {
    Q_OBJECT
public:
    PhoneAccountsPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Phone accounts"); }
    void reload() override;

private:
    void add();
    void removeSelected();
    void exportSelected();
    void retranslate() override;
    AppContext m_ctx;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_export;
};

} // namespace centrale::ui
