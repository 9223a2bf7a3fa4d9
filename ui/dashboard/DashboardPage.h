#pragma once
// The Dashboard, the first page: the whole system at a glance. Store figures are read by
// DashboardSummary::load on a worker thread every few seconds while the page is shown;
// registrations, the carrier and calls now come from the status feed as they change.
#include "common/AppContext.h"
#include "common/FittingTableView.h"
#include "common/Page.h"
#include "dashboard/DashboardSummary.h"

#include <QHash>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QTimer;

namespace centrale::ui {

class DashboardCharts;
class TrunkRegistrationModel;

class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(const AppContext &ctx, QWidget *parent = nullptr);
    ~DashboardPage() override;
    QString title() const override { return tr("Dashboard"); }
    QString iconName() const override { return QStringLiteral("dashboard"); }
    void reload() override;
    bool isLoading() const override { return m_loading || !m_loaded; }

    // Where features with deadlines (migration tasks, porting dates) feed the Attention list.
    void addAttentionSource(std::shared_ptr<const AttentionSource> source);
    // The time the figures are computed for; tests pin it (default: the clock).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    const DashboardSummary &summary() const { return m_summary; }
    QLabel *figure(const QString &key) const { return m_figures.value(key); }
    QProgressBar *dayBar() const { return m_dayBar; }
    QProgressBar *weekBar() const { return m_weekBar; }
    FittingTableView *trunkView() const { return m_trunkView; }
    QListWidget *alertList() const { return m_alerts; }
    QListWidget *attentionList() const { return m_attention; }
    DashboardCharts *charts() const { return m_charts; }

signals:
    void refreshed();                          // new figures are shown (tests wait on it)
    void navigate(const QString &pageClass);   // an Attention item asks for its page

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate() override;
    void applyLive();
    void render();
    QLabel *addFigure(const QString &key);

    AppContext m_ctx;
    DashboardSummary m_summary;
    QList<std::shared_ptr<const AttentionSource>> m_sources;
    std::function<QDateTime()> m_clock;
    bool m_loading = false, m_loaded = false;
    QHash<QString, QLabel *> m_figures;      // value labels by key
    QHash<QString, QLabel *> m_figureTitles; // their captions
    QProgressBar *m_dayBar, *m_weekBar;
    TrunkRegistrationModel *m_trunkModel;
    FittingTableView *m_trunkView;
    QListWidget *m_alerts, *m_attention;
    QLabel *m_trunksTitle, *m_alertsTitle, *m_attentionTitle, *m_updated;
    DashboardCharts *m_charts;
    QTimer *m_timer, *m_liveTimer;
};

} // namespace centrale::ui
