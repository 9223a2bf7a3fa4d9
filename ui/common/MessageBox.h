#pragma once
// Every confirmation goes through here so tests can answer it without a modal loop
// (the KeePassXC MessageBox::setNextAnswer idea).
#include <QMessageBox>

namespace centrale::ui {

class MessageBox {
public:
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    static void error(QWidget *parent, const QString &title, const QString &text);
    static void info(QWidget *parent, const QString &title, const QString &text);
    // The next dialog returns this answer immediately instead of showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static QMessageBox::StandardButton s_nextAnswer;
};

} // namespace centrale::ui
