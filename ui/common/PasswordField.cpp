#include "common/PasswordField.h"
#include "secrets/Credentials.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace centrale::ui {

PasswordField::PasswordField(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_show(new QToolButton(this)), m_generate(new QPushButton(this)), m_copy(new QPushButton(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_show);
    row->addWidget(m_generate);
    row->addWidget(m_copy);
    m_edit->setEchoMode(QLineEdit::Password);
    m_show->setCheckable(true);
    connect(m_show, &QToolButton::toggled, this, [this](bool on) {
        m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
    });
    connect(m_generate, &QPushButton::clicked, this, [this] { m_edit->setText(credentials::generatePassword()); });
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_edit->text()); });
    connect(m_edit, &QLineEdit::textChanged, this, &PasswordField::changed);
    retranslate();
}

QString PasswordField::password() const { return m_edit->text(); }
void PasswordField::setPassword(const QString &password) { m_edit->setText(password); }
void PasswordField::setAccessibleFieldName(const QString &name) { m_edit->setAccessibleName(name); }

void PasswordField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PasswordField::retranslate()
{
    m_show->setText(m_show->isChecked() ? tr("Hide") : tr("Show"));
    m_show->setAccessibleName(m_show->isChecked() ? tr("Hide password") : tr("Show password"));
    m_generate->setText(tr("Generate"));
    m_generate->setAccessibleName(tr("Generate password"));
    m_copy->setText(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy password"));
}

} // namespace centrale::ui
