// BackupService against real databases: an older backup is migrated forward on restore,
// and a restore whose secrets cannot be written leaves database and store as they were.
#include "backup/BackupService.h"
#include "store/NumberRepository.h"
#include "store/SettingsRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

namespace {
// A store in memory that can be told to fail its n-th write.
class MemoryStore : public SecretStore {
public:
    QMap<QString, QString> values;
    int failOnWrite = -1;
    int writes = 0;
    Status write(const QString &key, const QString &secret) override
    {
        if (writes++ == failOnWrite)
            return Status::fail(QStringLiteral("disk full"));
        values[key] = secret;
        return {};
    }
    Result<QString> read(const QString &key) override
    {
        if (!values.contains(key))
            return Result<QString>::fail(QStringLiteral("absent"));
        return values.value(key);
    }
    Status remove(const QString &key) override
    {
        values.remove(key);
        return {};
    }
    QString describe() const override { return QStringLiteral("memory"); }
};

QByteArray sha(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}
} // namespace

class TestBackupService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void anOlderBackupIsMigratedForward()
    {
        const QString old = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::open(old, 3);
            QVERIFY2(db, qPrintable(db.message()));
            // As an older release wrote it (its own SQL, not today's repositories).
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('sip.realm', 'old.example')")));
            auto w = backup::writeBackup(**db, m_dir.filePath(QStringLiteral("old.cbak")));
            QVERIFY2(w, qPrintable(w.message()));
            QCOMPARE(w->schema, 3);
        }
        auto file = backup::readBackup(m_dir.filePath(QStringLiteral("old.cbak")));
        QVERIFY2(file, qPrintable(file.message()));
        const QString target = m_dir.filePath(QStringLiteral("new/restored.sqlite"));
        auto r = backup::restoreBackup(file.value(), target);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r->schema, 3);
        QCOMPARE(r->migratedTo, Database::latestVersion());
        auto db = Database::open(target);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        QCOMPARE(SettingsRepository(**db).get(QStringLiteral("sip.realm")), QStringLiteral("old.example"));
    }

    void aFailedSecretsWriteChangesNothing()
    {
        const QString live = m_dir.filePath(QStringLiteral("live.sqlite"));
        const QString site = m_dir.filePath(QStringLiteral("site.sqlite"));
        MemoryStore source;
        source.values[kUpstreamPasswordKey] = QStringLiteral("carrier-pw");
        source.values[kSmtpPasswordKey] = QStringLiteral("smtp-pw");
        {
            auto db = Database::open(live);
            QVERIFY(db);
            QVERIFY(backup::writeBackup(**db, m_dir.filePath(QStringLiteral("s.cbak")), &source, "a long passphrase"));
        }
        {
            auto db = Database::open(site);
            QVERIFY(db);
            QVERIFY(NumberRepository(**db).add({QStringLiteral("31201234567")}));
        }
        const QByteArray before = sha(site);
        MemoryStore target;
        target.values[kSmtpPasswordKey] = QStringLiteral("site-smtp");
        target.failOnWrite = 1; // the second secret cannot be written
        auto file = backup::readBackup(m_dir.filePath(QStringLiteral("s.cbak")));
        QVERIFY(file);
        auto r = backup::restoreBackup(file.value(), site, &target, "a long passphrase");
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QLatin1String("disk full")), qPrintable(r.message()));
        QCOMPARE(sha(site), before);
        // The first secret written was put back: the store is as it was.
        QCOMPARE(target.values, (QMap<QString, QString>{{kSmtpPasswordKey, QStringLiteral("site-smtp")}}));

        target.failOnWrite = -1;
        r = backup::restoreBackup(file.value(), site, &target, "a long passphrase");
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r->secrets, 2);
        QCOMPARE(target.values.value(kUpstreamPasswordKey), QStringLiteral("carrier-pw"));
        QCOMPARE(target.values.value(kSmtpPasswordKey), QStringLiteral("smtp-pw"));
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
