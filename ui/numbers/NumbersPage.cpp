#include "numbers/NumbersPage.h"
#include "common/BusyIndicator.h"
#include "common/EmptyHint.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "numbers/NumberModel.h"
#include "store/CallPlanRepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace centrale::ui {

NumbersPage::NumbersPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_model(new NumberModel(ctx.db, this)), m_filter(new NumberFilter(this)), m_search(new QLineEdit(this)),
      m_freeOnly(new QCheckBox(this)), m_unlink(new QPushButton(this)), m_view(new QTableView(this)), m_busy(new BusyIndicator(this)),
      m_empty(new EmptyHint(m_model, this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 200);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_freeOnly);
    top->addWidget(m_unlink);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(m_empty);
    layout->addWidget(m_view);
    auto showLoading = [this](bool loading) {
        if (loading)
            m_busy->start(tr("Loading numbers..."));
        else
            m_busy->stop();
        m_busy->setVisible(loading);
        m_empty->setLoading(loading);
    };
    connect(m_model, &NumberModel::loadingChanged, this, showLoading);
    connect(m_model, &NumberModel::loadFailed, this, [this](const QString &message) { m_busy->showError(message); m_busy->show(); });
    showLoading(m_model->isLoading());
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    m_unlink->setIcon(icon(QStringLiteral("unlink")));
    connect(m_search, &QLineEdit::textChanged, m_filter, &NumberFilter::setText);
    connect(m_freeOnly, &QCheckBox::toggled, m_filter, &NumberFilter::setFreeOnly);
    connect(m_unlink, &QPushButton::clicked, this, &NumbersPage::unlinkSelected);
    retranslate();
}

void NumbersPage::reload() { m_model->reload(); }
bool NumbersPage::isLoading() const { return m_model->isLoading(); }

void NumbersPage::run(PageCommand c)
{
    if (c == PageCommand::Delete)
        unlinkSelected(); // a number is never deleted here, only set free (asks first)
    else if (c == PageCommand::Filter)
        m_search->setFocus(Qt::ShortcutFocusReason);
}

void NumbersPage::unlinkSelected()
{
    const QModelIndex idx = m_filter->mapToSource(m_view->currentIndex());
    const NumberRecord *r = m_model->recordAt(idx.row());
    if (!r || r->owner.isFree())
        return;
    const NumberRecord rec = *r;
    if (rec.owner.kind != NumberOwner::Kind::CallPlan) {
        // Trunk and phone links belong to their own editors (a phone account IS its number).
        MessageBox::error(this, tr("Not unlinked"), tr("+%1 belongs to %2; change it there.").arg(rec.digits, rec.owner.describe()));
        return;
    }
    if (!MessageBox::confirm(this, tr("Unlink number"), tr("Unlink +%1 from %2? It becomes free.").arg(rec.digits, rec.owner.describe())))
        return;
    if (auto s = CallPlanRepository(m_ctx.db).unlinkNumber(rec.digits); !s)
        MessageBox::error(this, tr("Not unlinked"), s.message());
    reload();
    emit dataChanged();
}

void NumbersPage::retranslate()
{
    m_search->setPlaceholderText(tr("Filter numbers or what they are linked to"));
    m_search->setAccessibleName(tr("Filter"));
    m_freeOnly->setText(tr("&Free only"));
    m_unlink->setText(tr("&Unlink"));
    m_unlink->setAccessibleName(tr("Unlink selected number"));
    m_view->setAccessibleName(tr("Numbers"));
    // Numbers arrive with a trunk or a phone account (or centralectl number add).
    m_empty->setTexts(tr("No numbers yet — they are added with a trunk, a phone account or centralectl number add"));
}

} // namespace centrale::ui
