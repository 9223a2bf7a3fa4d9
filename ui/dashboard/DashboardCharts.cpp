#include "dashboard/DashboardCharts.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace centrale::ui {

namespace {
QChartView *viewFor(QChart *chart, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// A round axis maximum (1, 2, 5 × 10^n) so the grid lines fall on readable values.
double niceMax(double v)
{
    if (v <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (v <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}
} // namespace

DashboardCharts::DashboardCharts(QWidget *parent)
    : QWidget(parent), m_callsChart(new QChart), m_spendChart(new QChart), m_callsSeries(new QBarSeries), m_callsSet(new QBarSet(QString())),
      m_hourAxis(new QBarCategoryAxis), m_dayAxis(new QBarCategoryAxis), m_callsAxis(new QValueAxis), m_euroAxis(new QValueAxis),
      m_spendSeries(new QStackedBarSeries)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(viewFor(m_callsChart, this), 1);
    layout->addWidget(viewFor(m_spendChart, this), 1);

    QStringList hours;
    for (int h = 0; h < 24; ++h) {
        hours << QString::number(h);
        *m_callsSet << 0;
    }
    m_callsSeries->append(m_callsSet);
    m_callsSeries->setBarWidth(0.8);
    m_callsChart->addSeries(m_callsSeries);
    m_hourAxis->append(hours);
    m_callsChart->addAxis(m_hourAxis, Qt::AlignBottom);
    m_callsChart->addAxis(m_callsAxis, Qt::AlignLeft);
    m_callsSeries->attachAxis(m_hourAxis);
    m_callsSeries->attachAxis(m_callsAxis);
    m_callsAxis->setLabelFormat(QStringLiteral("%d"));
    m_callsAxis->setRange(0, 1);
    m_callsChart->legend()->hide();

    m_spendChart->addSeries(m_spendSeries);
    m_spendChart->addAxis(m_dayAxis, Qt::AlignBottom);
    m_spendChart->addAxis(m_euroAxis, Qt::AlignLeft);
    m_spendSeries->attachAxis(m_dayAxis);
    m_spendSeries->attachAxis(m_euroAxis);
    m_euroAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_euroAxis->setRange(0, 1);
    retranslate();
}

void DashboardCharts::setSummary(const DashboardSummary &s)
{
    int callsMax = 0;
    for (int h = 0; h < m_callsSet->count(); ++h) {
        const int v = s.callsPerHour.value(h);
        if (m_callsSet->at(h) != v)
            m_callsSet->replace(h, v);
        callsMax = qMax(callsMax, v);
    }
    m_callsAxis->setRange(0, niceMax(callsMax));
    m_callsAxis->setTickCount(callsMax <= 4 ? int(niceMax(callsMax)) + 1 : 6);

    // One bar set per trunk, in name order; rebuilt only when the trunks differ.
    QStringList trunks = s.trunkSpendPerDay.keys();
    std::sort(trunks.begin(), trunks.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QStringList current;
    for (auto *set : m_spendSeries->barSets())
        current << set->label();
    if (current != trunks) {
        m_spendSeries->clear();
        for (const QString &t : trunks) {
            auto *set = new QBarSet(t);
            for (int d = 0; d < s.days.size(); ++d)
                *set << 0;
            m_spendSeries->append(set);
        }
    }
    QList<double> totals(s.days.size(), 0.0);
    const auto sets = m_spendSeries->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        const auto values = s.trunkSpendPerDay.value(trunks[i]);
        for (int d = 0; d < s.days.size() && d < sets[i]->count(); ++d) {
            const double euro = values.value(d) / 1e6;
            if (!qFuzzyCompare(sets[i]->at(d) + 1, euro + 1))
                sets[i]->replace(d, euro);
            totals[d] += euro;
        }
    }
    m_euroAxis->setRange(0, niceMax(totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end())));
    if (m_days != s.days) {
        m_days = s.days;
        retranslate(); // the day labels
    }
}

void DashboardCharts::retranslate()
{
    m_callsChart->setTitle(tr("Calls per hour today"));
    m_spendChart->setTitle(tr("Spend per day per trunk (EUR)"));
    m_callsSet->setLabel(tr("Calls"));
    m_hourAxis->setTitleText(tr("Hour"));
    QStringList days;
    for (const QDate &d : m_days)
        days << QLocale().toString(d, QStringLiteral("ddd d"));
    m_dayAxis->setCategories(days);
}

} // namespace centrale::ui
