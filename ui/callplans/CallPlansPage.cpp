#include "callplans/CallPlansPage.h"
#include "callplans/CallPlanModel.h"
#include "callplans/CallPlanSettingsDialog.h"
#include "callplans/CallPlanStepsDialog.h"
#include "callplans/VoicemailPanel.h"
#include "common/EmptyHint.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "store/CallPlanRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace centrale::ui {

CallPlansPage::CallPlansPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_model(new CallPlanModel(ctx.db, this)), m_view(new QTreeView(this)), m_settings(new QPushButton(this)),
      m_steps(new QPushButton(this)), m_add(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_empty(new EmptyHint(m_model, this)), m_voicemail(new VoicemailPanel(ctx.db, this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_add);
    top->addWidget(m_settings);
    top->addWidget(m_steps);
    top->addWidget(m_delete);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_voicemail, 2);
    m_view->setModel(m_model);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->expandAll();
    m_add->setIcon(icon(QStringLiteral("add")));
    m_settings->setIcon(icon(QStringLiteral("edit")));
    m_steps->setIcon(icon(QStringLiteral("callplans")));
    m_delete->setIcon(icon(QStringLiteral("delete")));
    connect(m_empty, &EmptyHint::activated, this, &CallPlansPage::addPlan);
    connect(m_settings, &QPushButton::clicked, this, &CallPlansPage::openSettings);
    connect(m_steps, &QPushButton::clicked, this, &CallPlansPage::openSteps);
    connect(m_add, &QPushButton::clicked, this, &CallPlansPage::addPlan);
    connect(m_delete, &QPushButton::clicked, this, &CallPlansPage::removePlan);
    connect(m_view, &QTreeView::doubleClicked, this, &CallPlansPage::openSettings);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const CallPlan *plan = m_model->planAt(current);
        m_voicemail->setPlan(plan ? plan->id : 0, plan ? plan->name : QString());
    });
    retranslate();
}

void CallPlansPage::reload()
{
    m_model->reload();
    m_view->expandAll();
    const CallPlan *plan = m_model->planAt(m_view->currentIndex()); // the model reset cleared the selection
    m_voicemail->setPlan(plan ? plan->id : 0, plan ? plan->name : QString());
}

void CallPlansPage::run(PageCommand c)
{
    if (c == PageCommand::New)
        addPlan();
    else if (c == PageCommand::Delete)
        removePlan();
}

void CallPlansPage::openSettings()
{
    const CallPlan *plan = m_model->planAt(m_view->currentIndex());
    if (!plan)
        return;
    CallPlanSettingsDialog dialog(m_ctx.db, *plan, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit dataChanged();
    }
}

void CallPlansPage::openSteps()
{
    const CallPlan *plan = m_model->planAt(m_view->currentIndex());
    if (!plan)
        return;
    CallPlanStepsDialog dialog(m_ctx.db, *plan, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit dataChanged();
    }
}

void CallPlansPage::addPlan()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New call plan"), tr("Name of the call plan:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    CallPlan plan;
    plan.name = name;
    if (auto r = CallPlanRepository(m_ctx.db).add(plan); !r)
        MessageBox::error(this, tr("Call plan not added"), r.message());
    reload();
    emit dataChanged();
}

void CallPlansPage::removePlan()
{
    const CallPlan *plan = m_model->planAt(m_view->currentIndex());
    if (!plan)
        return;
    const QString name = plan->name;
    if (!MessageBox::confirm(this, tr("Delete call plan"), tr("Delete call plan \"%1\"? Its numbers become free.").arg(name)))
        return;
    if (auto s = CallPlanRepository(m_ctx.db).remove(name); !s)
        MessageBox::error(this, tr("Call plan not deleted"), s.message());
    reload();
    emit dataChanged();
}

void CallPlansPage::retranslate()
{
    m_settings->setText(tr("&Settings..."));
    m_settings->setAccessibleName(tr("Settings of the selected call plan"));
    m_steps->setText(tr("S&teps..."));
    m_steps->setAccessibleName(tr("Steps of the selected call plan"));
    m_view->setAccessibleName(tr("Call plans"));
    m_add->setText(tr("&New call plan..."));
    m_delete->setText(tr("&Delete"));
    m_delete->setAccessibleName(tr("Delete selected call plan"));
    m_empty->setTexts(tr("No call plans yet"), tr("New call plan..."));
}

} // namespace centrale::ui
