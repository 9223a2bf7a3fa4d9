#include "main/MainWindow.h"

#include <QEvent>
#include <QLabel>

namespace centrale::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setCentralWidget(new QLabel(this));
    resize(1100, 700);
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Centrale"));
    static_cast<QLabel *>(centralWidget())->setText(tr("Trunks, numbers and call plans"));
}

} // namespace centrale::ui
