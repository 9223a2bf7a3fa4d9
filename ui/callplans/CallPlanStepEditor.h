#pragma once
// The fields of one call-plan step; which ones show depends on its kind: numbers and ring
// time (ring phones, forward), a box name (voicemail), addresses (e-mail), a schedule
// and where to go outside it (opening hours).
#include "domain/CallPlan.h"
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace centrale::ui {

class CallPlanStepEditor : public QWidget {
    Q_OBJECT
public:
    explicit CallPlanStepEditor(QWidget *parent = nullptr);
    // row and count: for the "else go to step N" choices, which must lie after row.
    void setStep(const CallPlanStep &step, int row, int count);
    CallPlanStep step() const;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *targetsEdit() const { return m_targets; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QLineEdit *textEdit() const { return m_text; }
    QComboBox *elseBox() const { return m_else; }
    QLabel *fieldError() const { return m_error; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFields();
    void validateField();
    void retranslate();
    bool m_loading = false;
    int m_row = 0;
    int m_count = 0;
    int m_elseStep = -1;
    QComboBox *m_kind;
    QLineEdit *m_targets;
    QSpinBox *m_timeout;
    QLineEdit *m_text;
    QComboBox *m_else;
    QLabel *m_error;
    QFormLayout *m_form;
    QLabel *m_kindLabel;
    QLabel *m_targetsLabel;
    QLabel *m_timeoutLabel;
    QLabel *m_textLabel;
    QLabel *m_elseLabel;
};

} // namespace centrale::ui
