#include "secrets/Credentials.h"
#include "secrets/FileSecretStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

class TestFileSecretStore : public QObject {
    Q_OBJECT
private slots:
    void createdOwnerOnlyAndRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        auto store = FileSecretStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY((*store)->write(QStringLiteral("sip/a"), QStringLiteral("s3cret-pa55")).ok());
        QCOMPARE((*store)->read(QStringLiteral("sip/a")).value(), QStringLiteral("s3cret-pa55"));
        QVERIFY(!(*store)->read(QStringLiteral("sip/b")).ok());
        QVERIFY((*store)->remove(QStringLiteral("sip/a")).ok());
        QVERIFY(!(*store)->read(QStringLiteral("sip/a")).ok());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }
    void refusesAWiderFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("open.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{}");
        f.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        auto store = FileSecretStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.message().contains(QLatin1String("chmod 600")), qPrintable(store.message()));
    }
    void generatedPasswordsAndHa1()
    {
        const QString a = credentials::generatePassword(), b = credentials::generatePassword();
        QVERIFY(a.size() >= 20);
        QVERIFY(a != b);
        QVERIFY(credentials::isAcceptablePassword(a));
        QVERIFY(credentials::generatePassword(4).size() >= 20);
        // RFC 2617 example: Mufasa:testrealm@host.com:Circle Of Life
        QCOMPARE(credentials::ha1(QStringLiteral("Mufasa"), QStringLiteral("testrealm@host.com"), QStringLiteral("Circle Of Life")),
                 QStringLiteral("939e7578ed9e3c518a452acee763bce9"));
    }
};

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
