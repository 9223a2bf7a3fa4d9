#pragma once
// The call log arrives with the call engine; until then this page says so plainly.
#include "common/Page.h"

class QLabel;

namespace centrale::ui {

class CallsPage : public Page {
    Q_OBJECT
public:
    explicit CallsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Calls"); }

private:
    void retranslate() override;
    QLabel *m_text;
};

} // namespace centrale::ui
