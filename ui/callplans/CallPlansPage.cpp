#include "callplans/CallPlansPage.h"
#include "callplans/CallPlanModel.h"
#include "callplans/CallPlanSettingsDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace centrale::ui {

CallPlansPage::CallPlansPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_model(new CallPlanModel(ctx.db, this)), m_view(new QTreeView(this)), m_settings(new QPushButton(this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_settings);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->expandAll();
    connect(m_settings, &QPushButton::clicked, this, &CallPlansPage::openSettings);
    connect(m_view, &QTreeView::doubleClicked, this, &CallPlansPage::openSettings);
    retranslate();
}

void CallPlansPage::reload()
{
    m_model->reload();
    m_view->expandAll();
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

void CallPlansPage::retranslate()
{
    m_settings->setText(tr("&Settings..."));
    m_settings->setAccessibleName(tr("Settings of the selected call plan"));
    m_view->setAccessibleName(tr("Call plans"));
}

} // namespace centrale::ui
