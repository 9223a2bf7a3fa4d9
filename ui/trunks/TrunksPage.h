#pragma once
// The trunk list with New / Edit / Delete.
#include "common/AppContext.h"
#include "common/Page.h"

class QPushButton;
class QTableView;

namespace centrale::ui {

class EmptyHint;
class TrunkModel;

class TrunksPage : public Page {
    Q_OBJECT
public:
    TrunksPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Trunks"); }
    void reload() override;
    TrunkModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void removeSelected();
    QString iconName() const override { return QStringLiteral("trunks"); }
    bool supports(PageCommand c) const override { return c == PageCommand::New || c == PageCommand::Delete; }
    void run(PageCommand c) override;

private:
    void openWizard(bool edit);
    void exportSelected();
    void diagnoseSelected(); // registrations ladder and connection check
    void retranslate() override;
    AppContext m_ctx;
    TrunkModel *m_model;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_export;
    QPushButton *m_diagnose;
    EmptyHint *m_empty;
};

} // namespace centrale::ui
