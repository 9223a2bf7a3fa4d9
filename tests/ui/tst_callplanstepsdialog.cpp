// Editing a call plan's steps as a user does: add steps of each kind, see mistakes named
// while typing (and Save refused), reorder with "else go to step N" following, save.
#include "callplans/CallPlanStepEditor.h"
#include "callplans/CallPlanStepsDialog.h"
#include "callplans/CallPlanStepsModel.h"
#include "store/CallPlanRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using namespace centrale::ui;

class TestCallPlanStepsDialog : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void buildsAndSavesSteps();
    void elseStepFollowsMoves();
    void cancelSavesNothing();

private:
    CallPlan plan();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCallPlanStepsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("c.sqlite"))).value();
    CallPlan p;
    p.name = QStringLiteral("Belroute vd garage");
    QVERIFY(CallPlanRepository(*m_db).add(p));
}

void TestCallPlanStepsDialog::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

CallPlan TestCallPlanStepsDialog::plan() { return CallPlanRepository(*m_db).find(QStringLiteral("Belroute vd garage")).value(); }

void TestCallPlanStepsDialog::buildsAndSavesSteps()
{
    CallPlanStepsDialog dialog(*m_db, plan());
    dialog.show();
    auto *editor = dialog.editor();
    QCOMPARE(dialog.model()->rowCount(), 0);

    dialog.addStep(StepKind::OpeningHours);
    QTest::keyClicks(editor->textEdit(), QStringLiteral("mon-fri 8:00-17:00"));
    QVERIFY(editor->fieldError()->text().contains(QLatin1String("mon-fri 8:00-17:00"))); // named while typing
    QVERIFY(!dialog.saveButton()->isEnabled());
    editor->textEdit()->clear();
    QTest::keyClicks(editor->textEdit(), QStringLiteral("mon-fri 08:00-17:00"));
    QVERIFY(editor->fieldError()->text().isEmpty());
    QVERIFY(dialog.saveButton()->isEnabled());

    dialog.addStep(StepKind::RingPhones);
    QVERIFY(dialog.errorLabel()->text().contains(QLatin1String("Step 2 has no numbers to ring")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QTest::keyClicks(editor->targetsEdit(), QStringLiteral("+31502053033, 050 205 3034"));
    editor->timeoutSpin()->setValue(25);
    QVERIFY(dialog.saveButton()->isEnabled());

    dialog.addStep(StepKind::Voicemail);
    QTest::keyClicks(editor->textEdit(), QStringLiteral("Receptie"));
    dialog.addStep(StepKind::Email);
    QTest::keyClicks(editor->targetsEdit(), QStringLiteral("garage@example"));
    QVERIFY(!editor->fieldError()->text().isEmpty());
    QTest::keyClicks(editor->targetsEdit(), QStringLiteral(".com"));
    QVERIFY(editor->fieldError()->text().isEmpty());

    dialog.selectStep(0); // outside opening hours: straight to voicemail
    editor->elseBox()->setCurrentIndex(editor->elseBox()->findData(2));
    QCOMPARE(dialog.model()->index(0).data().toString(), QStringLiteral("1. Open mon-fri 08:00-17:00; else go to step 3"));
    QCOMPARE(dialog.model()->index(1).data().toString(), QStringLiteral("2. Ring +31502053033, +31502053034 for 25 s"));

    QVERIFY(dialog.saveButton()->isEnabled());
    dialog.saveButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto steps = plan().steps;
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps[0].kind, StepKind::OpeningHours);
    QCOMPARE(steps[0].elseStep, 2);
    QCOMPARE(steps[1].targets, (QStringList{QStringLiteral("31502053033"), QStringLiteral("31502053034")}));
    QCOMPARE(steps[1].timeoutSeconds, 25);
    QCOMPARE(steps[2].text, QStringLiteral("Receptie"));
    QCOMPARE(steps[3].targets, QStringList{QStringLiteral("garage@example.com")});
}

void TestCallPlanStepsDialog::elseStepFollowsMoves()
{
    CallPlan p = plan();
    p.steps = {CallPlanStep{StepKind::OpeningHours, {}, 20, QStringLiteral("mon-fri 08:00-17:00"), 2},
               CallPlanStep{StepKind::Forward, {QStringLiteral("31611111111")}, 30, {}, -1},
               CallPlanStep{StepKind::Voicemail, {}, 20, QStringLiteral("Receptie"), -1}};
    QVERIFY(CallPlanRepository(*m_db).update(p));
    CallPlanStepsDialog dialog(*m_db, plan());
    dialog.selectStep(1);
    dialog.moveCurrent(+1); // forward and voicemail swap: the jump still lands on voicemail
    QCOMPARE(dialog.model()->step(0).elseStep, 1);
    QCOMPARE(dialog.model()->step(1).kind, StepKind::Voicemail);
    QCOMPARE(dialog.list()->currentIndex().row(), 2);
    dialog.selectStep(1);
    dialog.removeCurrent(); // the jump's target is gone: the plan ends there instead
    QCOMPARE(dialog.model()->step(0).elseStep, -1);
    dialog.selectStep(0);
    QCOMPARE(dialog.editor()->elseBox()->currentText(), QStringLiteral("End of the call plan"));
    dialog.saveButton()->click();
    QCOMPARE(plan().steps.size(), 2);
    QCOMPARE(plan().steps[1].kind, StepKind::Forward);
}

void TestCallPlanStepsDialog::cancelSavesNothing()
{
    CallPlanStepsDialog dialog(*m_db, plan());
    dialog.addStep(StepKind::Voicemail);
    QTest::keyClicks(dialog.editor()->textEdit(), QStringLiteral("Receptie"));
    dialog.reject();
    QVERIFY(plan().steps.isEmpty());
}

QTEST_MAIN(TestCallPlanStepsDialog)
#include "tst_callplanstepsdialog.moc"
