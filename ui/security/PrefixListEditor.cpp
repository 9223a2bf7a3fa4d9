#include "security/PrefixListEditor.h"
#include "domain/Validation.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace centrale::ui {

PrefixListEditor::PrefixListEditor(QWidget *parent)
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
    m_error->setWordWrap(true);
    m_list->setMaximumHeight(90);
    connect(m_add, &QPushButton::clicked, this, &PrefixListEditor::add);
    connect(m_input, &QLineEdit::returnPressed, this, &PrefixListEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &PrefixListEditor::removeSelected);
    retranslate();
}

void PrefixListEditor::setPrefixes(const QStringList &prefixes)
{
    m_prefixes = prefixes;
    m_error->clear();
    refresh();
}

void PrefixListEditor::setFieldName(const QString &name)
{
    m_field = name;
    retranslate();
}

void PrefixListEditor::add()
{
    // People type "+31 906" or "0031906"; the list holds E.164 digits.
    QString digits = m_input->text().trimmed();
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    else if (digits.startsWith(QLatin1String("00")))
        digits.remove(0, 2);
    if (auto s = validation::digits(digits, m_field.isEmpty() ? tr("Prefix") : m_field, 1, 15); !s) {
        m_error->setText(s.message());
        return;
    }
    m_error->clear();
    if (!m_prefixes.contains(digits))
        m_prefixes << digits;
    m_input->clear();
    refresh();
}

void PrefixListEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_prefixes.size())
        return;
    m_prefixes.removeAt(row);
    refresh();
}

void PrefixListEditor::refresh()
{
    m_list->clear();
    for (const auto &p : m_prefixes)
        m_list->addItem(QLatin1Char('+') + p);
    emit changed();
}

void PrefixListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PrefixListEditor::retranslate()
{
    const QString field = m_field.isEmpty() ? tr("Prefix") : m_field;
    m_input->setPlaceholderText(tr("Prefix in international form, e.g. +3190612"));
    m_input->setAccessibleName(field);
    m_add->setAccessibleName(tr("Add %1").arg(field));
    m_add->setToolTip(tr("Add %1").arg(field));
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove selected %1").arg(field));
    m_list->setAccessibleName(field);
}

} // namespace centrale::ui
