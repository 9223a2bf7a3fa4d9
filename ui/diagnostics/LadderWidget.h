#pragma once
// A sequence diagram of SIP messages: one lifeline per party, one arrow per message; the
// final answer and any Warning stand out. Clicking an arrow selects its message.
#include "diagnostics/Ladder.h"
#include <QWidget>

namespace centrale::ui {

class LadderWidget : public QWidget {
    Q_OBJECT
public:
    explicit LadderWidget(QWidget *parent = nullptr);
    void setLadder(const diagnostics::Ladder &ladder);
    const diagnostics::Ladder &ladder() const { return m_ladder; }
    int selected() const { return m_selected; }
    void select(int arrow);
    QSize sizeHint() const override;
    QRect arrowRect(int arrow) const; // where an arrow is drawn (tests click there)

signals:
    void messageSelected(int message); // index into the messages the ladder was built from

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int columnX(int column) const;
    diagnostics::Ladder m_ladder;
    int m_selected = -1;
};

} // namespace centrale::ui
