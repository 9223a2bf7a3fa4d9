// ExportService: reads the stored trunk/phone, writes the files, keeps secrets out
// unless asked and then writes 0600; never overwrites unless allowed.
#include "ExportFixture.h"
#include "export/ExportService.h"
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "store/NumberRepository.h"
#include "store/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

namespace {
QString readAll(const QStringList &paths)
{
    QString all;
    for (const auto &p : paths) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(f.readAll());
    }
    return all;
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
} // namespace

class TestExportService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("centrale.db")));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
        auto s = FileSecretStore::open(m_dir.filePath(QStringLiteral("secrets.json")));
        QVERIFY2(s.ok(), qPrintable(s.message()));
        m_secrets = std::move(s).value();
        QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031"), QStringLiteral("31502053032")}).ok());
        AccountService accounts(*m_db, *m_secrets);
        auto t = accounts.createTrunk(testing::exampleTrunk(), {QStringLiteral("Primary-Secret-1"), QStringLiteral("Secondary-Secret-2")});
        QVERIFY2(t.ok(), qPrintable(t.message()));
        auto p = accounts.createPhone(testing::examplePhone(), QStringLiteral("Phone-Secret-3"));
        QVERIFY2(p.ok(), qPrintable(p.message()));
    }

    void withoutSecretsHasNoPassword()
    {
        ExportRequest req{QStringLiteral("PBX kantoor"), {}, {}, m_dir.filePath(QStringLiteral("plain")), false, false};
        auto r = ExportService(*m_db, nullptr).run(req);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->format, QStringLiteral("asterisk-pjsip")); // the brand's default
        QCOMPARE(r->paths.size(), 2);
        const QString all = readAll(r->paths);
        QVERIFY(!all.contains(QLatin1String("Secret-")));
        QVERIFY(all.contains(QLatin1String("<PASSWORD-OF-31502053031>")));
        for (const auto &p : r->paths) {
            const auto perms = QFileInfo(p).permissions();
            QVERIFY(perms.testFlag(QFile::ReadOther));
            QVERIFY(!perms.testFlag(QFile::WriteOther));
        }
    }

    void withSecretsIsOwnerOnly_data()
    {
        QTest::addColumn<QString>("trunk");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("secret");
        QTest::newRow("trunk kamailio") << QStringLiteral("PBX kantoor") << QString() << QStringLiteral("kamailio") << QStringLiteral("Secondary-Secret-2");
        QTest::newRow("trunk 3cx") << QStringLiteral("PBX kantoor") << QString() << QStringLiteral("3cx") << QStringLiteral("Primary-Secret-1");
        QTest::newRow("phone baresip") << QString() << QStringLiteral("31502053033") << QString() << QStringLiteral("Phone-Secret-3");
    }
    void withSecretsIsOwnerOnly()
    {
        QFETCH(QString, trunk);
        QFETCH(QString, phone);
        QFETCH(QString, format);
        QFETCH(QString, secret);
        const QString out = m_dir.filePath(QStringLiteral("secret-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        ExportRequest req{trunk, phone, format, out, true, false};
        auto r = ExportService(*m_db, m_secrets.get()).run(req);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r->secretsIncluded);
        QVERIFY(readAll(r->paths).contains(secret));
        for (const auto &p : r->paths) {
            const auto perms = QFileInfo(p).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
            QCOMPARE(perms, kOwnerOnly);
        }
    }

    void refusesToOverwriteUnlessAllowed()
    {
        const QString out = m_dir.filePath(QStringLiteral("again"));
        ExportRequest req{QStringLiteral("PBX kantoor"), {}, QStringLiteral("asterisk-chansip"), out, false, false};
        QVERIFY(ExportService(*m_db, nullptr).run(req).ok());
        auto again = ExportService(*m_db, nullptr).run(req);
        QVERIFY(!again.ok());
        QVERIFY(again.message().contains(QLatin1String("exists already")));
        // Overwriting with secrets narrows the existing 0644 files before writing.
        req.overwrite = true;
        req.includeSecrets = true;
        auto forced = ExportService(*m_db, m_secrets.get()).run(req);
        QVERIFY2(forced.ok(), qPrintable(forced.message()));
        for (const auto &p : forced->paths)
            QVERIFY(!QFileInfo(p).permissions().testFlag(QFile::ReadOther));
    }

    void refusesSymlinks()
    {
        const QString out = m_dir.filePath(QStringLiteral("linked"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("elsewhere")), out + QStringLiteral("/pjsip.conf")));
        auto r = ExportService(*m_db, m_secrets.get()).run({QStringLiteral("PBX kantoor"), {}, {}, out, true, true});
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QLatin1String("symbolic link")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("elsewhere"))));
    }

    void clearErrors()
    {
        ExportService svc(*m_db, nullptr);
        auto none = svc.run({QStringLiteral("No such trunk"), {}, {}, m_dir.filePath(QStringLiteral("x")), false, false});
        QVERIFY(!none.ok());
        auto both = svc.run({QStringLiteral("PBX kantoor"), QStringLiteral("31502053033"), {}, m_dir.filePath(QStringLiteral("x")), false, false});
        QVERIFY(!both.ok());
        auto wrong = svc.run({QStringLiteral("PBX kantoor"), {}, QStringLiteral("linphone"), m_dir.filePath(QStringLiteral("x")), false, false});
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.message().contains(QLatin1String("phone accounts")));
        auto noStore = svc.run({QStringLiteral("PBX kantoor"), {}, {}, m_dir.filePath(QStringLiteral("x")), true, false});
        QVERIFY(!noStore.ok());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x"))));
    }

    void serversComeFromSettings()
    {
        SettingsRepository s(*m_db);
        QVERIFY(s.set(QStringLiteral("sip.primary"), QStringLiteral("192.0.2.1:5070")).ok());
        auto in = ExportService(*m_db, nullptr).input({QStringLiteral("PBX kantoor"), {}, {}, {}, false, false});
        QVERIFY(in.ok());
        QCOMPARE(in->primaryServer, QStringLiteral("192.0.2.1:5070"));
        QCOMPARE(in->secondaryServer, QStringLiteral("127.0.0.1:5062"));
        QVERIFY(in->passwords.isEmpty());
        QVERIFY(s.set(QStringLiteral("sip.primary"), QStringLiteral("127.0.0.1:5060")).ok());
    }
};

QTEST_GUILESS_MAIN(TestExportService)
#include "tst_exportservice.moc"
