#include "calls/CallsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace centrale::ui {

CallsPage::CallsPage(QWidget *parent) : Page(parent), m_text(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 0, Qt::AlignCenter);
    m_text->setWordWrap(true);
    retranslate();
}

void CallsPage::retranslate()
{
    m_text->setText(tr("The call log arrives with the call engine. Nothing is recorded yet."));
}

} // namespace centrale::ui
