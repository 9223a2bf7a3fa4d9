#pragma once
// The call log (gesprekken): newest calls first, filtered by text and direction, kept
// fresh every two seconds while shown, loaded off the GUI thread, exportable as CSV.
#include "common/AppContext.h"
#include "common/Page.h"
#include "store/CallLogRepository.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace centrale::ui {

class CallLogModel;
class CallLogLoader;

class CallsPage : public Page {
    Q_OBJECT
public:
    explicit CallsPage(const AppContext &ctx, QWidget *parent = nullptr);
    ~CallsPage() override;
    QString title() const override { return tr("Calls"); }
    QString iconName() const override { return QStringLiteral("calls"); }
    bool supports(PageCommand c) const override { return c == PageCommand::Filter; }
    void run(PageCommand c) override;
    void reload() override;

    CallLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;
    void exportCsv();
    void traceSelected(); // the selected call's SIP ladder

signals:
    void loadRequested(quint64 generation, const centrale::CallLogFilter &filter);
    void refreshed(); // a load finished and the table shows its result (tests wait on it)

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate() override;
    void requestLoad(bool showLoading);
    void onLoaded(quint64 generation, const QList<centrale::CallRecord> &records, const QString &error);
    void updateStatus();
    CallLogFilter currentFilter() const;

    AppContext m_ctx;
    CallLogModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_direction;
    QPushButton *m_export;
    QPushButton *m_trace;
    QTableView *m_view;
    QLabel *m_status;
    QTimer *m_timer;
    QThread *m_thread;
    CallLogLoader *m_loader;
    quint64 m_generation = 0; // of the newest request; older results are dropped
    bool m_busy = false;      // a load is running
    bool m_again = false;     // another load was asked for meanwhile
    bool m_loading = false;   // show "Loading…" until the next result
    QString m_error;
    QString m_exported;       // result of the last export, shown in the status line
};

} // namespace centrale::ui
