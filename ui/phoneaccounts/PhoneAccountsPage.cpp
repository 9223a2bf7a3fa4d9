#include "phoneaccounts/PhoneAccountsPage.h"
#include "common/EmptyHint.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "export/ExportDialog.h"
#include "phoneaccounts/NewPhoneAccountDialog.h"
#include "phoneaccounts/PhoneAccountModel.h"
#include "phoneaccounts/PhoneProvisioningDialog.h"
#include "service/AccountService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include "diagnostics/TraceDialog.h"
#include <QTableView>
#include <QVBoxLayout>

namespace centrale::ui {

PhoneAccountsPage::PhoneAccountsPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_model(new PhoneAccountModel(ctx.db, ctx.feed, this)), m_view(new QTableView(this)), m_add(new QPushButton(this)),
      m_delete(new QPushButton(this)), m_export(new QPushButton(this)), m_diagnose(new QPushButton(this)), m_provision(new QPushButton(this)),
      m_empty(new EmptyHint(m_model, this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_add);
    top->addWidget(m_delete);
    top->addWidget(m_export);
    top->addWidget(m_diagnose);
    top->addWidget(m_provision);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PhoneAccountModel::IpWhitelist, QHeaderView::Stretch); // the one that may be long
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add->setIcon(icon(QStringLiteral("add")));
    m_delete->setIcon(icon(QStringLiteral("delete")));
    m_export->setIcon(icon(QStringLiteral("export")));
    m_diagnose->setIcon(icon(QStringLiteral("diagnose")));
    m_provision->setIcon(icon(QStringLiteral("provision")));
    connect(m_empty, &EmptyHint::activated, this, &PhoneAccountsPage::add);
    connect(m_add, &QPushButton::clicked, this, &PhoneAccountsPage::add);
    connect(m_delete, &QPushButton::clicked, this, &PhoneAccountsPage::removeSelected);
    connect(m_export, &QPushButton::clicked, this, &PhoneAccountsPage::exportSelected);
    connect(m_diagnose, &QPushButton::clicked, this, &PhoneAccountsPage::diagnoseSelected);
    connect(m_provision, &QPushButton::clicked, this, &PhoneAccountsPage::provisionSelected);
    retranslate();
}

void PhoneAccountsPage::reload() { m_model->reload(); }

QString PhoneAccountsPage::selectedNumber() const
{
    const PhoneAccount *p = m_model->phoneAt(m_view->currentIndex().row());
    return p ? p->number : QString();
}

void PhoneAccountsPage::run(PageCommand c)
{
    if (c == PageCommand::New)
        add();
    else if (c == PageCommand::Delete)
        removeSelected();
}

void PhoneAccountsPage::add()
{
    NewPhoneAccountDialog dialog(m_ctx, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MessageBox::info(this, tr("Phone account added"),
                     tr("Username: %1\nPassword: %2\nThe password is kept in %3.").arg(dialog.createdNumber(), dialog.password(), m_ctx.secrets.describe()));
    reload();
    emit dataChanged();
}

void PhoneAccountsPage::removeSelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    if (!MessageBox::confirm(this, tr("Delete phone account"), tr("Delete phone account +%1? The number becomes free.").arg(number)))
        return;
    if (auto s = AccountService(m_ctx.db, m_ctx.secrets).removePhone(number); !s)
        MessageBox::error(this, tr("Phone account not deleted"), s.message());
    reload();
    emit dataChanged();
}

void PhoneAccountsPage::exportSelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    ExportRequest req;
    req.phoneNumber = number;
    ExportDialog(m_ctx, req, this).exec();
}

void PhoneAccountsPage::diagnoseSelected()
{
    const PhoneAccount *p = m_model->phoneAt(m_view->currentIndex().row());
    if (!p)
        return;
    auto *d = new TraceDialog(m_ctx, QStringLiteral("phone"), p->number, {p->number}, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

void PhoneAccountsPage::provisionSelected()
{
    const PhoneAccount *p = m_model->phoneAt(m_view->currentIndex().row());
    if (!p)
        return;
    PhoneProvisioningDialog dialog(m_ctx, *p, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit dataChanged();
    }
}

void PhoneAccountsPage::retranslate()
{
    m_diagnose->setText(tr("Dia&gnose..."));
    m_diagnose->setAccessibleName(tr("Registrations and connection check of the selected phone account"));
    m_provision->setText(tr("&Provisioning..."));
    m_provision->setAccessibleName(tr("MAC address, model and provisioning URL of the selected phone account"));
    m_add->setText(tr("&New phone account..."));
    m_delete->setText(tr("&Delete"));
    m_export->setText(tr("E&xport..."));
    m_export->setAccessibleName(tr("Export the selected phone account's softphone configuration"));
    m_delete->setAccessibleName(tr("Delete selected phone account"));
    m_view->setAccessibleName(tr("Phone accounts"));
    m_empty->setTexts(tr("No phone accounts yet"), tr("New phone account..."));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, PhoneAccountModel::ColumnCount - 1);
}

} // namespace centrale::ui
