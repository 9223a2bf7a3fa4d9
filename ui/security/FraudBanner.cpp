#include "security/FraudBanner.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace centrale::ui {

FraudBanner::FraudBanner(QWidget *parent) : QFrame(parent), m_text(new QLabel(this)), m_unblock(new QPushButton(this))
{
    setObjectName(QStringLiteral("fraudBanner"));
    // Only the frame and its text are coloured; the button keeps the platform style.
    setStyleSheet(QStringLiteral("QFrame#fraudBanner { background-color: #c62828; border-radius: 4px; }"
                                 " QFrame#fraudBanner > QLabel { color: white; font-weight: bold; }"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // the reason comes from the engine, not markup
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_unblock);
    connect(m_unblock, &QPushButton::clicked, this, [this] { emit unblockRequested(m_block); });
    retranslate();
    hide();
}

void FraudBanner::setBlock(const calls::FraudBlock &block)
{
    m_block = block;
    retranslate();
    show();
}

void FraudBanner::retranslate()
{
    // The same form as the engine's refusal and the CLI, whatever the console's language.
    const QString since = QDateTime::fromMSecsSinceEpoch(m_block.blockedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_text->setText(tr("Outbound calls blocked by the fraud detector since %1: %2").arg(since, m_block.reason));
    m_unblock->setText(tr("Unblock"));
    m_unblock->setAccessibleName(tr("Unblock outbound calls"));
    setAccessibleName(m_text->text());
}

void FraudBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace centrale::ui
