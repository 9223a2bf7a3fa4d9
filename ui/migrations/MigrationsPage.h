#pragma once
// Migrations: PSTN/ISDN → SIP migration projects per customer (seed 003 §7). The
// projects list with a form for a new one; for the selected project its tasks per phase
// (done checkboxes, editable due dates), the numbers to port and test numbers, the
// current contracts with their notice periods, and "Letter as PDF…".
#include "common/AppContext.h"
#include "common/Page.h"
#include "domain/Migration.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace centrale::ui {

class MigrationProjectModel;
class MigrationTaskModel;
class MigrationNumberModel;
class MigrationContractModel;

class MigrationsPage : public Page {
    Q_OBJECT
public:
    explicit MigrationsPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Migrations"); }
    QString iconName() const override { return QStringLiteral("migrations"); }
    void reload() override;

    // The parts a user works with (for tests).
    QTableView *projectsView() const { return m_projectsView; }
    QTableView *tasksView() const { return m_tasksView; }
    QTableView *numbersView() const { return m_numbersView; }
    QTableView *contractsView() const { return m_contractsView; }
    MigrationProjectModel *projectModel() const { return m_projects; }
    MigrationTaskModel *taskModel() const { return m_tasks; }
    MigrationNumberModel *numberModel() const { return m_numbers; }
    MigrationContractModel *contractModel() const { return m_contracts; }
    QLineEdit *customerField() const { return m_customer; }
    QLineEdit *contactField() const { return m_contact; }
    QComboBox *languageBox() const { return m_language; }
    QPushButton *createButton() const { return m_create; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *numberField() const { return m_number; }
    QDateEdit *wishDateField() const { return m_wishDate; }
    QCheckBox *testNumberBox() const { return m_testNumber; }
    QPushButton *addNumberButton() const { return m_addNumber; }
    QPushButton *removeNumberButton() const { return m_removeNumber; }
    QLineEdit *providerField() const { return m_provider; }
    QLineEdit *referenceField() const { return m_reference; }
    QDateEdit *endDateField() const { return m_endDate; }
    QSpinBox *noticeDaysField() const { return m_noticeDays; }
    QPushButton *addContractButton() const { return m_addContract; }
    QPushButton *letterButton() const { return m_letter; }
    QTabWidget *tabs() const { return m_tabs; }
    QString messageText() const;   // the last result or error under the tabs
    QString emptyHintText() const; // shown while there is no project
    qint64 currentProjectId() const { return m_currentId; }
    void selectProject(qint64 id);

    void createProject();
    void addNumbers();
    void removeSelectedNumber();
    void addContract();
    void exportLetter(); // asks for the file (FileDialog) and writes the PDF

private:
    void retranslate() override;
    void showProject(qint64 id);
    void setMessage(const QString &text, bool error);
    void updateButtons();

    AppContext m_ctx;
    MigrationProjectModel *m_projects;
    MigrationTaskModel *m_tasks;
    MigrationNumberModel *m_numbers;
    MigrationContractModel *m_contracts;
    QTableView *m_projectsView;
    QLabel *m_emptyHint;
    QLabel *m_newLabel;
    QLineEdit *m_customer;
    QLineEdit *m_contact;
    QComboBox *m_language;
    QPushButton *m_create;
    QLabel *m_heading;
    QComboBox *m_status;
    QPushButton *m_letter;
    QTabWidget *m_tabs;
    QTableView *m_tasksView;
    QTableView *m_numbersView;
    QLineEdit *m_number;
    QDateEdit *m_wishDate;
    QCheckBox *m_testNumber;
    QPushButton *m_addNumber;
    QPushButton *m_removeNumber;
    QTableView *m_contractsView;
    QLineEdit *m_provider;
    QLineEdit *m_reference;
    QDateEdit *m_endDate;
    QSpinBox *m_noticeDays;
    QPushButton *m_addContract;
    QLabel *m_message;
    QLabel *m_wishLabel, *m_endLabel, *m_noticeLabel;
    qint64 m_currentId = 0;
    MigrationProject m_current;
};

} // namespace centrale::ui
