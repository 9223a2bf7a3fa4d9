#include "main/Screenshots.h"
#include "common/Page.h"
#include "main/MainWindow.h"
#include "settings/LanguageSwitcher.h"

#include "sip/StatusFeed.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPixmap>

namespace centrale::ui {

// "centrale::ui::PhoneAccountsPage" -> "phoneaccounts": a new page gets its own file name.
static QString pageFileName(const QObject *page)
{
    QString name = QLatin1String(page->metaObject()->className());
    name = name.mid(name.lastIndexOf(QLatin1Char(':')) + 1);
    if (name.endsWith(QLatin1String("Page")))
        name.chop(4);
    return name.toLower();
}

// Layouts settle over several passes after a language switch or a page change; one pass
// leaves buttons at their old (English) widths in the picture.
static void settle()
{
    for (int pass = 0; pass < 5; ++pass)
        QApplication::processEvents();
}

bool waitForLiveStatus(const StatusFeed *feed, int timeoutMs)
{
    if (!feed)
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (!feed->isRunning() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return feed->isRunning();
}

bool writeScreenshots(MainWindow &window, const QString &dir, const StatusFeed *feed)
{
    QDir().mkpath(dir);
    if (feed && !waitForLiveStatus(feed, 10000))
        qWarning("centrale: no engine reported its status within 10 s; the screenshots show it as not running");
    window.resize(1200, 750);
    window.show();
    const QString before = LanguageSwitcher::instance().current();
    bool ok = true;
    for (const QString &lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        LanguageSwitcher::instance().apply(lang);
        settle();
        for (int i = 0; i < window.pages().size(); ++i) {
            window.showPage(i);
            settle();
            QDeadlineTimer pageDeadline(15000);
            while (window.pages()[i]->isLoading() && !pageDeadline.hasExpired())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            settle();
            const QString name = QStringLiteral("%1_%2.png").arg(pageFileName(window.pages()[i]), lang);
            ok = window.grab().save(QDir(dir).filePath(name)) && ok;
        }
    }
    LanguageSwitcher::instance().apply(before);
    return ok;
}

} // namespace centrale::ui
