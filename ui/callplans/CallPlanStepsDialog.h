#pragma once
// Edits the steps of one call plan: a list to add, remove and reorder steps, the chosen
// step's fields beside it, the whole plan validated as you type, and Save.
#include "domain/CallPlan.h"
#include "store/Database.h"
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListView;
class QPushButton;

namespace centrale::ui {

class CallPlanStepEditor;
class CallPlanStepsModel;

class CallPlanStepsDialog : public QDialog {
    Q_OBJECT
public:
    CallPlanStepsDialog(Database &db, const CallPlan &plan, QWidget *parent = nullptr);
    void addStep(StepKind kind);
    void removeCurrent();
    void moveCurrent(int delta); // -1 up, +1 down
    void selectStep(int row);

    CallPlanStepsModel *model() const { return m_model; }
    CallPlanStepEditor *editor() const { return m_editor; }
    QListView *list() const { return m_list; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const;
    void accept() override; // Save

private:
    void currentChanged();
    void revalidate();
    void updateButtons();
    Database &m_db;
    CallPlan m_plan;
    CallPlanStepsModel *m_model;
    QListView *m_list;
    CallPlanStepEditor *m_editor;
    QComboBox *m_newKind;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace centrale::ui
