#pragma once
// Long work (keychain, SQLite writes, big reads) off the GUI thread. The job gets a
// database connection of its own, because a Database is one connection and belongs to
// the thread that opened it; done runs on context's thread, and not at all when context
// is gone by then.
#include "store/Database.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace centrale::ui {

template <typename T>
void runInBackground(QObject *context, const QString &dbPath, std::function<Result<T>(Database &)> job, std::function<void(Result<T>)> done)
{
    auto *watcher = new QFutureWatcher<Result<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([dbPath, job]() -> Result<T> {
        auto db = Database::openConnection(dbPath);
        if (!db)
            return db.error();
        return job(*db.value());
    }));
}

} // namespace centrale::ui
