#include "security/UsageBar.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

namespace centrale::ui {

UsageBar::UsageBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateText();
}

void UsageBar::setUsage(int usedCents, int limitCents, int warnFirstPercent, int warnSecondPercent)
{
    m_used = qMax(0, usedCents);
    m_limit = qMax(0, limitCents);
    m_warnFirst = warnFirstPercent;
    m_warnSecond = warnSecondPercent;
    updateText();
    update();
}

int UsageBar::percent() const { return m_limit > 0 ? int(qint64(m_used) * 100 / m_limit) : 0; }

QString UsageBar::text() const
{
    const QLocale locale;
    return tr("%1 of %2 spent (%3 %)").arg(locale.toCurrencyString(m_used / 100.0, QStringLiteral("€")), locale.toCurrencyString(m_limit / 100.0, QStringLiteral("€"))).arg(percent());
}

void UsageBar::updateText()
{
    setToolTip(tr("%1. Warning mails at %2 % and %3 %.").arg(text()).arg(m_warnFirst).arg(m_warnSecond));
    setAccessibleDescription(toolTip());
}

QSize UsageBar::sizeHint() const { return {240, fontMetrics().height() + 8}; }
QSize UsageBar::minimumSizeHint() const { return {120, fontMetrics().height() + 8}; }

void UsageBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect track = rect().adjusted(0, 0, -1, -1);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRect(track);
    const int pct = qMin(100, percent());
    // The colour says which warning level is passed, as the mails will.
    const QColor fill = pct >= m_warnSecond ? QColor(0xc6, 0x28, 0x28) : pct >= m_warnFirst ? QColor(0xef, 0x8f, 0x00) : QColor(0x2e, 0x7d, 0x32);
    if (pct > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRect(QRect(track.left() + 1, track.top() + 1, (track.width() - 1) * pct / 100, track.height() - 1));
    }
    p.setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
    for (int mark : {m_warnFirst, m_warnSecond}) {
        const int x = track.left() + track.width() * mark / 100;
        p.drawLine(x, track.top(), x, track.bottom());
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(track, Qt::AlignCenter, text());
}

void UsageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QWidget::changeEvent(event);
}

} // namespace centrale::ui
