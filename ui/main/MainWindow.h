#pragma once
// The console: a sidebar of pages and a status bar with the engine's state.
#include "common/AppContext.h"
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace centrale::ui {

class DashboardPage;
class Page;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // feed may be null: the status bar then says the engine is not running.
    explicit MainWindow(const AppContext &ctx, QWidget *parent = nullptr);
    ~MainWindow() override;
    QList<Page *> pages() const { return m_pages; }
    void showPage(int index);
    QListWidget *sidebar() const { return m_sidebar; }
    // The first page; features with deadlines add their AttentionSource to it.
    DashboardPage *dashboard() const { return m_dashboard; }
    void showPageOfClass(const QString &pageClass);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addPage(Page *page);
    void updateStatus();
    void retranslate();
    AppContext m_ctx;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QList<Page *> m_pages;
    DashboardPage *m_dashboard = nullptr;
};

} // namespace centrale::ui
