#include "migrations/MigrationsPage.h"
#include "letters/MigrationLetter.h"
#include "common/FileDialog.h"
#include "domain/PhoneNumber.h"
#include "migrations/MigrationModels.h"
#include "store/MigrationRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace centrale::ui {

namespace {

const QDate kNoDate(2000, 1, 1); // a date field's "none" (shown as special text)

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

QDateEdit *makeDateField(QWidget *parent, bool optional)
{
    auto *d = new QDateEdit(parent);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (optional) {
        d->setMinimumDate(kNoDate);
        d->setDate(kNoDate);
    } else {
        d->setDate(QDate::currentDate());
    }
    return d;
}

} // namespace

MigrationsPage::MigrationsPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_projects(new MigrationProjectModel(this)), m_tasks(new MigrationTaskModel(this)), m_numbers(new MigrationNumberModel(this)),
      m_contracts(new MigrationContractModel(this)), m_projectsView(makeTable(m_projects, this)), m_emptyHint(new QLabel(this)), m_newLabel(new QLabel(this)),
      m_customer(new QLineEdit(this)), m_contact(new QLineEdit(this)), m_language(new QComboBox(this)), m_create(new QPushButton(this)), m_heading(new QLabel(this)),
      m_status(new QComboBox(this)), m_letter(new QPushButton(this)), m_tabs(new QTabWidget(this)), m_tasksView(makeTable(m_tasks, this)),
      m_numbersView(makeTable(m_numbers, this)), m_number(new QLineEdit(this)), m_wishDate(makeDateField(this, true)), m_testNumber(new QCheckBox(this)),
      m_addNumber(new QPushButton(this)), m_removeNumber(new QPushButton(this)), m_contractsView(makeTable(m_contracts, this)), m_provider(new QLineEdit(this)),
      m_reference(new QLineEdit(this)), m_endDate(makeDateField(this, false)), m_noticeDays(new QSpinBox(this)), m_addContract(new QPushButton(this)),
      m_message(new QLabel(this)), m_wishLabel(new QLabel(this)), m_endLabel(new QLabel(this)), m_noticeLabel(new QLabel(this))
{
    // The name and the task take the room; the short columns fit their contents (the
    // lists are small, measuring them is cheap).
    auto fit = [](QTableView *view, int stretch) {
        view->horizontalHeader()->setStretchLastSection(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    };
    fit(m_projectsView, MigrationProjectModel::Customer);
    fit(m_tasksView, MigrationTaskModel::Task);
    fit(m_contractsView, MigrationContractModel::Provider);
    m_projectsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contractsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasksView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tasksView->setWordWrap(false);
    m_numbersView->setColumnWidth(MigrationNumberModel::Number, 150);
    m_numbersView->setColumnWidth(MigrationNumberModel::Kind, 120);
    m_numbersView->setColumnWidth(MigrationNumberModel::WishDate, 120);
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const auto &s : migrationStatuses())
        m_status->addItem(QString(), s);
    m_noticeDays->setRange(0, 730);
    m_noticeDays->setValue(30);
    m_emptyHint->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    // Left: the projects and a new one.
    auto *left = new QWidget(this);
    auto *newForm = new QFormLayout;
    newForm->addRow(m_newLabel);
    newForm->addRow(tr("Customer"), m_customer);
    newForm->addRow(tr("Contact"), m_contact);
    newForm->addRow(tr("Language"), m_language);
    newForm->addRow(m_create);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_projectsView, 1);
    leftLayout->addWidget(m_emptyHint);
    leftLayout->addLayout(newForm);

    // Right: the selected project.
    auto *numbersTab = new QWidget(this);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_wishLabel);
    numberRow->addWidget(m_wishDate);
    numberRow->addWidget(m_testNumber);
    numberRow->addWidget(m_addNumber);
    numberRow->addWidget(m_removeNumber);
    auto *numbersLayout = new QVBoxLayout(numbersTab);
    numbersLayout->addWidget(m_numbersView, 1);
    numbersLayout->addLayout(numberRow);

    auto *contractsTab = new QWidget(this);
    auto *contractRow = new QHBoxLayout;
    contractRow->addWidget(m_provider, 1);
    contractRow->addWidget(m_reference, 1);
    contractRow->addWidget(m_endLabel);
    contractRow->addWidget(m_endDate);
    contractRow->addWidget(m_noticeLabel);
    contractRow->addWidget(m_noticeDays);
    contractRow->addWidget(m_addContract);
    auto *contractsLayout = new QVBoxLayout(contractsTab);
    contractsLayout->addWidget(m_contractsView, 1);
    contractsLayout->addLayout(contractRow);

    m_tabs->addTab(m_tasksView, QString());
    m_tabs->addTab(numbersTab, QString());
    m_tabs->addTab(contractsTab, QString());

    auto *right = new QWidget(this);
    auto *head = new QHBoxLayout;
    head->addWidget(m_heading, 1);
    head->addWidget(m_status);
    head->addWidget(m_letter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(head);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_message);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({330, 870});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_projectsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showProject(current.data(Qt::UserRole).toLongLong());
    });
    connect(m_create, &QPushButton::clicked, this, &MigrationsPage::createProject);
    connect(m_customer, &QLineEdit::returnPressed, this, &MigrationsPage::createProject);
    connect(m_addNumber, &QPushButton::clicked, this, &MigrationsPage::addNumbers);
    connect(m_number, &QLineEdit::returnPressed, this, &MigrationsPage::addNumbers);
    connect(m_removeNumber, &QPushButton::clicked, this, &MigrationsPage::removeSelectedNumber);
    connect(m_addContract, &QPushButton::clicked, this, &MigrationsPage::addContract);
    connect(m_letter, &QPushButton::clicked, this, &MigrationsPage::exportLetter);
    connect(m_testNumber, &QCheckBox::toggled, m_wishDate, [this](bool test) {
        m_wishDate->setEnabled(!test);
        if (test)
            m_wishDate->setDate(kNoDate);
    });
    connect(m_customer, &QLineEdit::textChanged, this, &MigrationsPage::updateButtons);
    connect(m_number, &QLineEdit::textChanged, this, &MigrationsPage::updateButtons);
    connect(m_provider, &QLineEdit::textChanged, this, &MigrationsPage::updateButtons);
    connect(m_numbersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MigrationsPage::updateButtons);
    connect(m_status, &QComboBox::activated, this, [this] {
        if (!m_currentId)
            return;
        MigrationProject changed = m_current;
        changed.status = m_status->currentData().toString();
        if (auto s = MigrationRepository(m_ctx.db).update(changed); !s)
            setMessage(s.message(), true);
        reload();
        emit dataChanged();
    });
    connect(m_tasks, &MigrationTaskModel::doneRequested, this, [this](qint64 taskId, bool done) {
        if (auto t = MigrationRepository(m_ctx.db).setTaskDone(taskId, done, QDate::currentDate()); !t)
            setMessage(t.message(), true);
        reload();
        emit dataChanged();
    });
    connect(m_tasks, &MigrationTaskModel::dueRequested, this, [this](qint64 taskId, const QDate &due) {
        if (auto t = MigrationRepository(m_ctx.db).setTaskDue(taskId, due); !t)
            setMessage(t.message(), true);
        reload();
        emit dataChanged();
    });
    connect(m_numbers, &MigrationNumberModel::datesRequested, this, [this](const QString &digits, std::optional<QDate> wish, std::optional<QDate> porting) {
        if (auto s = MigrationRepository(m_ctx.db).setNumberDates(m_currentId, digits, wish, porting); !s)
            setMessage(s.message(), true);
        reload();
        emit dataChanged();
    });
    retranslate();
    reload();
}

void MigrationsPage::reload()
{
    auto all = MigrationRepository(m_ctx.db).list();
    if (!all) {
        setMessage(all.message(), true);
        return;
    }
    const qint64 keep = m_currentId;
    m_projects->setProjects(std::move(all).value());
    m_emptyHint->setVisible(m_projects->rowCount() == 0);
    // The project shown before, else the first.
    qint64 show = m_projects->projects().isEmpty() ? 0 : m_projects->projects().first().id;
    for (const auto &p : m_projects->projects())
        if (p.id == keep)
            show = keep;
    if (show)
        selectProject(show);
    else
        showProject(0);
}

void MigrationsPage::selectProject(qint64 id)
{
    for (int row = 0; row < m_projects->rowCount(); ++row) {
        if (m_projects->projects().at(row).id == id) {
            m_projectsView->selectRow(row);
            showProject(id); // also when the row was current already (a reload)
            return;
        }
    }
}

void MigrationsPage::showProject(qint64 id)
{
    m_current = MigrationProject();
    for (const auto &p : m_projects->projects())
        if (p.id == id)
            m_current = p;
    // Ticking a task reloads the project: keep the administrator's place in the list.
    const bool same = m_current.id != 0 && m_current.id == m_currentId;
    const int scroll = same ? m_tasksView->verticalScrollBar()->value() : 0;
    const QModelIndex current = m_tasksView->currentIndex();
    m_currentId = m_current.id;
    const QDate today = QDate::currentDate();
    m_tasks->setTasks(m_current.tasks, today);
    if (same) {
        m_tasksView->verticalScrollBar()->setValue(scroll);
        if (current.isValid())
            m_tasksView->setCurrentIndex(m_tasks->index(current.row(), current.column()));
    }
    m_numbers->setNumbers(m_current.numbers);
    m_contracts->setContracts(m_current.contracts);
    m_status->setCurrentIndex(std::max(0, m_status->findData(m_current.status)));
    m_heading->setText(m_currentId ? tr("%1 — %2").arg(m_current.customer, migrationPhaseName(m_current.currentPhase())) : QString());
    updateButtons();
}

void MigrationsPage::createProject()
{
    MigrationProject p;
    p.customer = m_customer->text();
    p.contact = m_contact->text();
    p.language = m_language->currentData().toString();
    auto id = MigrationRepository(m_ctx.db).add(p, QDate::currentDate());
    if (!id) {
        setMessage(id.message(), true);
        return;
    }
    m_customer->clear();
    m_contact->clear();
    m_currentId = id.value();
    reload();
    setMessage(tr("Created the migration project for %1 with the standard tasks of the four phases.").arg(m_current.customer), false);
    emit dataChanged();
}

void MigrationsPage::addNumbers()
{
    if (!m_currentId)
        return;
    QStringList digits;
    // Several numbers may be pasted at once, separated by commas, semicolons or new lines.
    for (const auto &part : m_number->text().split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        auto n = PhoneNumber::parse(part.trimmed());
        if (!n) {
            setMessage(n.message(), true);
            return;
        }
        digits << n->digits();
    }
    const QDate wish = m_wishDate->date() > kNoDate ? m_wishDate->date() : QDate();
    if (auto s = MigrationRepository(m_ctx.db).addNumbers(m_currentId, digits, m_testNumber->isChecked(), wish); !s) {
        setMessage(s.message(), true);
        return;
    }
    m_number->clear();
    setMessage(tr("Added %n number(s).", nullptr, int(digits.size())), false);
    reload();
    emit dataChanged();
}

void MigrationsPage::removeSelectedNumber()
{
    const QModelIndex idx = m_numbersView->currentIndex();
    if (!m_currentId || !idx.isValid())
        return;
    const QString digits = idx.data(Qt::UserRole).toString();
    if (auto s = MigrationRepository(m_ctx.db).removeNumber(m_currentId, digits); !s) {
        setMessage(s.message(), true);
        return;
    }
    setMessage(tr("Removed +%1.").arg(digits), false);
    reload();
    emit dataChanged();
}

void MigrationsPage::addContract()
{
    if (!m_currentId)
        return;
    MigrationContract c;
    c.projectId = m_currentId;
    c.provider = m_provider->text();
    c.reference = m_reference->text();
    c.endDate = m_endDate->date();
    c.noticeDays = m_noticeDays->value();
    auto id = MigrationRepository(m_ctx.db).addContract(c);
    if (!id) {
        setMessage(id.message(), true);
        return;
    }
    m_provider->clear();
    m_reference->clear();
    setMessage(tr("Added the contract with %1; cancel by %2.").arg(c.provider.trimmed(), c.cancelBy().toString(Qt::ISODate)), false);
    reload();
    emit dataChanged();
}

void MigrationsPage::exportLetter()
{
    if (!m_currentId)
        return;
    // The selected contract's provider, else the only one (portingLetter says when it cannot choose).
    QString provider;
    const QModelIndex contract = m_contractsView->currentIndex();
    if (contract.isValid() && contract.row() < m_current.contracts.size())
        provider = m_current.contracts.at(contract.row()).provider;
    auto letter = letters::portingLetter(m_current, provider, QDate::currentDate());
    if (!letter) {
        setMessage(letter.error().field == QLatin1String("provider") ? tr("Select the contract (on the Contracts tab) the letter is for.") : letter.message(), true);
        return;
    }
    QString base = m_current.customer + QStringLiteral(" ") + letter->contract.provider;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    const QString path = FileDialog::saveFileName(this, tr("Letter as PDF"), QDir::home().filePath(tr("porting-letter-%1.pdf").arg(base.toLower())), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = letters::writePortingLetterPdf(letter.value(), path); !s) {
        setMessage(s.message(), true);
        return;
    }
    setMessage(tr("Wrote the letter to %1 to %2.").arg(letter->contract.provider, QDir::toNativeSeparators(path)), false);
}

void MigrationsPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b02020;") : QString());
}

QString MigrationsPage::messageText() const { return m_message->text(); }
QString MigrationsPage::emptyHintText() const { return m_emptyHint->isVisibleTo(this) ? m_emptyHint->text() : QString(); }

void MigrationsPage::updateButtons()
{
    const bool project = m_currentId != 0;
    m_create->setEnabled(!m_customer->text().trimmed().isEmpty());
    m_tabs->setEnabled(project);
    m_status->setEnabled(project);
    m_letter->setEnabled(project && !m_current.contracts.isEmpty());
    m_addNumber->setEnabled(project && !m_number->text().trimmed().isEmpty());
    m_removeNumber->setEnabled(project && m_numbersView->currentIndex().isValid());
    m_addContract->setEnabled(project && !m_provider->text().trimmed().isEmpty());
}

void MigrationsPage::retranslate()
{
    m_newLabel->setText(tr("New migration project"));
    m_customer->setPlaceholderText(tr("Customer name"));
    m_contact->setPlaceholderText(tr("Contact person (signs the letter)"));
    m_create->setText(tr("Create project"));
    m_emptyHint->setText(tr("No migration projects yet — enter a customer below and Create project. It starts with the standard tasks of the four phases."));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, migrationStatusName(m_status->itemData(i).toString()));
    m_letter->setText(tr("Letter as PDF…"));
    m_letter->setToolTip(tr("The cancellation and number porting letter to the current provider, in the project's language"));
    m_tabs->setTabText(0, tr("Tasks"));
    m_tabs->setTabText(1, tr("Numbers"));
    m_tabs->setTabText(2, tr("Contracts"));
    m_number->setPlaceholderText(tr("Numbers to port, e.g. 050 123 4567, +31501234568"));
    m_wishLabel->setText(tr("Wish date"));
    m_wishDate->setSpecialValueText(tr("none"));
    m_testNumber->setText(tr("Test number"));
    m_addNumber->setText(tr("Add number"));
    m_removeNumber->setText(tr("Remove"));
    m_provider->setPlaceholderText(tr("Current provider"));
    m_reference->setPlaceholderText(tr("Customer/contract number"));
    m_endLabel->setText(tr("Ends"));
    m_noticeLabel->setText(tr("Notice (days)"));
    m_addContract->setText(tr("Add contract"));
    if (m_currentId)
        showProject(m_currentId);
}

} // namespace centrale::ui
