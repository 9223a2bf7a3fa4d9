#pragma once
// A sidebar page: knows its title and reloads from the store when shown.
#include <QEvent>
#include <QWidget>

namespace centrale::ui {

// Keyboard commands the main window sends to the page shown (Ctrl+N, Del, Ctrl+F).
enum class PageCommand { New, Delete, Filter };

class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual void reload() {}
    // True while data is still arriving from a worker thread (screenshots wait for it).
    virtual bool isLoading() const { return false; }
    // The icon in the sidebar (see resources/icons); empty: a generic page icon.
    virtual QString iconName() const { return {}; }
    // Which keyboard commands this page answers; Delete asks first (MessageBox::confirm).
    virtual bool supports(PageCommand) const { return false; }
    virtual void run(PageCommand) {}

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
