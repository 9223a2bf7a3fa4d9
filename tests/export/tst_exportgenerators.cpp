// Golden files: every generator's output for the example trunk and phone account.
// Run with CENTRALE_UPDATE_GOLDEN=1 to rewrite them after an intended change (and
// review the diff).
#include "ExportFixture.h"
#include "export/ExportRegistry.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace centrale;

class TestExportGenerators : public QObject {
    Q_OBJECT
private:
    static QString goldenDir(const QString &format, const QString &kind)
    {
        return QStringLiteral(CENTRALE_TEST_DATA "/export/") + format + QLatin1Char('/') + kind;
    }

private slots:
    void matchesGolden_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("phone");
        for (const auto &f : ExportRegistry::all()) {
            if (f.trunks)
                QTest::newRow(qPrintable(f.key + QStringLiteral("/trunk"))) << f.key << false;
            if (f.phones)
                QTest::newRow(qPrintable(f.key + QStringLiteral("/phone"))) << f.key << true;
        }
    }
    void matchesGolden()
    {
        QFETCH(QString, format);
        QFETCH(bool, phone);
        auto files = ExportRegistry::generate(format, testing::exampleInput(phone));
        QVERIFY2(files.ok(), qPrintable(files.message()));
        QVERIFY(!files->isEmpty());
        const QString dir = goldenDir(format, phone ? QStringLiteral("phone") : QStringLiteral("trunk"));
        if (qEnvironmentVariableIsSet("CENTRALE_UPDATE_GOLDEN")) {
            QDir(dir).removeRecursively();
            QVERIFY(QDir().mkpath(dir));
            for (const auto &f : files.value()) {
                QFile out(dir + QLatin1Char('/') + f.fileName);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(f.contents.toUtf8());
            }
        }
        QStringList names;
        for (const auto &f : files.value()) {
            names << f.fileName;
            QFile golden(dir + QLatin1Char('/') + f.fileName);
            QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden ") + golden.fileName()));
            QCOMPARE(f.contents, QString::fromUtf8(golden.readAll()));
        }
        names.sort();
        QStringList goldenNames = QDir(dir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(names, goldenNames);
    }

    void placeholdersWithoutSecrets_data() { matchesGolden_data(); }
    void placeholdersWithoutSecrets()
    {
        QFETCH(QString, format);
        QFETCH(bool, phone);
        auto without = ExportRegistry::generate(format, testing::exampleInput(phone, false));
        auto with = ExportRegistry::generate(format, testing::exampleInput(phone, true));
        QVERIFY(without.ok() && with.ok());
        QString all, allWith;
        for (const auto &f : without.value())
            all += f.contents;
        for (const auto &f : with.value())
            allWith += f.contents;
        for (const auto &secret : testing::exampleInput(phone, true).passwords) {
            QVERIFY2(!all.contains(secret), qPrintable(format));
        }
        QVERIFY(!all.contains(QStringLiteral("Secret-")));
        // The softphone formats leave the password out instead of writing a placeholder.
        if (format != QLatin1String("baresip"))
            QVERIFY(all.contains(QStringLiteral("<PASSWORD-OF-")));
        QVERIFY(allWith.contains(phone ? QStringLiteral("Phone-Secret-3") : QStringLiteral("Primary-Secret-1")));
        QVERIFY(!allWith.contains(QStringLiteral("<PASSWORD-OF-")));
    }

    void registry()
    {
        QCOMPARE(ExportRegistry::defaultFor(PbxBrand::AsteriskKamailio).key, QStringLiteral("asterisk-pjsip"));
        QCOMPARE(ExportRegistry::defaultFor(PbxBrand::FreePbxElastix).key, QStringLiteral("freepbx"));
        QCOMPARE(ExportRegistry::defaultFor(PbxBrand::ThreeCx).key, QStringLiteral("3cx"));
        QCOMPARE(ExportRegistry::defaultFor(PbxBrand::YeastarMyPbx).key, QStringLiteral("yeastar"));
        QCOMPARE(ExportRegistry::defaultFor(PbxBrand::AvayaIpOffice).key, QStringLiteral("avaya"));
        QCOMPARE(ExportRegistry::defaultFor(PbxBrand::Other).key, QStringLiteral("asterisk-pjsip"));
        QVERIFY(!ExportRegistry::generate(QStringLiteral("nope"), testing::exampleInput(false)).ok());
        auto wrong = ExportRegistry::generate(QStringLiteral("baresip"), testing::exampleInput(false));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.message().contains(QStringLiteral("phone accounts")));
        ExportInput none = testing::exampleInput(false);
        none.trunk.reset();
        QVERIFY(!ExportRegistry::generate(QStringLiteral("asterisk-pjsip"), none).ok());
    }

    // User-chosen passwords may hold characters that the target syntax gives a meaning.
    void awkwardPasswords()
    {
        ExportInput in = testing::exampleInput(false, true);
        in.passwords.insert(QStringLiteral("31502053031"), QStringLiteral("semi;colon@x"));
        auto pj = ExportRegistry::generate(QStringLiteral("asterisk-pjsip"), in);
        QVERIFY(pj.ok());
        QVERIFY(pj->first().contents.contains(QStringLiteral("password=semi\\;colon@x\n")));
        auto sip = ExportRegistry::generate(QStringLiteral("asterisk-chansip"), in);
        QVERIFY(sip.ok());
        QVERIFY(sip->first().contents.contains(QStringLiteral("cannot carry")));
        in.passwords.insert(QStringLiteral("31502053031"), QStringLiteral("it's"));
        auto kam = ExportRegistry::generate(QStringLiteral("kamailio"), in);
        QVERIFY(kam.ok());
        QVERIFY(kam->first().contents.contains(QStringLiteral("'it''s'")));

        ExportInput ph = testing::exampleInput(true, true);
        ph.passwords.insert(QStringLiteral("31502053033"), QStringLiteral("with space;x"));
        auto bare = ExportRegistry::generate(QStringLiteral("baresip"), ph);
        QVERIFY(bare.ok());
        QVERIFY(!bare->first().contents.contains(QStringLiteral("auth_pass")));
        QVERIFY(!bare->first().contents.contains(QStringLiteral("with space")));
    }

    void plusFormatWritesPlus()
    {
        ExportInput in = testing::exampleInput(false);
        in.trunk->format = NumberFormat::Plus;
        auto files = ExportRegistry::generate(QStringLiteral("asterisk-pjsip"), in);
        QVERIFY(files.ok());
        const QString ext = files->at(1).contents;
        QVERIFY(ext.contains(QStringLiteral("Dial(PJSIP/+${EXTEN}@pbx-kantoor-primary)")));
        QVERIFY(ext.contains(QStringLiteral("exten => +31502053031,1,")));
    }
};

QTEST_GUILESS_MAIN(TestExportGenerators)
#include "tst_exportgenerators.moc"
