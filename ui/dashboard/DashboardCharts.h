#pragma once
// The Dashboard's two charts (Qt Charts): calls per hour today, and spend per day per trunk
// over the last 7 days. Values are replaced in place on a refresh (no new series unless the
// trunks change), without animations, so a refresh every few seconds costs little.
#include "dashboard/DashboardSummary.h"
#include <QWidget>

class QBarSet;
class QBarSeries;
class QStackedBarSeries;
class QBarCategoryAxis;
class QValueAxis;
class QChart;
class QChartView;

namespace centrale::ui {

class DashboardCharts : public QWidget {
    Q_OBJECT
public:
    explicit DashboardCharts(QWidget *parent = nullptr);
    void setSummary(const DashboardSummary &s);
    void retranslate();

    QChart *callsChart() const { return m_callsChart; }
    QChart *spendChart() const { return m_spendChart; }
    QBarSet *callsSet() const { return m_callsSet; }
    QStackedBarSeries *spendSeries() const { return m_spendSeries; }

private:
    QChart *m_callsChart, *m_spendChart;
    QBarSeries *m_callsSeries;
    QBarSet *m_callsSet;
    QValueAxis *m_hourAxis;
    QBarCategoryAxis *m_dayAxis;
    QValueAxis *m_callsAxis, *m_euroAxis;
    QStackedBarSeries *m_spendSeries;
    QList<QDate> m_days;
};

} // namespace centrale::ui
