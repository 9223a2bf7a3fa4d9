// The Migrations page as an administrator uses it: create a project (it gets the
// standard tasks), tick tasks done (the phase moves on), add numbers to port and a test
// number, a current contract, then "Letter as PDF…" writes a letter whose text (read back
// with pdftotext) has the customer, the numbers and the dates. Refusals show as a message.
#include "common/FileDialog.h"
#include "migrations/MigrationModels.h"
#include "migrations/MigrationsPage.h"
#include "secrets/FileSecretStore.h"
#include "store/MigrationRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using namespace centrale::ui;

namespace {
QString s(const char *latin1) { return QString::fromLatin1(latin1); }
} // namespace

class TestMigrationsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MigrationsPage> m_page;

    MigrationProject stored() { return MigrationRepository(*m_db).find(s("Bakkerij Jansen")).value(); }
    void type(QLineEdit *field, const QString &text)
    {
        field->clear();
        QTest::keyClicks(field, text);
    }
    // Space on a task's Done cell, as with the keyboard in the table.
    void toggleDone(int row)
    {
        QTableView *view = m_page->tasksView();
        view->setFocus();
        view->setCurrentIndex(m_page->taskModel()->index(row, MigrationTaskModel::Done));
        QTest::keyClick(view, Qt::Key_Space);
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(s("c.sqlite")));
        QVERIFY2(db, qPrintable(db.message()));
        m_db = std::move(db).value();
        auto secrets = FileSecretStore::open(m_dir.filePath(s("secrets.json")));
        QVERIFY(secrets);
        m_secrets = std::move(secrets).value();
        m_page = std::make_unique<MigrationsPage>(AppContext{*m_db, *m_secrets, nullptr});
        m_page->resize(1280, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanupTestCase() { m_page.reset(); }

    void emptyPageSaysWhatToDo()
    {
        QCOMPARE(m_page->projectModel()->rowCount(), 0);
        QVERIFY2(m_page->emptyHintText().contains(s("No migration projects yet")), qPrintable(m_page->emptyHintText()));
        QVERIFY(!m_page->createButton()->isEnabled());
        QVERIFY(!m_page->tabs()->isEnabled());
    }

    void createProjectWithStandardTasks()
    {
        type(m_page->customerField(), s("Bakkerij Jansen"));
        type(m_page->contactField(), s("Joke Jansen"));
        m_page->languageBox()->setCurrentIndex(m_page->languageBox()->findData(s("nl")));
        QVERIFY(m_page->createButton()->isEnabled());
        QTest::mouseClick(m_page->createButton(), Qt::LeftButton);
        QCOMPARE(m_page->projectModel()->rowCount(), 1);
        QVERIFY(m_page->emptyHintText().isEmpty());
        QCOMPARE(m_page->taskModel()->rowCount(), 23);
        QVERIFY(m_page->tabs()->isEnabled());
        QCOMPARE(m_page->taskModel()->index(0, MigrationTaskModel::Phase).data().toString(), migrationPhaseName(1));
        QCOMPARE(m_page->taskModel()->index(0, MigrationTaskModel::Owner).data().toString(), migrationOwnerName(s("customer")));
        QVERIFY2(m_page->messageText().contains(s("Bakkerij Jansen")), qPrintable(m_page->messageText()));
        QCOMPARE(stored().contact, s("Joke Jansen"));

        // The same customer again is refused with the reason; nothing is added.
        type(m_page->customerField(), s("bakkerij jansen"));
        QTest::mouseClick(m_page->createButton(), Qt::LeftButton);
        QVERIFY2(m_page->messageText().contains(s("already exists")), qPrintable(m_page->messageText()));
        QCOMPARE(m_page->projectModel()->rowCount(), 1);
        m_page->customerField()->clear();
    }

    void tickingTasksMovesThePhase()
    {
        for (int row = 0; row < 4; ++row) // phase 1's four tasks
            toggleDone(row);
        QCOMPARE(m_page->taskModel()->index(0, MigrationTaskModel::Done).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(stored().currentPhase(), 2);
        QCOMPARE(m_page->projectModel()->index(0, MigrationProjectModel::Phase).data().toString(), migrationPhaseName(2));
        QCOMPARE(m_page->projectModel()->index(0, MigrationProjectModel::Progress).data().toString(), s("4 of 23"));
        toggleDone(3); // and back
        QCOMPARE(stored().currentPhase(), 1);
        toggleDone(3);
        QCOMPARE(stored().currentPhase(), 2);
        // A due date edited in the table; in the past it reads as overdue.
        QVERIFY(m_page->taskModel()->setData(m_page->taskModel()->index(5, MigrationTaskModel::Due), QDate::currentDate().addDays(-1), Qt::EditRole));
        QVERIFY2(m_page->taskModel()->index(5, MigrationTaskModel::Due).data().toString().contains(s("overdue")),
                 qPrintable(m_page->taskModel()->index(5, MigrationTaskModel::Due).data().toString()));
    }

    void numbersAndContract()
    {
        m_page->tabs()->setCurrentIndex(1);
        type(m_page->numberField(), s("050 123 4567, +31501234568"));
        m_page->wishDateField()->setDate(QDate(2027, 2, 1));
        QTest::mouseClick(m_page->addNumberButton(), Qt::LeftButton);
        QCOMPARE(m_page->numberModel()->rowCount(), 2);
        QCOMPARE(m_page->numberModel()->index(0, MigrationNumberModel::Number).data().toString(), s("+31501234567"));
        QCOMPARE(m_page->numberModel()->index(1, MigrationNumberModel::WishDate).data().toString(), s("2027-02-01"));
        // The definitive porting date, edited in the table.
        QVERIFY(m_page->numberModel()->setData(m_page->numberModel()->index(0, MigrationNumberModel::PortingDate), QDate(2027, 2, 3), Qt::EditRole));
        QCOMPARE(m_page->numberModel()->index(0, MigrationNumberModel::PortingDate).data().toString(), s("2027-02-03"));
        QCOMPARE(stored().numbers.first().portingDate, QDate(2027, 2, 3));

        m_page->testNumberBox()->setChecked(true);
        QVERIFY(!m_page->wishDateField()->isEnabled());
        type(m_page->numberField(), s("+31507654321"));
        QTest::mouseClick(m_page->addNumberButton(), Qt::LeftButton);
        m_page->testNumberBox()->setChecked(false);
        QCOMPARE(m_page->numberModel()->rowCount(), 3);
        QCOMPARE(m_page->numberModel()->index(2, MigrationNumberModel::Kind).data().toString(), s("Test number"));
        QVERIFY(!(m_page->numberModel()->flags(m_page->numberModel()->index(2, MigrationNumberModel::PortingDate)) & Qt::ItemIsEditable));

        type(m_page->numberField(), s("12"));
        QTest::mouseClick(m_page->addNumberButton(), Qt::LeftButton);
        QVERIFY(!m_page->messageText().isEmpty());
        QCOMPARE(stored().numbers.size(), 3);

        // No contract yet: no letter.
        QVERIFY(!m_page->letterButton()->isEnabled());
        m_page->tabs()->setCurrentIndex(2);
        type(m_page->providerField(), s("Oldtel"));
        type(m_page->referenceField(), s("K-4711"));
        m_page->endDateField()->setDate(QDate(2027, 1, 31));
        m_page->noticeDaysField()->setValue(30);
        QTest::mouseClick(m_page->addContractButton(), Qt::LeftButton);
        QCOMPARE(m_page->contractModel()->rowCount(), 1);
        QCOMPARE(m_page->contractModel()->index(0, MigrationContractModel::CancelBy).data().toString(), s("2027-01-01"));
        QVERIFY(m_page->letterButton()->isEnabled());
    }

    void letterAsPdf()
    {
        const QString pdf = m_dir.filePath(s("letter.pdf"));
        FileDialog::setNextPath(pdf);
        QTest::mouseClick(m_page->letterButton(), Qt::LeftButton);
        QVERIFY2(QFileInfo(pdf).size() > 1000, qPrintable(m_page->messageText()));
        QVERIFY2(m_page->messageText().contains(s("Oldtel")), qPrintable(m_page->messageText()));
        QProcess p;
        p.start(s("pdftotext"), {pdf, s("-")});
        QVERIFY(p.waitForFinished(20000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        for (const char *part : {"Bakkerij Jansen", "Joke Jansen", "Oldtel", "K-4711", "+31501234567", "+31501234568", "31 januari 2027", "1 februari 2027", "3 februari 2027"})
            QVERIFY2(text.contains(s(part)), qPrintable(s(part) + s(" missing in: ") + text));
        QVERIFY(!text.contains(s("+31507654321")));
    }
};

QTEST_MAIN(TestMigrationsPage)
#include "tst_migrationspage.moc"
