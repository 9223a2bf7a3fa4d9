#pragma once
// The Dashboard's "Attention" list: things an administrator should act on soon (an overdue
// migration task, a porting date next week). Each feature that has such things implements
// one source and registers it with the Dashboard page (DashboardPage::addAttentionSource);
// sources run on the Dashboard's worker thread with that thread's own database connection.
#include "store/Database.h"
#include <QDateTime>
#include <QList>
#include <QString>

namespace centrale {

struct AttentionItem {
    QDateTime due;   // when it is (or was) due; items are shown soonest first
    QString text;    // one translated line: "Porting of +31 50 205 3031 on 12 Dec (in 3 days)"
    QString page;    // class name of the page that deals with it ("MigrationsPage"), or empty
    bool overdue = false;
};

class AttentionSource {
public:
    virtual ~AttentionSource() = default;
    // Must be thread-safe (it is called on a worker thread) and quick (one or two queries).
    virtual Result<QList<AttentionItem>> attentionItems(Database &db, const QDateTime &now) const = 0;
};

} // namespace centrale
