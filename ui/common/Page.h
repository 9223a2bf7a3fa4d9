#pragma once
// A sidebar page: knows its title and reloads from the store when shown.
#include <QEvent>
#include <QWidget>

namespace centrale::ui {

class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual void reload() {}
    // True while data is still arriving from a worker thread (screenshots wait for it).
    virtual bool isLoading() const { return false; }

signals:
    void dataChanged(); // something in the store changed; other pages reload

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWidget::changeEvent(event);
    }
    virtual void retranslate() {}
};

} // namespace centrale::ui
