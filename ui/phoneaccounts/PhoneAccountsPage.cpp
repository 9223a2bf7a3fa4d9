#include "phoneaccounts/PhoneAccountsPage.h"
#include "common/MessageBox.h"
#include "secrets/Credentials.h"
#include "service/AccountService.h"
#include "store/PhoneAccountRepository.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include "export/ExportDialog.h"

#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace centrale::ui {

PhoneAccountsPage::PhoneAccountsPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_table(new QTableWidget(0, 4, this)), m_add(new QPushButton(this)), m_delete(new QPushButton(this)), m_export(new QPushButton(this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_add);
    top->addWidget(m_delete);
    top->addWidget(m_export);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_add, &QPushButton::clicked, this, &PhoneAccountsPage::add);
    connect(m_delete, &QPushButton::clicked, this, &PhoneAccountsPage::removeSelected);
    connect(m_export, &QPushButton::clicked, this, &PhoneAccountsPage::exportSelected);
    if (m_ctx.feed)
        connect(m_ctx.feed, &StatusFeed::statusChanged, this, [this](const AccountStatus &s) {
            if (s.role == QLatin1String("phone"))
                reload();
        });
    reload();
    retranslate();
}

void PhoneAccountsPage::reload()
{
    auto r = PhoneAccountRepository(m_ctx.db).list();
    m_table->setRowCount(0);
    if (!r)
        return;
    QHash<QString, AccountStatus> status;
    if (m_ctx.feed)
        for (const auto &s : m_ctx.feed->snapshot())
            status.insert(s.account, s);
    for (const auto &p : r.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList ips;
        for (const auto &n : p.ipWhitelist)
            ips << n.toString();
        const auto st = status.value(p.account.username);
        const bool registered = st.state == RegistrationState::Registered;
        auto *light = new QTableWidgetItem(registered ? tr("Registered") : st.state == RegistrationState::Unreachable ? tr("Unreachable") : tr("Not registered"));
        light->setData(Qt::DecorationRole, registered ? QColor(Qt::darkGreen) : QColor(Qt::red));
        if (registered)
            light->setToolTip(tr("Contact: %1\nUser agent: %2").arg(st.contact, st.userAgent));
        m_table->setItem(row, 0, new QTableWidgetItem(QLatin1Char('+') + p.number));
        m_table->item(row, 0)->setData(Qt::UserRole, p.number);
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(p.channels)));
        m_table->setItem(row, 2, new QTableWidgetItem(ips.isEmpty() ? tr("any") : ips.join(QStringLiteral(", "))));
        m_table->setItem(row, 3, light);
    }
}

void PhoneAccountsPage::add()
{
    bool ok = false;
    QString number = QInputDialog::getText(this, tr("New phone account"), tr("Number (E.164, e.g. +31501234567):"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || number.isEmpty())
        return;
    number.remove(QLatin1Char('+')).remove(QLatin1Char(' '));
    PhoneAccount phone;
    phone.number = number;
    phone.account.username = number;
    auto r = AccountService(m_ctx.db, m_ctx.secrets).createPhone(phone, credentials::generatePassword());
    if (!r) {
        MessageBox::error(this, tr("Phone account not added"), r.message());
        return;
    }
    MessageBox::info(this, tr("Phone account added"), tr("Username: %1\nPassword: %2\nThe password is kept in %3.").arg(number, r.value(), m_ctx.secrets.describe()));
    reload();
    emit dataChanged();
}

void PhoneAccountsPage::removeSelected()
{
    const auto *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    const QString number = item->data(Qt::UserRole).toString();
    if (!MessageBox::confirm(this, tr("Delete phone account"), tr("Delete phone account +%1? The number becomes free.").arg(number)))
        return;
    if (auto s = AccountService(m_ctx.db, m_ctx.secrets).removePhone(number); !s)
        MessageBox::error(this, tr("Phone account not deleted"), s.message());
    reload();
    emit dataChanged();
}

void PhoneAccountsPage::exportSelected()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    ExportRequest req;
    req.phoneNumber = item->data(Qt::UserRole).toString();
    ExportDialog(m_ctx, req, this).exec();
}

void PhoneAccountsPage::retranslate()
{
    m_add->setText(tr("&New phone account..."));
    m_delete->setText(tr("&Delete"));
    m_export->setText(tr("E&xport..."));
    m_export->setAccessibleName(tr("Export the selected phone account's softphone configuration"));
    m_delete->setAccessibleName(tr("Delete selected phone account"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Simultaneous calls"), tr("IP whitelist"), tr("Status")});
    m_table->setAccessibleName(tr("Phone accounts"));
    reload();
}

} // namespace centrale::ui
