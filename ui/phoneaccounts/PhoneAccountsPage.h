#pragma once
// Phone accounts (toestelaccounts): list with live status light, add, delete, export.
#include "common/AppContext.h"
#include "common/Page.h"

class QPushButton;
class QTableView;

namespace centrale::ui {

class EmptyHint;
class PhoneAccountModel;

class PhoneAccountsPage : public Page {
    Q_OBJECT
public:
    PhoneAccountsPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Phone accounts"); }
    void reload() override;
    QTableView *view() const { return m_view; }
    PhoneAccountModel *model() const { return m_model; }
    QString iconName() const override { return QStringLiteral("phoneaccounts"); }
    bool supports(PageCommand c) const override { return c == PageCommand::New || c == PageCommand::Delete; }
    void run(PageCommand c) override;

private:
    QString selectedNumber() const;
    void add();
    void removeSelected();
    void exportSelected();
    void diagnoseSelected(); // registrations ladder and connection check
    void provisionSelected();
    void retranslate() override;
    AppContext m_ctx;
    PhoneAccountModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_export;
    QPushButton *m_diagnose;
    QPushButton *m_provision;
    EmptyHint *m_empty;
};

} // namespace centrale::ui
