#include "trunks/TrunksPage.h"
#include "common/EmptyHint.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "service/AccountService.h"
#include "trunks/TrunkModel.h"
#include "trunks/TrunkWizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include "export/ExportDialog.h"

#include <QPushButton>
#include "diagnostics/TraceDialog.h"
#include <QTableView>
#include <QVBoxLayout>

namespace centrale::ui {

TrunksPage::TrunksPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_model(new TrunkModel(ctx.db, ctx.feed, this)), m_view(new QTableView(this)), m_new(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_delete(new QPushButton(this)), m_export(new QPushButton(this)), m_diagnose(new QPushButton(this)),
      m_empty(new EmptyHint(m_model, this))
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_export);
    buttons->addWidget(m_diagnose);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The address list takes what is left (cut short, in full in its tooltip), so both
    // accounts' columns stay on screen at 1280 px.
    m_view->horizontalHeader()->setSectionResizeMode(TrunkModel::IpAddresses, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_new->setIcon(icon(QStringLiteral("add")));
    m_edit->setIcon(icon(QStringLiteral("edit")));
    m_delete->setIcon(icon(QStringLiteral("delete")));
    m_export->setIcon(icon(QStringLiteral("export")));
    m_diagnose->setIcon(icon(QStringLiteral("diagnose")));
    connect(m_empty, &EmptyHint::activated, this, [this] { openWizard(false); });
    connect(m_new, &QPushButton::clicked, this, [this] { openWizard(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openWizard(true); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { openWizard(true); });
    connect(m_delete, &QPushButton::clicked, this, &TrunksPage::removeSelected);
    connect(m_export, &QPushButton::clicked, this, &TrunksPage::exportSelected);
    connect(m_diagnose, &QPushButton::clicked, this, &TrunksPage::diagnoseSelected);
    retranslate();
}

void TrunksPage::reload() { m_model->reload(); }

void TrunksPage::run(PageCommand c)
{
    if (c == PageCommand::New)
        openWizard(false);
    else if (c == PageCommand::Delete)
        removeSelected();
}

void TrunksPage::openWizard(bool edit)
{
    const Trunk *existing = edit ? m_model->trunkAt(m_view->currentIndex().row()) : nullptr;
    if (edit && !existing)
        return;
    TrunkWizard wizard(m_ctx.db, m_ctx.secrets, existing, this);
    if (wizard.exec() == QDialog::Accepted) {
        reload();
        emit dataChanged();
    }
}

void TrunksPage::removeSelected()
{
    const Trunk *t = m_model->trunkAt(m_view->currentIndex().row());
    if (!t)
        return;
    const QString name = t->name;
    if (!MessageBox::confirm(this, tr("Delete trunk"), tr("Delete trunk \"%1\"? Its numbers become free and its PBX can no longer register.").arg(name)))
        return;
    if (auto r = AccountService(m_ctx.db, m_ctx.secrets).removeTrunk(name); !r)
        MessageBox::error(this, tr("Trunk not deleted"), r.message());
    reload();
    emit dataChanged();
}

void TrunksPage::exportSelected()
{
    const Trunk *t = m_model->trunkAt(m_view->currentIndex().row());
    if (!t)
        return;
    ExportRequest req;
    req.trunkName = t->name;
    ExportDialog(m_ctx, req, this).exec();
}

void TrunksPage::diagnoseSelected()
{
    const Trunk *t = m_model->trunkAt(m_view->currentIndex().row());
    if (!t)
        return;
    auto *d = new TraceDialog(m_ctx, QStringLiteral("trunk"), t->name, {t->primary.username, t->secondary.username}, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

void TrunksPage::retranslate()
{
    m_diagnose->setText(tr("Dia&gnose..."));
    m_diagnose->setAccessibleName(tr("Registrations and connection check of the selected trunk"));
    m_new->setText(tr("&New trunk..."));
    m_edit->setText(tr("&Edit..."));
    m_delete->setText(tr("&Delete"));
    m_export->setText(tr("E&xport..."));
    m_export->setAccessibleName(tr("Export the selected trunk's PBX configuration"));
    m_new->setAccessibleName(tr("New trunk"));
    m_edit->setAccessibleName(tr("Edit selected trunk"));
    m_delete->setAccessibleName(tr("Delete selected trunk"));
    m_view->setAccessibleName(tr("Trunks"));
    m_empty->setTexts(tr("No trunks yet"), tr("New trunk..."));
}

} // namespace centrale::ui
