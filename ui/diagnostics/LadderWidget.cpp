#include "diagnostics/LadderWidget.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace centrale::ui {

namespace {
constexpr int kTop = 40;      // room for the column titles
constexpr int kRow = 34;      // per arrow
constexpr int kTimeWidth = 96;
constexpr int kColumnWidth = 260;
} // namespace

LadderWidget::LadderWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("SIP ladder"));
}

void LadderWidget::setLadder(const diagnostics::Ladder &ladder)
{
    m_ladder = ladder;
    m_selected = -1;
    updateGeometry();
    resize(sizeHint());
    update();
}

QSize LadderWidget::sizeHint() const
{
    return {kTimeWidth + int(m_ladder.columns.size()) * kColumnWidth, kTop + int(m_ladder.arrows.size()) * kRow + 20};
}

int LadderWidget::columnX(int column) const { return kTimeWidth + column * kColumnWidth + kColumnWidth / 2; }

QRect LadderWidget::arrowRect(int i) const
{
    if (i < 0 || i >= m_ladder.arrows.size())
        return {};
    const auto &a = m_ladder.arrows.at(i);
    const int x1 = columnX(std::min(a.from, a.to)), x2 = columnX(std::max(a.from, a.to));
    return QRect(x1, kTop + i * kRow, x2 - x1, kRow);
}

void LadderWidget::select(int arrow)
{
    if (arrow < 0 || arrow >= m_ladder.arrows.size())
        return;
    m_selected = arrow;
    update();
    emit messageSelected(m_ladder.arrows.at(arrow).message);
}

void LadderWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    for (int c = 0; c < m_ladder.columns.size(); ++c) {
        const int x = columnX(c);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(x - kColumnWidth / 2, 4, kColumnWidth, kTop - 10), Qt::AlignCenter | Qt::TextWordWrap, m_ladder.columns.at(c));
        p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
        p.drawLine(x, kTop - 4, x, height());
    }
    for (int i = 0; i < m_ladder.arrows.size(); ++i) {
        const auto &a = m_ladder.arrows.at(i);
        const QRect r = arrowRect(i);
        if (i == m_selected)
            p.fillRect(QRect(0, r.top(), width(), kRow), pal.color(QPalette::Highlight).lighter(170));
        const int y = r.top() + kRow - 10;
        QColor color = pal.color(QPalette::Text);
        if (a.final)
            color = a.label.startsWith(QLatin1Char('2')) ? QColor(0, 128, 0) : QColor(190, 0, 0);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.setFont(font());
        p.drawText(QRect(4, r.top(), kTimeWidth - 8, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                   QDateTime::fromMSecsSinceEpoch(a.timeUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz")));
        const int x1 = columnX(a.from), x2 = columnX(a.to);
        p.setPen(QPen(color, a.final ? 2.5 : 1.5));
        p.drawLine(x1, y, x2, y);
        const int dir = x2 > x1 ? -1 : 1;
        QPainterPath head;
        head.moveTo(x2, y);
        head.lineTo(x2 + dir * 9, y - 5);
        head.lineTo(x2 + dir * 9, y + 5);
        head.closeSubpath();
        p.fillPath(head, color);
        QFont f = font();
        f.setBold(a.final);
        p.setFont(f);
        QString label = a.label;
        if (!a.warning.isEmpty())
            label += QStringLiteral(" — ") + a.warning;
        p.drawText(QRect(std::min(x1, x2) + 6, r.top() + 2, std::abs(x2 - x1) - 12, kRow - 14), Qt::AlignCenter,
                   p.fontMetrics().elidedText(label, Qt::ElideRight, std::abs(x2 - x1) - 12));
    }
}

void LadderWidget::mousePressEvent(QMouseEvent *event)
{
    const int row = (int(event->position().y()) - kTop) / kRow;
    if (event->position().y() >= kTop && row < m_ladder.arrows.size())
        select(row);
    setFocus();
}

void LadderWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Down)
        select(std::min(int(m_ladder.arrows.size()) - 1, m_selected + 1));
    else if (event->key() == Qt::Key_Up)
        select(std::max(0, m_selected - 1));
    else
        QWidget::keyPressEvent(event);
}

} // namespace centrale::ui
