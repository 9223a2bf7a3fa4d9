#include "callplans/CallPlanStepsModel.h"

namespace centrale::ui {

void CallPlanStepsModel::setSteps(const QList<CallPlanStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

void CallPlanStepsModel::setStep(int row, const CallPlanStep &step)
{
    if (row < 0 || row >= m_steps.size() || m_steps[row] == step)
        return;
    m_steps[row] = step;
    emit dataChanged(index(row), index(row));
    emit changed();
}

int CallPlanStepsModel::appendStep(const CallPlanStep &step)
{
    const int row = int(m_steps.size());
    beginInsertRows({}, row, row);
    m_steps << step;
    endInsertRows();
    emit changed();
    return row;
}

void CallPlanStepsModel::removeStep(int row)
{
    if (row < 0 || row >= m_steps.size())
        return;
    beginRemoveRows({}, row, row);
    m_steps.removeAt(row);
    for (auto &s : m_steps) {
        if (s.elseStep == row)
            s.elseStep = -1; // its target is gone: end the plan there instead
        else if (s.elseStep > row)
            --s.elseStep;
    }
    endRemoveRows();
    emit dataChanged(index(0), index(int(m_steps.size()) - 1));
    emit changed();
}

bool CallPlanStepsModel::moveStep(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_steps.size() || to >= m_steps.size() || from == to)
        return false;
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_steps.move(from, to);
    // Renumber the jumps: the step that was at old index i is now at newIndex(i).
    auto newIndex = [from, to](int i) {
        if (i == from)
            return to;
        if (from < to && i > from && i <= to)
            return i - 1;
        if (to < from && i >= to && i < from)
            return i + 1;
        return i;
    };
    for (auto &s : m_steps)
        if (s.elseStep >= 0)
            s.elseStep = newIndex(s.elseStep);
    endMoveRows();
    emit dataChanged(index(0), index(int(m_steps.size()) - 1));
    emit changed();
    return true;
}

QString CallPlanStepsModel::kindName(StepKind kind)
{
    switch (kind) {
    case StepKind::RingPhones: return tr("Ring phone accounts");
    case StepKind::Forward: return tr("Forward to external numbers");
    case StepKind::Voicemail: return tr("Voicemail");
    case StepKind::Email: return tr("Send an e-mail");
    case StepKind::OpeningHours: return tr("Opening hours");
    }
    return {};
}

QString CallPlanStepsModel::summary(const CallPlanStep &s)
{
    QStringList shown;
    for (const auto &t : s.targets)
        shown << (s.kind == StepKind::Email || t.startsWith(QLatin1Char('+')) ? t : QLatin1Char('+') + t);
    const QString targets = shown.isEmpty() ? tr("(none yet)") : shown.join(QStringLiteral(", "));
    switch (s.kind) {
    case StepKind::RingPhones: return tr("Ring %1 for %2 s").arg(targets).arg(s.timeoutSeconds);
    case StepKind::Forward: return tr("Forward to %1 for %2 s").arg(targets).arg(s.timeoutSeconds);
    case StepKind::Voicemail:
        return s.targets.isEmpty() ? tr("Voicemail box \"%1\"").arg(s.text) : tr("Voicemail box \"%1\", mailed to %2").arg(s.text, s.targets.join(QStringLiteral(", ")));
    case StepKind::Email: return tr("E-mail %1").arg(targets);
    case StepKind::OpeningHours:
        return s.elseStep < 0 ? tr("Open %1; else end").arg(s.text) : tr("Open %1; else go to step %2").arg(s.text).arg(s.elseStep + 1);
    }
    return {};
}

int CallPlanStepsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_steps.size()); }

QVariant CallPlanStepsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size() || role != Qt::DisplayRole)
        return {};
    return tr("%1. %2").arg(index.row() + 1).arg(summary(m_steps[index.row()]));
}

} // namespace centrale::ui
