// At 1280x800, in English and in Dutch, no page cuts off a button, a tab, a column header
// or a sidebar entry: each gets at least the width its text needs (font metrics), and
// every column of a list is on screen without scrolling sideways. The Dashboard's
// "Registrations per trunk" table shows long trunk names whole, and its spend chart names
// the days in the console's language.
#include "common/Page.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/TrunkRegistrationModel.h"
#include "domain/CallPlan.h"
#include "main/MainWindow.h"
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "settings/LanguageSwitcher.h"
#include "store/CallPlanRepository.h"
#include "store/NumberRepository.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QListWidget>
#include <QRegularExpression>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>

using namespace centrale;
using namespace centrale::ui;

namespace {

// The text as drawn: mnemonic '&' removed, "&&" shown as '&'.
QString shown(QString s)
{
    s.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
    return s;
}

bool insideScrollArea(const QWidget *w, const QWidget *top)
{
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    return false;
}

class Checker {
public:
    Checker(QWidget *window, QString where) : m_window(window), m_where(std::move(where)) {}
    QStringList problems;
    int buttons = 0, tabCount = 0, columns = 0; // what was measured

    void check(QWidget *page)
    {
        for (auto *b : page->findChildren<QAbstractButton *>())
            if (b->isVisible() && !b->text().isEmpty())
                button(b);
        for (auto *bar : page->findChildren<QTabBar *>())
            if (bar->isVisible())
                tabs(bar);
        for (auto *h : page->findChildren<QHeaderView *>())
            if (h->isVisible() && h->orientation() == Qt::Horizontal && h->model())
                header(h);
    }

    void sidebar(QListWidget *list)
    {
        const QFontMetrics fm(list->font());
        for (int i = 0; i < list->count(); ++i) {
            const QString text = list->item(i)->text();
            const int need = fm.horizontalAdvance(text) + list->iconSize().width() + 8;
            if (need > list->viewport()->width())
                problems << QStringLiteral("%1: sidebar entry \"%2\" needs %3 px, has %4").arg(m_where, text).arg(need).arg(list->viewport()->width());
        }
    }

private:
    void button(QAbstractButton *b)
    {
        ++buttons;
        // sizeHint = text width from the font metrics + icon + the style's margins.
        if (b->width() < b->sizeHint().width())
            problems << QStringLiteral("%1: button \"%2\" is %3 px wide, its text needs %4").arg(m_where, shown(b->text())).arg(b->width()).arg(b->sizeHint().width());
        const QRect onWindow(b->mapTo(m_window, QPoint(0, 0)), b->size());
        if (!insideScrollArea(b, m_window) && !m_window->rect().contains(onWindow))
            problems << QStringLiteral("%1: button \"%2\" is partly outside the window").arg(m_where, shown(b->text()));
    }

    void tabs(QTabBar *bar)
    {
        const QFontMetrics fm(bar->font());
        const int space = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
        for (int i = 0; i < bar->count(); ++i) {
            ++tabCount;
            const QString text = shown(bar->tabText(i));
            const int iconWidth = bar->tabIcon(i).isNull() ? 0 : bar->iconSize().width() + 4;
            const int need = fm.horizontalAdvance(text) + space + iconWidth;
            const QRect r = bar->tabRect(i);
            if (r.width() < need)
                problems << QStringLiteral("%1: tab \"%2\" is %3 px wide, its text needs %4").arg(m_where, text).arg(r.width()).arg(need);
            if (r.right() >= bar->width())
                problems << QStringLiteral("%1: tab \"%2\" is beyond the tab bar's edge").arg(m_where, text);
        }
    }

    void header(QHeaderView *h)
    {
        const QFontMetrics fm(h->font());
        const int margin = 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
        const int sort = h->isSortIndicatorShown() ? h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h) : 0;
        const int viewport = h->viewport()->width();
        for (int i = 0; i < h->count(); ++i) {
            if (h->isSectionHidden(i))
                continue;
            ++columns;
            const QString text = h->model()->headerData(i, Qt::Horizontal).toString();
            const int need = fm.horizontalAdvance(text) + margin + sort;
            if (h->sectionSize(i) < need)
                problems << QStringLiteral("%1: column \"%2\" is %3 px wide, its header needs %4").arg(m_where, text).arg(h->sectionSize(i)).arg(need);
            if (h->sectionPosition(i) + h->sectionSize(i) > viewport)
                problems << QStringLiteral("%1: column \"%2\" ends at %3 px, beyond the visible %4 px").arg(m_where, text).arg(h->sectionPosition(i) + h->sectionSize(i)).arg(viewport);
        }
    }

    QWidget *m_window;
    QString m_where;
};

// Every cell of the Dashboard's trunk table gets the width its text needs, as the view's
// delegate measures it (font metrics and margins); counts the cells in cells.
QStringList trunkTableProblems(QTableView *view, const QString &where, int &cells)
{
    QStringList problems;
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            ++cells;
            const QModelIndex i = model->index(r, c);
            const int need = view->sizeHintForIndex(i).width() + (view->showGrid() ? 1 : 0); // the grid line is the cell's
            if (view->columnWidth(c) < need)
                problems << QStringLiteral("%1 Dashboard: trunk table cell \"%2\" is %3 px wide, its text needs %4").arg(where, i.data().toString()).arg(view->columnWidth(c)).arg(need);
        }
    return problems;
}

// The spend chart's day labels are the last seven days' short names in the console's
// language (seven days in a row: each weekday once).
QStringList dayLabelProblems(DashboardCharts *charts, const QString &where, bool dutch)
{
    const auto axes = charts->spendChart()->axes(Qt::Horizontal);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    if (!axis)
        return {where + QStringLiteral(" Dashboard: the spend chart has no day axis")};
    const QLocale locale(dutch ? QLocale::Dutch : QLocale::English, dutch ? QLocale::Netherlands : QLocale::UnitedStates);
    QStringList want;
    for (int d = 0; d < 7; ++d)
        want << locale.toString(QDate::currentDate().addDays(-d), QStringLiteral("ddd"));
    QStringList shown = axis->categories();
    want.sort();
    shown.sort();
    if (shown != want)
        return {QStringLiteral("%1 Dashboard: the spend chart's days are %2, not %3").arg(where, shown.join(QLatin1Char(' ')), want.join(QLatin1Char(' ')))};
    return {};
}

} // namespace

class TestNoElision : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void textsFit_data();
    void textsFit();
    void textsFitAfterSwitching(); // the language switched at run time, as on the Settings page

private:
    QStringList measure(MainWindow &window, const QString &lang);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestNoElision::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CentraleTest")); // keep the user's QSettings alone
    LanguageSwitcher::instance().setDirectory(QStringLiteral(CENTRALE_QM_DIR));
    auto db = Database::open(m_dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(db);
    m_db = std::move(db.value());
    auto secrets = FileSecretStore::open(m_dir.filePath(QStringLiteral("secrets.json")));
    QVERIFY(secrets);
    m_secrets = std::move(secrets.value());

    // Realistic rows, so columns sized to their contents are measured with contents.
    QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031"), QStringLiteral("31502053040")}));
    Trunk t;
    t.name = QStringLiteral("Kantoor Amsterdam");
    t.brand = PbxBrand::Other;
    t.ipWhitelist << IpNetwork::parse(QStringLiteral("192.0.2.10")).value() << IpNetwork::parse(QStringLiteral("198.51.100.0/28")).value();
    t.numbers << TrunkNumber{QStringLiteral("31502053031"), true, true};
    t.primary.username = Trunk::defaultPrimaryUsername(QStringLiteral("31502053031"));
    t.secondary.username = Trunk::defaultSecondaryUsername(QStringLiteral("31502053031"));
    auto created = AccountService(*m_db, *m_secrets).createTrunk(t, {});
    QVERIFY2(created, qPrintable(created.message()));
    // Long names, as customers' trunks are often called: the Dashboard's table shows them whole.
    const QStringList longNames{QStringLiteral("Advocatenkantoor Van den Berg & Partners"), QStringLiteral("Tandartspraktijk De Vries-Hoogeveen")};
    for (int i = 0; i < longNames.size(); ++i) {
        const QString number = QStringLiteral("3150205305%1").arg(i);
        QVERIFY(NumberRepository(*m_db).add({number}));
        Trunk more = t;
        more.name = longNames[i];
        more.numbers = {TrunkNumber{number, true, true}};
        more.primary.username = Trunk::defaultPrimaryUsername(number);
        more.secondary.username = Trunk::defaultSecondaryUsername(number);
        auto added = AccountService(*m_db, *m_secrets).createTrunk(more, {});
        QVERIFY2(added, qPrintable(added.message()));
    }
    PhoneAccount p;
    p.number = QStringLiteral("31502053040");
    p.account.username = p.number;
    p.channels = 2;
    auto phone = AccountService(*m_db, *m_secrets).createPhone(p, {});
    QVERIFY2(phone, qPrintable(phone.message()));
    CallPlan plan;
    plan.name = QStringLiteral("Receptie");
    auto added = CallPlanRepository(*m_db).add(plan);
    QVERIFY2(added, qPrintable(added.message()));
}

void TestNoElision::cleanupTestCase()
{
    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    m_secrets.reset();
    m_db.reset();
}

void TestNoElision::textsFit_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("nl") << QStringLiteral("nl");
}

void TestNoElision::textsFit()
{
    QFETCH(QString, lang);
    LanguageSwitcher::instance().apply(lang);
    MainWindow window(AppContext{*m_db, *m_secrets, nullptr});
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList problems = measure(window, lang);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestNoElision::textsFitAfterSwitching()
{
    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    MainWindow window(AppContext{*m_db, *m_secrets, nullptr});
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;
    for (const QString &lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        LanguageSwitcher::instance().apply(lang);
        QCoreApplication::processEvents();
        problems << measure(window, lang + QStringLiteral(" (switched)"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

QStringList TestNoElision::measure(MainWindow &window, const QString &where)
{
    const bool dutch = where.startsWith(QLatin1String("nl"));
    QStringList problems;
    // The translation is really in use (else "nl" would only test English twice).
    bool translated = false;
    for (int i = 0; i < window.sidebar()->count(); ++i)
        translated = translated || window.sidebar()->item(i)->text() == (dutch ? QStringLiteral("Nummers") : QStringLiteral("Numbers"));
    if (!translated)
        problems << where + QStringLiteral(": the translation is not loaded");
    if (window.size() != QSize(1280, 800)) // the layouts' minimum fits the screen
        problems << QStringLiteral("%1: the window needs %2x%3").arg(where).arg(window.width()).arg(window.height());
    const QString lang = where;
    int buttons = 0, tabCount = 0, columns = 0, trunkCells = 0;
    Checker side(&window, lang);
    side.sidebar(window.sidebar());
    problems << side.problems;
    for (int i = 0; i < window.pages().size(); ++i) {
        window.showPage(i);
        Page *page = window.pages()[i];
        if (!QTest::qWaitFor([page] { return !page->isLoading(); }, 10000))
            problems << QStringLiteral("%1 %2: still loading after 10 s").arg(where, page->title());
        QCoreApplication::processEvents();
        // Every tab of the page's tab widgets, one after the other.
        QList<std::pair<QTabWidget *, int>> tabStops{{nullptr, 0}};
        for (auto *tabs : page->findChildren<QTabWidget *>())
            for (int t = 1; t < tabs->count(); ++t)
                tabStops.append({tabs, t});
        for (const auto &[tabs, t] : tabStops) {
            if (tabs)
                tabs->setCurrentIndex(t);
            QCoreApplication::processEvents();
            const QString place = QStringLiteral("%1 %2%3").arg(lang, page->title(), tabs ? QStringLiteral(" / ") + shown(tabs->tabText(t)) : QString());
            Checker c(&window, place);
            c.check(page);
            problems << c.problems;
            if (auto *dashboard = qobject_cast<DashboardPage *>(page)) {
                problems << trunkTableProblems(dashboard->trunkView(), lang, trunkCells);
                problems << dayLabelProblems(dashboard->findChild<DashboardCharts *>(), lang, dutch);
            }
            buttons += c.buttons;
            tabCount += c.tabCount;
            columns += c.columns;
        }
        for (auto *tabs : page->findChildren<QTabWidget *>())
            tabs->setCurrentIndex(0);
    }
    // The pages really were measured (a page that failed to show would pass silently).
    if (buttons < 40 || tabCount < 20 || columns < 25)
        problems << QStringLiteral("%1: only %2 buttons, %3 tabs, %4 columns measured").arg(where).arg(buttons).arg(tabCount).arg(columns);
    if (trunkCells < 3 * TrunkRegistrationModel::ColumnCount) // three trunks, every column
        problems << QStringLiteral("%1: only %2 cells of the Dashboard's trunk table measured").arg(where).arg(trunkCells);
    qInfo("%s: %d buttons, %d tabs, %d column headers measured", qPrintable(lang), buttons, tabCount, columns);
    problems.removeDuplicates();
    return problems;
}

QTEST_MAIN(TestNoElision)
#include "tst_noelision.moc"
