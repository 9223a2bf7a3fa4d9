// The provisioning renderer: file names per family, golden files per family (run with
// CENTRALE_UPDATE_GOLDEN=1 to rewrite them after an intended change, and review the diff),
// MAC notations, and values that try to break out of their key or element.
#include "domain/MacAddress.h"
#include "domain/PhoneAccount.h"
#include "provisioning/PhoneModels.h"
#include "provisioning/ProvisioningRenderer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace centrale;
using namespace centrale::provisioning;

namespace {
DeviceProfile example(const QString &model)
{
    DeviceProfile p;
    p.mac = QStringLiteral("001565aabbcc");
    p.model = model;
    p.username = QStringLiteral("31502053033");
    p.password = QStringLiteral("s3cret-Pass_word");
    p.displayName = QStringLiteral("Receptie Groningen");
    p.primaryHost = QStringLiteral("sip1.example.nl");
    p.primaryPort = 5060;
    p.secondaryHost = QStringLiteral("sip2.example.nl");
    p.secondaryPort = 5062;
    p.realm = QStringLiteral("centrale");
    p.ntpServer = QStringLiteral("pool.ntp.org");
    p.language = QStringLiteral("nl");
    return p;
}
} // namespace

class TestProvisioningRenderer : public QObject {
    Q_OBJECT
private slots:
    void macNotations_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("colons") << "00:15:65:AA:BB:CC" << "001565aabbcc";
        QTest::newRow("dashes") << "00-15-65-aa-bb-cc" << "001565aabbcc";
        QTest::newRow("cisco dots") << "0015.65aa.bbcc" << "001565aabbcc";
        QTest::newRow("bare upper") << " 001565AABBCC " << "001565aabbcc";
        QTest::newRow("mixed separators") << "00:15-65:aa:bb:cc" << "";
        QTest::newRow("too short") << "00:15:65:aa:bb" << "";
        QTest::newRow("not hex") << "00:15:65:aa:bb:cg" << "";
        QTest::newRow("zero") << "00:00:00:00:00:00" << "";
        QTest::newRow("broadcast") << "ff:ff:ff:ff:ff:ff" << "";
    }
    void macNotations()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto m = normalizeMac(input);
        if (expected.isEmpty()) {
            QVERIFY(!m);
            QCOMPARE(m.error().field, QStringLiteral("mac"));
        } else {
            QVERIFY2(m.ok(), qPrintable(m.message()));
            QCOMPARE(m.value(), expected);
        }
    }

    void phoneAccountValidatesHandset()
    {
        PhoneAccount p;
        p.number = QStringLiteral("31502053033");
        p.account.username = p.number;
        p.mac = QStringLiteral("001565aabbcc");
        QCOMPARE(p.validate().error().field, QStringLiteral("model")); // a MAC needs a model
        p.model = QStringLiteral("T99X");
        QCOMPARE(p.validate().error().field, QStringLiteral("model"));
        p.model = QStringLiteral("T46U");
        QVERIFY(p.validate().ok());
        p.mac = QStringLiteral("00:15:65:AA:BB:CC"); // the store keeps only the normalised form
        QCOMPARE(p.validate().error().field, QStringLiteral("mac"));
    }

    void fileNamesPerFamily_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("yealink") << "T46U" << QStringList{QStringLiteral("y000000000108.cfg"), QStringLiteral("001565aabbcc.cfg")};
        QTest::newRow("snom") << "D735" << QStringList{QStringLiteral("snomD735-001565AABBCC.htm")};
        QTest::newRow("grandstream") << "GRP2614" << QStringList{QStringLiteral("cfg001565aabbcc.xml")};
        QTest::newRow("polycom") << "VVX450" << QStringList{QStringLiteral("001565aabbcc.cfg"), QStringLiteral("001565aabbcc-centrale.cfg")};
        QTest::newRow("gigaset") << "N670" << QStringList{QStringLiteral("001565AABBCC.xml")};
    }
    void fileNamesPerFamily()
    {
        QFETCH(QString, model);
        QFETCH(QStringList, names);
        QCOMPARE(fileNames(example(model)), names);
    }

    void parsesRequestedNames()
    {
        auto f = parseFileName(QStringLiteral("/phones/001565AABBCC.cfg"));
        QVERIFY(f);
        QCOMPARE(f->kind, FileRequest::Kind::Device);
        QCOMPARE(f->mac, QStringLiteral("001565aabbcc"));
        QCOMPARE(f->name, QStringLiteral("001565AABBCC.cfg"));
        f = parseFileName(QStringLiteral("y000000000108.cfg"));
        QVERIFY(f);
        QCOMPARE(f->kind, FileRequest::Kind::Common);
        QCOMPARE(f->family, QStringLiteral("yealink"));
        f = parseFileName(QStringLiteral("000000000000.cfg"));
        QVERIFY(f);
        QCOMPARE(f->family, QStringLiteral("polycom"));
        QCOMPARE(parseFileName(QStringLiteral("snomD735-001565AABBCC.htm"))->family, QStringLiteral("snom"));
        QCOMPARE(parseFileName(QStringLiteral("cfg001565aabbcc.xml"))->family, QStringLiteral("grandstream"));
        QCOMPARE(parseFileName(QStringLiteral("001565AABBCC.xml"))->family, QStringLiteral("gigaset"));
        QVERIFY(!parseFileName(QStringLiteral("/etc/passwd")));
        QVERIFY(!parseFileName(QStringLiteral("../001565aabbcc.cfg.bak")));
        QVERIFY(!parseFileName(QString()));
    }

    void matchesGolden_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("family");
        for (const char *m : {"T46U", "D735", "GRP2614", "VVX450", "N670"}) {
            const auto *pm = PhoneModels::find(QLatin1String(m));
            QVERIFY(pm);
            QTest::newRow(m) << QString::fromLatin1(m) << pm->family;
        }
    }
    void matchesGolden()
    {
        QFETCH(QString, model);
        QFETCH(QString, family);
        const DeviceProfile p = example(model);
        QStringList names = fileNames(p);
        if (family == QLatin1String("polycom"))
            names.prepend(QStringLiteral("000000000000.cfg"));
        const QString dir = QStringLiteral(CENTRALE_TEST_DATA "/provisioning/") + family;
        for (const auto &name : names) {
            auto content = render(p, name);
            QVERIFY2(content.ok(), qPrintable(content.message()));
            QFile golden(dir + QLatin1Char('/') + name);
            if (qEnvironmentVariableIsSet("CENTRALE_UPDATE_GOLDEN")) {
                QDir().mkpath(dir);
                QVERIFY(golden.open(QIODevice::WriteOnly));
                golden.write(content.value());
                continue;
            }
            QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
            QCOMPARE(QString::fromUtf8(content.value()), QString::fromUtf8(golden.readAll()));
        }
    }

    void everyFileHasTheEssentials_data()
    {
        QTest::addColumn<QString>("model");
        for (const char *m : {"T46U", "D735", "GRP2614", "VVX450", "N670"})
            QTest::newRow(m) << QString::fromLatin1(m);
    }
    void everyFileHasTheEssentials()
    {
        QFETCH(QString, model);
        const DeviceProfile p = example(model);
        // The file with the account in it: both servers, the credentials, the display name.
        const QString name = fileNames(p).last();
        const QString text = QString::fromUtf8(render(p, name).value());
        for (const QString &needle : {p.primaryHost, p.secondaryHost, QStringLiteral("5062"), p.username, p.password, p.displayName, p.ntpServer})
            QVERIFY2(text.contains(needle), qPrintable(name + QStringLiteral(" lacks ") + needle));
        // G.711 A-law before µ-law, whatever each family calls them.
        const QRegularExpression alaw(QStringLiteral("pcma|G711_A|G\\.711 a|<P57>8<"), QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(alaw.match(text).hasMatch(), qPrintable(name));
    }

    void yealinkStartsWithVersionLine()
    {
        const DeviceProfile p = example(QStringLiteral("T46U"));
        for (const auto &name : fileNames(p))
            QVERIFY(render(p, name)->startsWith("#!version:1.0.0.1\n"));
    }

    void valuesCannotInjectSettings()
    {
        DeviceProfile p = example(QStringLiteral("T46U"));
        p.displayName = QStringLiteral("Bob\naccount.1.password = stolen");
        const QString yealink = QString::fromUtf8(render(p, QStringLiteral("001565aabbcc.cfg")).value());
        QVERIFY(!yealink.contains(QLatin1String("\naccount.1.password = stolen")));
        p.model = QStringLiteral("D735");
        p.displayName = QStringLiteral("A&B <user_pass>");
        const QString snom = QString::fromUtf8(render(p, QStringLiteral("snomD735-001565AABBCC.htm")).value());
        QVERIFY(snom.contains(QLatin1String("A&amp;B &lt;user_pass&gt;")));
    }

    void refusesOtherPhonesFiles()
    {
        const DeviceProfile p = example(QStringLiteral("T46U"));
        QVERIFY(!render(p, QStringLiteral("001565aabbcd.cfg")));
        QVERIFY(!render(p, QStringLiteral("cfg001565aabbcc.xml")));
        QVERIFY(!render(p, QStringLiteral("y000000000066.cfg"))); // another model's shared file
    }
};

QTEST_GUILESS_MAIN(TestProvisioningRenderer)
#include "tst_provisioningrenderer.moc"
