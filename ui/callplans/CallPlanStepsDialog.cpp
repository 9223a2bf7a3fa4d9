#include "callplans/CallPlanStepsDialog.h"
#include "callplans/CallPlanStepEditor.h"
#include "callplans/CallPlanStepsModel.h"
#include "store/CallPlanRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace centrale::ui {

CallPlanStepsDialog::CallPlanStepsDialog(Database &db, const CallPlan &plan, QWidget *parent)
    : QDialog(parent), m_db(db), m_plan(plan), m_model(new CallPlanStepsModel(this)), m_list(new QListView(this)), m_editor(new CallPlanStepEditor(this)),
      m_newKind(new QComboBox(this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_up(new QPushButton(this)),
      m_down(new QPushButton(this)), m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Steps - %1").arg(plan.name));
    m_model->setSteps(plan.steps);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Steps"));
    for (StepKind k : {StepKind::RingPhones, StepKind::Forward, StepKind::Voicemail, StepKind::Email, StepKind::OpeningHours})
        m_newKind->addItem(CallPlanStepsModel::kindName(k), int(k));
    m_newKind->setAccessibleName(tr("Kind of the new step"));
    m_add->setText(tr("&Add step"));
    m_remove->setText(tr("Re&move"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move &down"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newKind, 1);
    addRow->addWidget(m_add);
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(m_remove);
    moveRow->addWidget(m_up);
    moveRow->addWidget(m_down);
    auto *left = new QVBoxLayout;
    left->addLayout(addRow);
    left->addWidget(m_list, 1);
    left->addLayout(moveRow);
    auto *grid = new QGridLayout(this);
    grid->addLayout(left, 0, 0);
    grid->addWidget(m_editor, 0, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_error, 1, 0, 1, 2);
    grid->addWidget(m_buttons, 2, 0, 1, 2);

    connect(m_add, &QPushButton::clicked, this, [this] { addStep(StepKind(m_newKind->currentData().toInt())); });
    connect(m_remove, &QPushButton::clicked, this, &CallPlanStepsDialog::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CallPlanStepsDialog::currentChanged);
    connect(m_editor, &CallPlanStepEditor::changed, this, [this] {
        m_model->setStep(m_list->currentIndex().row(), m_editor->step());
        revalidate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CallPlanStepsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CallPlanStepsDialog::reject);
    resize(820, 460);
    selectStep(0);
    currentChanged();
    revalidate();
}

QPushButton *CallPlanStepsDialog::saveButton() const { return m_buttons->button(QDialogButtonBox::Save); }

void CallPlanStepsDialog::selectStep(int row) { m_list->setCurrentIndex(m_model->index(row)); }

void CallPlanStepsDialog::addStep(StepKind kind)
{
    CallPlanStep s;
    s.kind = kind;
    s.timeoutSeconds = 20;
    selectStep(m_model->appendStep(s));
    revalidate();
}

void CallPlanStepsDialog::removeCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    m_model->removeStep(row);
    selectStep(qMin(row, m_model->rowCount() - 1));
    currentChanged();
    revalidate();
}

void CallPlanStepsDialog::moveCurrent(int delta)
{
    const int row = m_list->currentIndex().row();
    if (m_model->moveStep(row, row + delta))
        selectStep(row + delta);
    currentChanged(); // the else-step choices depend on the position
    revalidate();
}

void CallPlanStepsDialog::currentChanged()
{
    const int row = m_list->currentIndex().row();
    m_editor->setEnabled(row >= 0);
    if (row >= 0)
        m_editor->setStep(m_model->step(row), row, m_model->rowCount());
    updateButtons();
}

void CallPlanStepsDialog::updateButtons()
{
    const int row = m_list->currentIndex().row();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
}

void CallPlanStepsDialog::revalidate()
{
    CallPlan plan = m_plan;
    plan.steps = m_model->steps();
    const Status s = plan.validate();
    m_error->setText(s.message());
    saveButton()->setEnabled(s.ok());
    updateButtons();
}

void CallPlanStepsDialog::accept()
{
    CallPlan plan = m_plan;
    plan.steps = m_model->steps();
    if (auto s = plan.validate(); !s) {
        m_error->setText(s.message());
        return;
    }
    // One short UPDATE in one transaction: quick enough for the GUI thread.
    if (auto s = CallPlanRepository(m_db).update(plan); !s) {
        m_error->setText(s.message());
        return;
    }
    QDialog::accept();
}

} // namespace centrale::ui
