#pragma once
// Call plans with their external numbers; Settings opens the plan's Settings dialog,
// Steps its steps editor.
#include "common/AppContext.h"
#include "common/Page.h"

class QPushButton;
class QTreeView;

namespace centrale::ui {

class CallPlanModel;
class EmptyHint;
class VoicemailPanel;

class CallPlansPage : public Page {
    Q_OBJECT
public:
    CallPlansPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Call plans"); }
    void reload() override;
    QTreeView *view() const { return m_view; }
    CallPlanModel *model() const { return m_model; }
    QString iconName() const override { return QStringLiteral("callplans"); }
    bool supports(PageCommand c) const override { return c == PageCommand::New || c == PageCommand::Delete; }
    void run(PageCommand c) override;
    VoicemailPanel *voicemail() const { return m_voicemail; }

private:
    void openSettings();
    void openSteps();
    void addPlan();
    void removePlan();
    void retranslate() override;
    AppContext m_ctx;
    CallPlanModel *m_model;
    QTreeView *m_view;
    QPushButton *m_settings;
    QPushButton *m_steps;
    QPushButton *m_add;
    QPushButton *m_delete;
    EmptyHint *m_empty;
    VoicemailPanel *m_voicemail;
};

} // namespace centrale::ui
