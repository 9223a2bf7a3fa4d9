#pragma once
// Spent against a limit, as a bar with the two warning levels (80 % and 95 %) marked.
#include <QWidget>

namespace centrale::ui {

class UsageBar : public QWidget {
    Q_OBJECT
public:
    explicit UsageBar(QWidget *parent = nullptr);
    void setUsage(int usedCents, int limitCents, int warnFirstPercent, int warnSecondPercent);
    int percent() const; // of the limit, 0 when there is no limit
    QString text() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    int m_used = 0;
    int m_limit = 0;
    int m_warnFirst = 80;
    int m_warnSecond = 95;
};

} // namespace centrale::ui
