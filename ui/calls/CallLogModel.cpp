#include "calls/CallLogModel.h"
#include "domain/Money.h"

#include <QDateTime>
#include <QLocale>

namespace centrale::ui {

namespace {
// E.164 digits get their '+'; anything else (anonymous, a SIP user) shows as stored.
QString number(const QString &digits)
{
    const bool allDigits = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    return allDigits ? QLatin1Char('+') + digits : digits;
}

QString duration(int secs)
{
    const QString mmss = QStringLiteral("%1:%2").arg((secs / 60) % 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
    return secs >= 3600 ? QStringLiteral("%1:%2").arg(secs / 3600).arg(mmss.rightJustified(5, QLatin1Char('0'))) : mmss;
}

bool sameCalls(const QList<CallRecord> &a, const QList<CallRecord> &b)
{
    // A record is written once, when its call has ended: the same ids are the same rows.
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const CallRecord &x, const CallRecord &y) { return x.id == y.id; });
}
} // namespace

void CallLogModel::setRecords(QList<CallRecord> records)
{
    if (sameCalls(m_records, records))
        return;
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int CallLogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_records.size()); }
int CallLogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString CallLogModel::display(const CallRecord &r, int column) const
{
    switch (column) {
    case Started:
        return QDateTime::fromMSecsSinceEpoch(r.startedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Direction:
        return r.direction == QLatin1String("inbound") ? tr("Inbound") : tr("Outbound");
    case Account:
        return r.owner.isEmpty() ? r.account : r.owner;
    case Caller:
        return number(r.caller);
    case Callee:
        return number(r.callee);
    case Duration:
        return r.answeredMs > 0 ? duration(r.durationSecs()) : tr("not answered");
    case Result:
        return r.reason.isEmpty() ? QString::number(r.sipStatus) : QStringLiteral("%1 %2").arg(QString::number(r.sipStatus), r.reason);
    case Cost: {
        QString amount = money::formatEuro(r.costMicros, 4);
        amount.replace(QLatin1Char('.'), QLocale().decimalPoint());
        return QStringLiteral("€ ") + amount;
    }
    }
    return {};
}

QVariant CallLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const CallRecord &r = m_records[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Cost)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Account)
            return tr("Account %1 (%2)").arg(r.account, r.accountRole);
        if (index.column() == Callee && !r.dialled.isEmpty())
            return tr("Dialled: %1").arg(r.dialled);
        if (index.column() == Started && r.answeredMs > 0)
            return tr("Answered %1, ended %2")
                .arg(QDateTime::fromMSecsSinceEpoch(r.answeredMs).toString(QStringLiteral("HH:mm:ss")),
                     QDateTime::fromMSecsSinceEpoch(r.endedMs).toString(QStringLiteral("HH:mm:ss")));
        return {};
    default:
        return {};
    }
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Start time");
    case Direction:
        return tr("Direction");
    case Account:
        return tr("Trunk / account");
    case Caller:
        return tr("Caller");
    case Callee:
        return tr("Callee");
    case Duration:
        return tr("Duration");
    case Result:
        return tr("Result");
    case Cost:
        return tr("Cost");
    }
    return {};
}

} // namespace centrale::ui
