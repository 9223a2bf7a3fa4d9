#pragma once
// The console: a sidebar of pages and a status bar with the engine's state.
#include "common/AppContext.h"
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
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
    // Every menu action (the shortcut overview lists those with keys).
    QList<QAction *> commandActions() const;
    void showShortcuts();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addPage(Page *page);
    void updateStatus();
    void retranslate();
    void createMenus();
    void updateCommands(); // enable Ctrl+N / Del / Ctrl+F as the page shown supports them
    Page *currentPage() const;
    AppContext m_ctx;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QList<Page *> m_pages;
    DashboardPage *m_dashboard = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QList<QAction *> m_goActions; // one per page, Ctrl+1..9 for the first nine
    QAction *m_newAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
};

} // namespace centrale::ui
