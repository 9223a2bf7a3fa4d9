#pragma once
// "Saving..." with a moving bar while work runs on a worker thread, and the error in
// readable words when it fails.
#include <QWidget>

class QLabel;
class QProgressBar;

namespace centrale::ui {

class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);
    void start(const QString &text);
    void stop();
    void showError(const QString &text);
    bool isBusy() const;
    QString text() const;

private:
    QProgressBar *m_bar;
    QLabel *m_text;
};

} // namespace centrale::ui
