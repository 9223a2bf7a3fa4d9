#include "security/CountryPickerDialog.h"
#include "security/RegionListModel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace centrale::ui {

CountryPickerDialog::CountryPickerDialog(const QStringList &present, QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QListView(this)), m_filter(new QSortFilterProxyModel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add countries"));
    m_filter->setSourceModel(new RegionListModel(present, this));
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_search->setPlaceholderText(tr("Search a country or its code"));
    m_search->setAccessibleName(tr("Search countries"));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Countries"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);
    auto *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add"));
    ok->setEnabled(false);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, ok] { ok->setEnabled(m_list->selectionModel()->hasSelection()); });
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(360, 480);
}

QStringList CountryPickerDialog::selectedRegions() const
{
    QStringList out;
    for (const auto &idx : m_list->selectionModel()->selectedRows())
        out << idx.data(RegionListModel::RegionRole).toString();
    return out;
}

} // namespace centrale::ui
