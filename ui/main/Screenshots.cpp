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

static const char *const kPageFiles[] = {"dashboard", "trunks", "numbers", "callplans", "phoneaccounts", "security", "calls", "settings", "help", "history"};

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
        for (int i = 0; i < window.pages().size(); ++i) {
            window.showPage(i);
            QApplication::processEvents();
            QDeadlineTimer pageDeadline(15000);
            while (window.pages()[i]->isLoading() && !pageDeadline.hasExpired())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            const QString name = QStringLiteral("%1_%2.png").arg(QLatin1String(kPageFiles[i % std::size(kPageFiles)]), lang);
            ok = window.grab().save(QDir(dir).filePath(name)) && ok;
        }
    }
    LanguageSwitcher::instance().apply(before);
    return ok;
}

} // namespace centrale::ui
