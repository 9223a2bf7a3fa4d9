#include "trunks/TrunkNumbersEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace centrale::ui {

namespace {
enum Col { NumberCol, InboundCol, CallerIdCol };
}

TrunkNumbersEditor::TrunkNumbersEditor(QWidget *parent)
    : QWidget(parent), m_picker(new QComboBox(this)), m_add(new QPushButton(QStringLiteral("+"), this)), m_remove(new QPushButton(this)),
      m_table(new QTableWidget(0, 3, this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_picker, 0, 0);
    grid->addWidget(m_add, 0, 1);
    grid->addWidget(m_table, 1, 0);
    grid->addWidget(m_remove, 1, 1, Qt::AlignTop);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMaximumHeight(140);
    connect(m_add, &QPushButton::clicked, this, &TrunkNumbersEditor::addSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            refreshPicker();
            emit changed();
        }
    });
    retranslate();
}

void TrunkNumbersEditor::setOffered(const QStringList &digits)
{
    m_offered = digits;
    refreshPicker();
}

void TrunkNumbersEditor::setNumbers(const QList<TrunkNumber> &numbers)
{
    m_table->setRowCount(0);
    for (const auto &n : numbers)
        addRow(n);
    refreshPicker();
    emit changed();
}

QList<TrunkNumber> TrunkNumbersEditor::numbers() const
{
    QList<TrunkNumber> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        TrunkNumber n;
        n.digits = m_table->item(r, NumberCol)->data(Qt::UserRole).toString();
        n.inbound = static_cast<QCheckBox *>(m_table->cellWidget(r, InboundCol))->isChecked();
        n.callerId = static_cast<QCheckBox *>(m_table->cellWidget(r, CallerIdCol))->isChecked();
        out << n;
    }
    return out;
}

void TrunkNumbersEditor::addSelected()
{
    const QString digits = m_picker->currentData().toString();
    if (digits.isEmpty())
        return;
    addRow(TrunkNumber{digits, true, true});
    refreshPicker();
    emit changed();
}

void TrunkNumbersEditor::addRow(const TrunkNumber &number)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto *item = new QTableWidgetItem(QLatin1Char('+') + number.digits);
    item->setData(Qt::UserRole, number.digits);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(r, NumberCol, item);
    auto *inbound = new QCheckBox(m_table);
    inbound->setChecked(number.inbound);
    inbound->setAccessibleName(tr("Inbound (DID) for +%1").arg(number.digits));
    auto *callerId = new QCheckBox(m_table);
    callerId->setChecked(number.callerId);
    callerId->setAccessibleName(tr("Caller ID for +%1").arg(number.digits));
    m_table->setCellWidget(r, InboundCol, inbound);
    m_table->setCellWidget(r, CallerIdCol, callerId);
}

void TrunkNumbersEditor::refreshPicker()
{
    QStringList taken;
    for (const auto &n : numbers())
        taken << n.digits;
    m_picker->clear();
    for (const auto &d : m_offered)
        if (!taken.contains(d))
            m_picker->addItem(QLatin1Char('+') + d, d);
    m_add->setEnabled(m_picker->count() > 0);
}

void TrunkNumbersEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrunkNumbersEditor::retranslate()
{
    m_picker->setAccessibleName(tr("Free number to add"));
    m_add->setAccessibleName(tr("Add number"));
    m_add->setToolTip(tr("Add the selected number"));
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove selected number"));
    m_table->setAccessibleName(tr("Numbers of this trunk"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Inbound (DID)"), tr("Caller ID")});
}

} // namespace centrale::ui
