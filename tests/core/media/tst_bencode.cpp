// Bencode as rtpengine speaks it: exact bytes for known values, sorted keys, and refusal
// of every malformed input without reading past its end.
#include "media/Bencode.h"

#include <QTest>

using namespace centrale::media;

class TestBencode : public QObject {
    Q_OBJECT
private slots:
    void encodesKnownValues()
    {
        QCOMPARE(bencode(QByteArray("spam")).value(), QByteArray("4:spam"));
        QCOMPARE(bencode(QStringLiteral("é")).value(), QByteArray("2:\xc3\xa9"));
        QCOMPARE(bencode(qlonglong(-42)).value(), QByteArray("i-42e"));
        QCOMPARE(bencode(QVariantList{QByteArray("a"), 1}).value(), QByteArray("l1:ai1ee"));
        // Keys in sorted order whatever order they were inserted in.
        QVariantMap m;
        m.insert(QStringLiteral("sdp"), QByteArray("v=0"));
        m.insert(QStringLiteral("command"), QStringLiteral("offer"));
        m.insert(QStringLiteral("flags"), QStringList{QStringLiteral("trust-address")});
        QCOMPARE(bencode(m).value(), QByteArray("d7:command5:offer5:flagsl13:trust-addresse3:sdp3:v=0e"));
    }

    void refusesWhatItCannotCarry()
    {
        const auto r = bencode(QVariantList{1.5});
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("double")), qPrintable(r.message()));
        QVERIFY(!bencode(QVariant()).ok());
    }

    void roundTrips()
    {
        QVariantMap inner{{QStringLiteral("tag"), QByteArray("abc")}, {QStringLiteral("n"), qlonglong(7)}};
        QVariantMap m{{QStringLiteral("result"), QByteArray("ok")}, {QStringLiteral("tags"), QVariantList{inner, QByteArray()}}};
        const auto decoded = bdecode(bencode(m).value());
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(decoded->toMap(), m);
        QCOMPARE(bstring(decoded->toMap(), "result"), QStringLiteral("ok"));
        QCOMPARE(bstring(decoded->toMap(), "missing"), QString());
    }

    void refusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("string longer than data") << QByteArray("10:abc");
        QTest::newRow("huge length") << QByteArray("99999999999999999999:x");
        QTest::newRow("negative length") << QByteArray("-1:x");
        QTest::newRow("unterminated int") << QByteArray("i42");
        QTest::newRow("bad int") << QByteArray("i4x2e");
        QTest::newRow("open list") << QByteArray("l1:a");
        QTest::newRow("open dict") << QByteArray("d1:a1:b");
        QTest::newRow("dict key not a string") << QByteArray("di1ei2ee");
        QTest::newRow("trailing bytes") << QByteArray("1:ax");
        QTest::newRow("stray byte") << QByteArray("x");
        QTest::newRow("too deep") << QByteArray(100, 'l') + QByteArray(100, 'e');
    }
    void refusesMalformedInput()
    {
        QFETCH(QByteArray, input);
        const auto r = bdecode(input);
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QLatin1String("bencoded")));
    }
};

QTEST_GUILESS_MAIN(TestBencode)
#include "tst_bencode.moc"
