#include "common/BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace centrale::ui {

BusyIndicator::BusyIndicator(QWidget *parent) : QWidget(parent), m_bar(new QProgressBar(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    m_bar->setRange(0, 0); // no percentage to show: the keychain does not report progress
    m_bar->setMaximumWidth(120);
    m_bar->setTextVisible(false);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->hide();
}

void BusyIndicator::start(const QString &text)
{
    m_text->setStyleSheet(QString());
    m_text->setText(text);
    m_bar->show();
}

void BusyIndicator::stop()
{
    m_bar->hide();
    m_text->clear();
}

void BusyIndicator::showError(const QString &text)
{
    m_bar->hide();
    m_text->setStyleSheet(QStringLiteral("color: #b00020"));
    m_text->setText(text);
}

bool BusyIndicator::isBusy() const { return m_bar->isVisibleTo(this); }
QString BusyIndicator::text() const { return m_text->text(); }

} // namespace centrale::ui
