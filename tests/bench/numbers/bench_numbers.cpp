// 100,000 numbers in a temporary database: how long the Numbers page takes to show them,
// and how long the filter takes per keystroke.
#include "numbers/NumberModel.h"
#include "numbers/NumbersPage.h"
#include "secrets/FileSecretStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

using namespace centrale;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    auto secrets = FileSecretStore::open(dir.filePath(QStringLiteral("secrets.json")));
    if (!db || !secrets)
        return 1;
    QStringList digits;
    for (int i = 0; i < 100000; ++i)
        digits << QStringLiteral("3150%1").arg(i, 7, 10, QLatin1Char('0'));
    QElapsedTimer t;
    t.start();
    if (auto s = NumberRepository(*db.value()).add(digits); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message()));
        return 1;
    }
    std::printf("insert 100000 numbers: %lld ms\n", t.restart());

    ui::NumbersPage page(ui::AppContext{*db.value(), *secrets.value(), nullptr});
    page.resize(1000, 700);
    page.show();
    QApplication::processEvents();
    const qint64 firstShow = t.elapsed();
    std::printf("show Numbers page (first paint, numbers still loading): %lld ms\n", firstShow);
    // The numbers arrive from a worker thread; the page stays responsive meanwhile.
    while (page.isLoading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    QApplication::processEvents();
    std::printf("all numbers in the table (loaded in the background, painted): %lld ms\n", t.restart());

    auto *filter = qobject_cast<ui::NumberFilter *>(page.view()->model());
    const QString typed = QStringLiteral("+3150001234");
    QString text;
    for (QChar c : typed) {
        text += c;
        t.restart();
        filter->setText(text);
        QApplication::processEvents();
        std::printf("filter \"%s\": %d rows, %lld ms\n", qPrintable(text), filter->rowCount(), t.elapsed());
    }
    t.restart();
    filter->setText(QString());
    filter->setFreeOnly(true);
    QApplication::processEvents();
    std::printf("free only: %d rows, %lld ms\n", filter->rowCount(), t.elapsed());
    return 0;
}
