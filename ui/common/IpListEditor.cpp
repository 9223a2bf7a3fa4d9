#include "common/IpListEditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace centrale::ui {

IpListEditor::IpListEditor(QWidget *parent)
    : QWidget(parent), m_input(new QLineEdit(this)), m_add(new QPushButton(QStringLiteral("+"), this)), m_remove(new QPushButton(this)),
      m_list(new QListWidget(this)), m_error(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_input, 0, 0);
    grid->addWidget(m_add, 0, 1);
    grid->addWidget(m_list, 1, 0);
    grid->addWidget(m_remove, 1, 1, Qt::AlignTop);
    grid->addWidget(m_error, 2, 0, 1, 2);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_list->setMaximumHeight(100);
    connect(m_add, &QPushButton::clicked, this, &IpListEditor::add);
    connect(m_input, &QLineEdit::returnPressed, this, &IpListEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &IpListEditor::removeSelected);
    retranslate();
}

void IpListEditor::setNetworks(const IpWhitelist &networks)
{
    m_networks = networks;
    refresh();
}

void IpListEditor::add()
{
    auto parsed = IpNetwork::parse(m_input->text().trimmed());
    if (!parsed) {
        m_error->setText(parsed.message());
        return;
    }
    m_error->clear();
    if (!m_networks.contains(parsed.value()))
        m_networks << parsed.value();
    m_input->clear();
    refresh();
}

void IpListEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_networks.removeAt(row);
    refresh();
}

void IpListEditor::refresh()
{
    m_list->clear();
    for (const auto &n : m_networks)
        m_list->addItem(n.address().toString() + QLatin1Char(' ') + n.maskDisplay());
    emit changed();
}

void IpListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IpListEditor::retranslate()
{
    m_input->setPlaceholderText(tr("IP address or subnet, e.g. 192.0.2.10 or 192.0.2.0/24"));
    m_input->setAccessibleName(tr("IP address or subnet"));
    m_add->setAccessibleName(tr("Add IP address"));
    m_add->setToolTip(tr("Add IP address"));
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove selected IP address"));
    m_list->setAccessibleName(tr("IP addresses"));
}

} // namespace centrale::ui
