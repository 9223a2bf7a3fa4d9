#include "dashboard/DashboardCharts.h"
#include "settings/LanguageSwitcher.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>


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

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent)
    : QWidget(parent), m_callsChart(new QChart), m_spendChart(new QChart), m_callsSeries(new QBarSeries), m_callsSet(new QBarSet(QString())),
      m_hourAxis(new QValueAxis), m_dayAxis(new QBarCategoryAxis), m_callsAxis(new QValueAxis), m_euroAxis(new QValueAxis),
      m_spendSeries(new QStackedBarSeries)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(viewFor(m_callsChart, this), 1);
    layout->addWidget(viewFor(m_spendChart, this), 1);

    for (int h = 0; h < 24; ++h)
        *m_callsSet << 0;
    m_callsSeries->append(m_callsSet);
    m_callsSeries->setBarWidth(0.8);
    m_callsChart->addSeries(m_callsSeries);
    // Qt Charts elides a category label wider than its bar slot, and 24 hours leave ~15 px
    // each: a value axis labels every third hour instead.
    m_hourAxis->setRange(-0.5, 23.5);
    m_hourAxis->setTickType(QValueAxis::TicksDynamic);
    m_hourAxis->setTickAnchor(0);
    m_hourAxis->setTickInterval(3);
    m_hourAxis->setLabelFormat(QStringLiteral("%d"));
    m_hourAxis->setGridLineVisible(false);
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
    m_spendChart->legend()->setAlignment(Qt::AlignRight); // trunk names are long
    // Qt Charts elides a category label wider than (most of) its slot: small day labels.
    QFont small = m_dayAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_dayAxis->setLabelsFont(small);
    m_spendChart->legend()->setFont(small);
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
    m_callsAxis->setRange(0, qMax(callsMax, 4));
    m_callsAxis->applyNiceNumbers();

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
    m_euroAxis->setRange(0, qMax(1.0, totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end())));
    m_euroAxis->applyNiceNumbers();
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
    // Day names in the language the console speaks, not the system's.
    const QLocale locale = LanguageSwitcher::instance().locale();
    QStringList days;
    for (const QDate &d : m_days)
        days << locale.toString(d, QStringLiteral("ddd")); // seven distinct weekdays; dates do not fit
    m_dayAxis->setCategories(days);
}

} // namespace centrale::ui
