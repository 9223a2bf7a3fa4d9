// The backup file format and the secrets cipher on their own: what decode refuses, and
// that the secrets are bound to the header they were sealed with.
#include "backup/BackupFormat.h"

#include <QTest>

using namespace centrale::backup;

class TestBackupFormat : public QObject {
    Q_OBJECT
    static constexpr quint8 kFastLogN = 12; // the format stores N; tests need no 128 MiB

    BackupFile sample()
    {
        BackupFile f;
        f.schema = 7;
        f.created = 1'800'000'000;
        f.database = QByteArray("SQLite format 3\0", 16) + QByteArray(200, 'x');
        return f;
    }

private slots:
    void roundTripWithSecrets()
    {
        BackupFile f = sample();
        auto sealed = seal(R"({"sip/3150":"pw-1"})", "a long passphrase", header(f, true), kFastLogN);
        QVERIFY2(sealed, qPrintable(sealed.message()));
        f.secrets = sealed.value();
        const QByteArray bytes = encode(f);
        QVERIFY(bytes.startsWith("CNTRLBAK"));
        QVERIFY(!bytes.contains("pw-1"));
        auto back = decode(bytes);
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(back->schema, 7);
        QCOMPARE(back->created, f.created);
        QCOMPARE(back->database, f.database);
        QVERIFY(back->secrets);
        QCOMPARE(back->secrets->logN, kFastLogN);
        auto plain = unseal(*back->secrets, "a long passphrase", header(back.value(), true));
        QVERIFY2(plain, qPrintable(plain.message()));
        QCOMPARE(plain.value(), QByteArray(R"({"sip/3150":"pw-1"})"));
        QVERIFY(!unseal(*back->secrets, "a long passphrasf", header(back.value(), true)));
    }

    void secretsAreBoundToTheHeader()
    {
        // Sealed for schema 7, presented with a header that says 6: refused, as a wrong passphrase.
        BackupFile f = sample();
        auto sealed = seal("{}", "a long passphrase", header(f, true), kFastLogN);
        QVERIFY(sealed);
        f.schema = 6;
        auto plain = unseal(sealed.value(), "a long passphrase", header(f, true));
        QVERIFY(!plain);
        QVERIFY(plain.message().contains(QLatin1String("Wrong passphrase")));
    }

    void twoSealsDiffer()
    {
        // Fresh salt and nonce each time: the same secrets never give the same bytes.
        auto a = seal("same", "a long passphrase", "h", kFastLogN), b = seal("same", "a long passphrase", "h", kFastLogN);
        QVERIFY(a && b);
        QVERIFY(a->salt != b->salt);
        QVERIFY(a->nonce != b->nonce);
        QVERIFY(a->ciphertext != b->ciphertext);
    }

    void refusesCostlyOrBrokenKdfParameters()
    {
        auto s = seal("x", "a long passphrase", "h", kFastLogN);
        QVERIFY(s);
        SealedSecrets huge = s.value();
        huge.logN = 30; // 128 GiB: refused before any memory is taken
        QVERIFY(unseal(huge, "a long passphrase", "h").message().contains(QLatin1String("not supported")));
        SealedSecrets shortTag = s.value();
        shortTag.tag.chop(1);
        QVERIFY(!unseal(shortTag, "a long passphrase", "h"));
    }

    void decodeRefuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        BackupFile f = sample();
        const QByteArray good = encode(f);
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a Centrale backup");
        QTest::newRow("other file") << QByteArray("SQLite format 3") << QStringLiteral("not a Centrale backup");
        QTest::newRow("short header") << good.left(50) << QStringLiteral("header is incomplete");
        QTest::newRow("short database") << good.left(good.size() - 1) << QStringLiteral("truncated");
        QTest::newRow("extra bytes") << good + "x" << QStringLiteral("unexpected bytes");
        QByteArray flipped = good;
        flipped[100] = 'y';
        QTest::newRow("flipped") << flipped << QStringLiteral("checksum");
        QByteArray schema = good;
        schema[15] = 8; // header field changed, checksum not updated
        QTest::newRow("header edited") << schema << QStringLiteral("checksum");
        QByteArray version = good;
        version[9] = 2;
        QTest::newRow("newer format") << version << QStringLiteral("format 2");
        QByteArray huge = good;
        huge[24] = char(0x7f); // database length far beyond the file
        QTest::newRow("huge length") << huge << QStringLiteral("truncated");
        BackupFile withSecrets = sample();
        withSecrets.secrets = seal("{}", "a long passphrase", header(withSecrets, true), kFastLogN).value();
        QTest::newRow("short secrets") << encode(withSecrets).chopped(1) << QStringLiteral("secrets section is incomplete");
    }
    void decodeRefuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto r = decode(bytes);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(message), qPrintable(r.message()));
    }
};

QTEST_GUILESS_MAIN(TestBackupFormat)
#include "tst_backupformat.moc"
