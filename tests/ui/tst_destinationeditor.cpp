// The destination whitelist editor as a user works it: apply a preset, tick number
// types, add a country through the searchable picker, type prefixes (and mistakes).
#include "domain/DestinationPresets.h"
#include "security/CountryPickerDialog.h"
#include "security/CountryRulesModel.h"
#include "security/DestinationEditor.h"
#include "security/PrefixListEditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace centrale;
using namespace centrale::ui;

class TestDestinationEditor : public QObject {
    Q_OBJECT
private slots:
    void appliesDutchPreset();
    void typesAreCheckBoxes();
    void pickerSearchesByName();
    void prefixesAreValidated();
    void fraudRangesShownBlockedUntilAllowed();
};

namespace {
int rowOf(CountryRulesModel *m, const QString &region)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(CountryRulesModel::RegionRole).toString() == region)
            return r;
    return -1;
}
} // namespace

void TestDestinationEditor::appliesDutchPreset()
{
    DestinationEditor editor;
    editor.setWhitelist(defaultDestinationWhitelist());
    QVERIFY(editor.countries()->rowCount() >= 100);
    editor.presetBox()->setCurrentIndex(editor.presetBox()->findData(QStringLiteral("nl-fixed-mobile")));
    QCOMPARE(editor.presetBox()->currentText(), QStringLiteral("Netherlands fixed and mobile"));
    editor.applyButton()->click();
    auto *m = editor.countries();
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->index(0, CountryRulesModel::Country).data().toString(), QStringLiteral("Netherlands (NL)"));
    QCOMPARE(m->index(0, CountryRulesModel::Fixed).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(m->index(0, CountryRulesModel::Mobile).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(m->index(0, CountryRulesModel::Freephone).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(editor.whitelist().preset, QStringLiteral("nl-fixed-mobile"));
}

void TestDestinationEditor::typesAreCheckBoxes()
{
    DestinationEditor editor;
    QVERIFY(editor.applyPreset(QStringLiteral("benelux")));
    auto *m = editor.countries();
    const int be = rowOf(m, QStringLiteral("BE"));
    QVERIFY(be >= 0);
    QVERIFY(m->flags(m->index(be, CountryRulesModel::Mobile)) & Qt::ItemIsUserCheckable);
    QVERIFY(m->setData(m->index(be, CountryRulesModel::Mobile), Qt::Unchecked, Qt::CheckStateRole));
    DestinationRule rule;
    for (const auto &r : editor.whitelist().countries)
        if (r.region == QLatin1String("BE"))
            rule = r;
    QVERIFY(rule.types.contains(NumberType::Fixed));
    QVERIFY(!rule.types.contains(NumberType::Mobile));
    QVERIFY(!rule.types.contains(NumberType::FixedOrMobile)); // ambiguous numbers need both
    QVERIFY(rule.types.contains(NumberType::TollFree));
}

void TestDestinationEditor::pickerSearchesByName()
{
    CountryPickerDialog picker({QStringLiteral("NL")});
    QTest::keyClicks(picker.search(), QStringLiteral("germ"));
    QCOMPARE(picker.list()->model()->rowCount(), 1);
    QCOMPARE(picker.list()->model()->index(0, 0).data().toString(), QStringLiteral("Germany (DE)"));
    picker.list()->setCurrentIndex(picker.list()->model()->index(0, 0));
    const QStringList picked = picker.selectedRegions();
    QCOMPARE(picked, QStringList{QStringLiteral("DE")});
    picker.search()->setText(QStringLiteral("netherlands"));
    for (int r = 0; r < picker.list()->model()->rowCount(); ++r) // NL is present already: not offered
        QVERIFY(!picker.list()->model()->index(r, 0).data().toString().endsWith(QLatin1String("(NL)")));

    DestinationEditor editor;
    QVERIFY(editor.applyPreset(QStringLiteral("nl-fixed-mobile")));
    editor.addCountries(picked);
    QCOMPARE(editor.countries()->rowCount(), 2);
    QCOMPARE(editor.countries()->index(0, 0).data().toString(), QStringLiteral("Germany (DE)")); // sorted by name
    editor.countryView()->setCurrentIndex(editor.countries()->index(0, 0));
    editor.countries()->removeRow(0);
    QCOMPARE(editor.countries()->rowCount(), 1);
}

void TestDestinationEditor::prefixesAreValidated()
{
    DestinationEditor editor;
    auto *allowed = editor.allowedEditor();
    QTest::keyClicks(allowed->input(), QStringLiteral("+31 9x06"));
    allowed->addButton()->click();
    QVERIFY(allowed->prefixes().isEmpty());
    QVERIFY(allowed->errorLabel()->text().contains(QLatin1String("Allowed prefix")));
    allowed->input()->setText(QStringLiteral("+31 906 12"));
    allowed->addButton()->click();
    QCOMPARE(allowed->prefixes(), QStringList{QStringLiteral("3190612")});
    QVERIFY(allowed->errorLabel()->text().isEmpty());
    QCOMPARE(allowed->list()->item(0)->text(), QStringLiteral("+3190612"));
    editor.blockedEditor()->input()->setText(QStringLiteral("0044"));
    editor.blockedEditor()->addButton()->click();
    QCOMPARE(editor.whitelist().blockedPrefixes, QStringList{QStringLiteral("44")});
    QCOMPARE(editor.whitelist().allowedPrefixes, QStringList{QStringLiteral("3190612")});
}

void TestDestinationEditor::fraudRangesShownBlockedUntilAllowed()
{
    DestinationEditor editor;
    editor.setWhitelist(defaultDestinationWhitelist());
    const QString note = editor.fraudLabel()->text();
    QVERIFY(note.contains(QLatin1String("+31906 blocked\n")));
    QVERIFY(note.contains(QLatin1String("+31909 blocked\n")));
    QVERIFY(note.contains(QLatin1String("overrides")));
    editor.allowedEditor()->input()->setText(QStringLiteral("+3190612"));
    editor.allowedEditor()->addButton()->click();
    QVERIFY(editor.fraudLabel()->text().contains(QLatin1String("+31906 blocked, except what allowed prefix +3190612 opens")));
    QVERIFY(editor.fraudLabel()->text().contains(QLatin1String("+31909 blocked\n")));
}

QTEST_MAIN(TestDestinationEditor)
#include "tst_destinationeditor.moc"
