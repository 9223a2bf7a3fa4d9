// The History page: a change made in the console (the call plan's Settings dialog) shows
// with "console" and its before/after; filters narrow the list; Undo asks first, puts the
// change back, and explains a refusal.
#include "callplans/CallPlanSettingsDialog.h"
#include "common/MessageBox.h"
#include "history/HistoryModel.h"
#include "history/HistoryPage.h"
#include "secrets/FileSecretStore.h"
#include "store/AuditContext.h"
#include "store/CallPlanRepository.h"
#include "store/NumberRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using namespace centrale::ui;

class TestHistoryPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    const QString m_digits = QStringLiteral("31502053031");

    // The dialog the console uses to edit a plan's external number.
    void setExternalNumber(const QString &text)
    {
        auto plan = CallPlanRepository(*m_db).find(QStringLiteral("Garage"));
        QVERIFY(plan);
        CallPlanSettingsDialog dialog(*m_db, plan.value());
        dialog.externalNumberEdit()->setText(text);
        dialog.accept();
        QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    }
    bool load(HistoryPage &page)
    {
        QSignalSpy spy(&page, &HistoryPage::refreshed);
        page.reload();
        return spy.wait(5000);
    }
    int rowOf(HistoryPage &page, const QString &objectText, const QString &changeText)
    {
        for (int r = 0; r < page.model()->rowCount(); ++r)
            if (page.model()->index(r, HistoryModel::Object).data().toString() == objectText
                && page.model()->index(r, HistoryModel::Change).data().toString().contains(changeText))
                return r;
        return -1;
    }
    QString owner() { return NumberLinks(*m_db).ownerOf(m_digits)->kindKey(); }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY2(db, qPrintable(db.message()));
        m_db = std::move(db).value();
        auto secrets = FileSecretStore::open(m_dir.filePath(QStringLiteral("secrets.json")));
        QVERIFY(secrets);
        m_secrets = std::move(secrets).value();
        AuditContext::setInterface(QStringLiteral("cli")); // the set-up, as a script would do it
        QVERIFY(NumberRepository(*m_db).add({m_digits}));
        CallPlan plan;
        plan.name = QStringLiteral("Garage");
        QVERIFY(CallPlanRepository(*m_db).add(plan));
        QVERIFY(CallPlanRepository(*m_db).linkNumber(plan.name, m_digits));
        AuditContext::setInterface(QStringLiteral("console")); // as app/centrale/main.cpp does
    }
    void cleanup() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    void consoleChangeIsShownAndUndone()
    {
        setExternalNumber(QString()); // unlinks
        QCOMPARE(owner(), QStringLiteral("free"));

        HistoryPage page(AppContext{*m_db, *m_secrets, nullptr});
        page.show();
        QVERIFY(load(page));
        QCOMPARE(page.model()->rowCount(), 4); // number added, plan created, linked; then unlinked
        const int row = rowOf(page, QStringLiteral("number +31502053031"), QStringLiteral("call_plan_id: 1 → (none)"));
        QVERIFY(row == 0); // newest first
        QCOMPARE(page.model()->index(row, HistoryModel::Interface).data().toString(), QStringLiteral("console"));

        // Filters: by interface, kind, text and date.
        page.interfaceFilter()->setCurrentIndex(page.interfaceFilter()->findData(QStringLiteral("console")));
        QVERIFY(load(page));
        QCOMPARE(page.model()->rowCount(), 1);
        page.interfaceFilter()->setCurrentIndex(0);
        page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(QStringLiteral("callplan")));
        QVERIFY(load(page));
        QCOMPARE(page.model()->rowCount(), 1);
        page.kindFilter()->setCurrentIndex(0);
        page.searchField()->setText(QStringLiteral("garage"));
        QVERIFY(load(page));
        QCOMPARE(page.model()->rowCount(), 1);
        page.searchField()->clear();
        page.sinceFilter()->setDate(QDate::currentDate().addDays(1));
        QVERIFY(load(page));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.statusText().contains(QLatin1String("No changes match")));
        page.sinceFilter()->setDate(page.sinceFilter()->minimumDate());
        QVERIFY(load(page));
        QCOMPARE(page.model()->rowCount(), 4);

        // Declined: nothing happens.
        page.view()->selectRow(0);
        QVERIFY(page.undoButton()->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::No);
        page.undoButton()->click();
        QCOMPARE(owner(), QStringLiteral("free"));

        // Confirmed: linked again, recorded as the console's undo, the row shown undone.
        QSignalSpy done(&page, &HistoryPage::undoFinished);
        QSignalSpy loaded(&page, &HistoryPage::refreshed);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page.undoButton()->click();
        MessageBox::setNextAnswer(QMessageBox::Ok); // a message box after the undo would not block the test
        QVERIFY(done.wait(5000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(owner(), QStringLiteral("callplan"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.model()->rowCount(), 5);
        QVERIFY(page.model()->index(0, HistoryModel::Change).data().toString().startsWith(QLatin1String("Undo of change")));
        QCOMPARE(page.model()->index(0, HistoryModel::Interface).data().toString(), QStringLiteral("console"));
        const int undone = rowOf(page, QStringLiteral("number +31502053031"), QStringLiteral("(undone)"));
        QVERIFY(undone > 0);
        page.view()->selectRow(undone);
        QVERIFY(!page.undoButton()->isEnabled());
        QVERIFY(page.statusText().contains(QLatin1String("Undid change")));
    }

    void refusalIsExplained()
    {
        setExternalNumber(QString());           // change A: unlink
        setExternalNumber(QStringLiteral("+31502053031")); // change B: link again
        HistoryPage page(AppContext{*m_db, *m_secrets, nullptr});
        page.show();
        QVERIFY(load(page));
        const int a = rowOf(page, QStringLiteral("number +31502053031"), QStringLiteral("→ (none)"));
        QVERIFY(a > 0);
        page.view()->selectRow(a);
        QSignalSpy done(&page, &HistoryPage::undoFinished);
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        page.undoButton()->click();
        MessageBox::setNextAnswer(QMessageBox::Ok); // the refusal's message box
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).toBool(), false);
        const QString message = done.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("was changed again later")), qPrintable(message));
        QVERIFY(page.statusText().contains(message));
        QCOMPARE(owner(), QStringLiteral("callplan")); // nothing changed
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
