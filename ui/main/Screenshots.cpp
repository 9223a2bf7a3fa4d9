#include "main/Screenshots.h"
#include "common/Page.h"
#include "main/MainWindow.h"
#include "settings/LanguageSwitcher.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

namespace centrale::ui {

static const char *const kPageFiles[] = {"trunks", "numbers", "callplans", "phoneaccounts", "security", "calls", "settings", "help", "history", "migrations"};

bool writeScreenshots(MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    window.resize(1200, 750);
    window.show();
    const QString before = LanguageSwitcher::instance().current();
    bool ok = true;
    for (const QString &lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        LanguageSwitcher::instance().apply(lang);
        for (int i = 0; i < window.pages().size(); ++i) {
            window.showPage(i);
            QApplication::processEvents();
            while (window.pages()[i]->isLoading())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            const QString name = QStringLiteral("%1_%2.png").arg(QLatin1String(kPageFiles[i % std::size(kPageFiles)]), lang);
            ok = window.grab().save(QDir(dir).filePath(name)) && ok;
        }
    }
    LanguageSwitcher::instance().apply(before);
    return ok;
}

} // namespace centrale::ui
