#pragma once
// The ordered steps of one call plan, one line each ("2. Forward to +31611111111, 30 s").
// Moving or removing a step keeps the opening-hours "else go to step N" pointing at the
// same step.
#include "domain/CallPlan.h"
#include <QAbstractListModel>

namespace centrale::ui {

class CallPlanStepsModel : public QAbstractListModel {
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;
    void setSteps(const QList<CallPlanStep> &steps);
    QList<CallPlanStep> steps() const { return m_steps; }
    CallPlanStep step(int row) const { return m_steps.value(row); }
    void setStep(int row, const CallPlanStep &step);
    int appendStep(const CallPlanStep &step);
    void removeStep(int row);
    bool moveStep(int from, int to); // to: the row it ends up in
    static QString summary(const CallPlanStep &step);
    static QString kindName(StepKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void changed();

private:
    QList<CallPlanStep> m_steps;
};

} // namespace centrale::ui
