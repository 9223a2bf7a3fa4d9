#include "common/MessageBox.h"

namespace centrale::ui {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = std::exchange(s_nextAnswer, QMessageBox::NoButton);
        return answer == QMessageBox::Yes || answer == QMessageBox::Ok;
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void MessageBox::error(QWidget *parent, const QString &title, const QString &text)
{
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBox::info(QWidget *parent, const QString &title, const QString &text)
{
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::information(parent, title, text);
}

} // namespace centrale::ui
