#pragma once
// The red line on top of the Security page while the fraud detector blocks the shown
// account's outbound calls, with the button that lifts the block.
#include "calls/CallPolicy.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace centrale::ui {

class FraudBanner : public QFrame {
    Q_OBJECT
public:
    explicit FraudBanner(QWidget *parent = nullptr);
    void setBlock(const calls::FraudBlock &block); // shows the banner
    const calls::FraudBlock &block() const { return m_block; }
    QLabel *label() const { return m_text; }
    QPushButton *unblockButton() const { return m_unblock; }

signals:
    void unblockRequested(const calls::FraudBlock &block);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    calls::FraudBlock m_block;
    QLabel *m_text;
    QPushButton *m_unblock;
};

} // namespace centrale::ui
