// The seed's unlink workflow: clear "External number" in the call plan's Settings dialog,
// Save, and the number is free and offered in the trunk wizard again.
#include "callplans/CallPlanSettingsDialog.h"
#include "secrets/FileSecretStore.h"
#include "store/CallPlanRepository.h"
#include "store/NumberRepository.h"
#include "trunks/TrunkGeneralPage.h"
#include "trunks/TrunkNumbersEditor.h"
#include "trunks/TrunkWizard.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using namespace centrale::ui;

class TestUnlinkWorkflow : public QObject {
    Q_OBJECT
private slots:
    void clearingExternalNumberFreesIt();
};

void TestUnlinkWorkflow::clearingExternalNumberFreesIt()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY2(db, qPrintable(db.message()));
    auto secrets = FileSecretStore::open(dir.filePath(QStringLiteral("secrets.json")));
    QVERIFY(secrets);
    const QString digits = QStringLiteral("31502053031");
    QVERIFY(NumberRepository(*db.value()).add({digits}));
    CallPlanRepository plans(*db.value());
    CallPlan plan;
    plan.name = QStringLiteral("Belroute vd garage");
    plan.internalNumber = QStringLiteral("3031");
    auto id = plans.add(plan);
    QVERIFY2(id, qPrintable(id.message()));
    QVERIFY(plans.linkNumber(plan.name, digits));

    {
        TrunkWizard before(*db.value(), *secrets.value(), nullptr);
        QCOMPARE(before.generalPage()->numbersEditor()->picker()->count(), 0); // linked: not offered
    }

    auto stored = plans.find(plan.name);
    QVERIFY(stored);
    CallPlanSettingsDialog dialog(*db.value(), stored.value());
    QCOMPARE(dialog.externalNumberEdit()->text(), QStringLiteral("+31502053031"));
    dialog.externalNumberEdit()->clear();
    dialog.accept();
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    auto free = NumberRepository(*db.value()).list(true);
    QVERIFY(free);
    QCOMPARE(free->size(), 1);
    QCOMPARE(free->first().digits, digits);

    TrunkWizard after(*db.value(), *secrets.value(), nullptr);
    QCOMPARE(after.generalPage()->numbersEditor()->picker()->count(), 1);
    QCOMPARE(after.generalPage()->numbersEditor()->picker()->itemData(0).toString(), digits);
}

QTEST_MAIN(TestUnlinkWorkflow)
#include "tst_unlinkworkflow.moc"
