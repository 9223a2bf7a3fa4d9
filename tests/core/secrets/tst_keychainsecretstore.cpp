// Runs against a real gnome-keyring in a private D-Bus session (tests/tools/with-keyring.sh).
#include "secrets/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QTest>

using namespace centrale;

class TestKeychainSecretStore : public QObject {
    Q_OBJECT
private slots:
    void roundTripsThroughTheRealKeyring()
    {
        KeychainSecretStore store(QStringLiteral("centrale-test"), 15000);
        QVERIFY2(store.write(QStringLiteral("sip/31502053031"), QStringLiteral("Pa55-w0rd-ä")).ok(), "keyring write");
        auto r = store.read(QStringLiteral("sip/31502053031"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.value(), QStringLiteral("Pa55-w0rd-ä"));
        QVERIFY(store.remove(QStringLiteral("sip/31502053031")).ok());
        auto gone = store.read(QStringLiteral("sip/31502053031"));
        QVERIFY(!gone.ok());
        QVERIFY2(gone.message().contains(QLatin1String("No password")), qPrintable(gone.message()));
    }
    void asyncCallbackRunsOnce()
    {
        KeychainSecretStore store(QStringLiteral("centrale-test"), 15000);
        int calls = 0;
        Result<QString> got = Result<QString>::fail(QStringLiteral("not yet"));
        QVERIFY(store.write(QStringLiteral("sip/async"), QStringLiteral("abcdefgh12")).ok());
        store.readAsync(QStringLiteral("sip/async"), this, [&](Result<QString> r) {
            ++calls;
            got = r;
        });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(got.value(), QStringLiteral("abcdefgh12"));
    }
    // No keyring on the bus: a readable error within the timeout, never a hang.
    void noKeyringGivesAClearErrorInTime()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        KeychainSecretStore store(QStringLiteral("centrale-test"), 2000);
        QElapsedTimer t;
        t.start();
        auto r = store.read(QStringLiteral("sip/x"));
        QVERIFY(!r.ok());
        QVERIFY(t.elapsed() < 10000);
        QVERIFY(!r.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
