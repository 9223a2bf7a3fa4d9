#pragma once
// History: every change to the configuration (console, command line, imports, engine),
// filtered by text, object kind, interface and date, loaded off the GUI thread; Undo
// puts a change (or a whole import) back after a confirmation, or says why it cannot.
#include "common/AppContext.h"
#include "common/Page.h"
#include "store/AuditEntry.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace centrale::ui {

class HistoryModel;

class HistoryPage : public Page {
    Q_OBJECT
public:
    explicit HistoryPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("History"); }
    QString iconName() const override { return QStringLiteral("history"); }
    bool supports(PageCommand c) const override { return c == PageCommand::Filter; }
    void run(PageCommand c) override;
    void reload() override;
    bool isLoading() const override { return m_busy; }

    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *interfaceFilter() const { return m_interface; }
    QDateEdit *sinceFilter() const { return m_since; }
    QPushButton *undoButton() const { return m_undo; }
    QString statusText() const;
    void undoSelected();

signals:
    void refreshed(); // a load finished (tests wait on it)
    void undoFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate() override;
    void requestLoad();
    void updateButtons();
    AuditFilter currentFilter() const;

    AppContext m_ctx;
    HistoryModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_interface;
    QDateEdit *m_since;
    QPushButton *m_undo;
    QTableView *m_view;
    QLabel *m_status;
    bool m_busy = false;
    bool m_again = false;
    bool m_undoing = false;
    QString m_error;
    QString m_result; // of the last undo
};

} // namespace centrale::ui
