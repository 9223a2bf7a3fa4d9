// centralectl backup/restore as an administrator uses them: a backup taken while an engine
// runs and another connection writes restores to the same --json dumps; a backup from a
// newer build, a damaged or truncated one and a wrong passphrase are refused and change
// nothing; secrets travel encrypted and come back with the right passphrase.
#include "../tools/CtlRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QtEndian>

#include <atomic>
#include <csignal>
#include <thread>

namespace {
QString s(const char *t)
{
    return QString::fromUtf8(t);
}
const QByteArray kPasswords[] = {"primary-Secret-111", "secondary-Secret-222", "phone-Secret-333", "upstream-Secret-444"};
const QByteArray kPassphrase = "correct horse battery staple";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}
QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}
// The documented format: bytes 32-63 are SHA-256 over bytes 0-31 and the database.
QByteArray resealed(QByteArray file)
{
    const qint64 n = qFromBigEndian<qint64>(file.constData() + 24);
    const QByteArray sum = QCryptographicHash::hash(file.left(32) + file.mid(64, n), QCryptographicHash::Sha256);
    file.replace(32, 32, sum);
    return file;
}
} // namespace

class TestBackupCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner a{m_dir, s("a.sqlite"), s("a-secrets.json")}; // the live database
    CtlRunner c{m_dir, s("c.sqlite"), s("c-secrets.json")}; // a second site to restore onto
    QString path(const char *name) const { return m_dir.filePath(s(name)); }

    // What an administrator can see of a database, as --json.
    QStringList dumps(const CtlRunner &ctl)
    {
        const QList<QStringList> commands{{s("trunk"), s("list")},    {s("number"), s("list")},
                                          {s("callplan"), s("list")}, {s("settings"), s("list")},
                                          {s("phone"), s("list")},    {s("rates"), s("list")},
                                          {s("limits"), s("show")},   {s("callplan"), s("step"), s("list"), s("--callplan"), s("Receptie")}};
        QStringList out;
        for (const auto &cmd : commands) {
            const auto r = ctl.run(cmd + QStringList{s("--json")});
            out << (r.code == 0 ? r.out : s("failed: ") + r.err);
        }
        return out;
    }
    // Every restore attempt that fails must leave the target exactly as it was.
    void checkRefusedAndUntouched(const CtlRunner &ctl, const QString &backup, const QByteArray &in, const QString &message)
    {
        const QByteArray dbBefore = sha(ctl.dbPath()), secretsBefore = sha(path("c-secrets.json"));
        const auto r = ctl.run({s("restore"), backup}, in);
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(sha(ctl.dbPath()), dbBefore);
        QCOMPARE(sha(path("c-secrets.json")), secretsBefore);
        QCOMPARE(QDir(m_dir.path()).entryList({s("*.restore-*")}), QStringList());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Loopback addresses of this test only.
        QCOMPARE(a.run({s("settings"), s("set"), s("sip.primary"), s("127.0.20.1:41950")}).code, 0);
        QCOMPARE(a.run({s("settings"), s("set"), s("sip.secondary"), s("127.0.20.1:41951")}).code, 0);
        QCOMPARE(a.run({s("number"), s("add"), s("31502053031"), s("31502053032"), s("31502053040")}).code, 0);
        QCOMPARE(a.run({s("callplan"), s("add"), s("--name"), s("Receptie"), s("--internal"), s("200")}).code, 0);
        QCOMPARE(a.run({s("callplan"), s("step"), s("add"), s("--callplan"), s("Receptie"), s("--voicemail"), s("Receptie")}).code, 0);
        QCOMPARE(a.run({s("callplan"), s("link"), s("--callplan"), s("Receptie"), s("--number"), s("31502053040")}).code, 0);
        auto t = a.run({s("trunk"), s("add"), s("--name"), s("PBX kantoor"), s("--channels"), s("4"), s("--brand"), s("yeastar"), s("--format"),
                        s("noplus"), s("--ip"), s("192.0.2.10"), s("--number"), s("31502053031:in:cid"), s("--number"), s("31502053032:in"),
                        s("--password-stdin")},
                       kPasswords[0] + '\n' + kPasswords[1] + '\n');
        QVERIFY2(t.code == 0, qPrintable(t.err));
        auto p = a.run({s("phone"), s("add"), s("--number"), s("31502053099"), s("--password-stdin")}, kPasswords[2] + '\n');
        QVERIFY2(p.code == 0, qPrintable(p.err));
        QCOMPARE(a.run({s("settings"), s("password"), s("upstream"), s("--password-stdin")}, kPasswords[3] + '\n').code, 0);
        QCOMPARE(a.run({s("limits"), s("set"), s("--trunk"), s("PBX kantoor"), s("--amount-day"), s("25"), s("--cps"), s("3")}).code, 0);
        // The second site has its own, different data.
        QCOMPARE(c.run({s("number"), s("add"), s("31201234567")}).code, 0);
        QCOMPARE(c.run({s("settings"), s("password"), s("smtp"), s("--password-stdin")}, "site-c-smtp-pw\n").code, 0);
    }

    void backupOfADatabaseInUseRestoresIdentically()
    {
        QProcess serve;
        QVERIFY(a.startServe(serve));
        QVERIFY(serve.readAll().contains("127.0.20.1:41950"));
        // Its first heartbeat, which is how other processes know it runs.
        QTRY_VERIFY_WITH_TIMEOUT(a.run({s("status")}).out.contains(s("engine: running")), 5000);

        // Another connection commits pairs of rows the whole time the backup runs.
        std::atomic<bool> stop{false};
        std::atomic<int> pairs{0};
        std::thread writer([&] {
            {
                auto db = QSqlDatabase::addDatabase(s("QSQLITE"), s("writer"));
                db.setDatabaseName(a.dbPath());
                db.setConnectOptions(s("QSQLITE_BUSY_TIMEOUT=5000"));
                if (db.open()) {
                    QSqlQuery q(db);
                    q.exec(s("CREATE TABLE IF NOT EXISTS test_writes (n INTEGER)"));
                    for (int i = 0; i < 20000 && !stop; ++i) {
                        db.transaction();
                        q.exec(s("INSERT INTO test_writes VALUES (%1)").arg(i));
                        q.exec(s("INSERT INTO test_writes VALUES (%1)").arg(i));
                        if (db.commit())
                            ++pairs;
                    }
                }
            }
            QSqlDatabase::removeDatabase(s("writer"));
        });
        QElapsedTimer waited;
        waited.start();
        while (pairs < 20 && waited.elapsed() < 5000)
            QTest::qWait(10);
        const auto made = a.run({s("backup"), s("--out"), path("live.cbak"), s("--json")});
        const int pairsAfter = pairs;
        // Restoring onto the database the engine runs on is refused.
        const auto busy = a.run({s("restore"), path("live.cbak")});
        stop = true;
        writer.join();
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(5000));

        QVERIFY2(made.code == 0, qPrintable(made.err));
        const auto info = QJsonDocument::fromJson(made.out.toUtf8()).object();
        QVERIFY(info[s("schema")].toInt() > 0);
        QCOMPARE(info[s("secrets")], QJsonValue()); // none asked for
        QCOMPARE(QFile(path("live.cbak")).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(busy.code, 1);
        QVERIFY2(busy.err.contains(s("engine is running")), qPrintable(busy.err));

        // Restored to a fresh path, every dump equals the live database's.
        CtlRunner b{m_dir, s("b.sqlite"), s("b-secrets.json")};
        const auto restored = b.run({s("restore"), path("live.cbak"), s("--json")});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        const QStringList live = dumps(a), copy = dumps(b);
        for (int i = 0; i < live.size(); ++i) {
            QVERIFY2(!live.at(i).startsWith(s("failed")) && live.at(i).size() > 10, qPrintable(live.at(i)));
            QCOMPARE(copy.at(i), live.at(i));
        }
        QVERIFY(live.at(0).contains(s("PBX kantoor")));
        // A consistent snapshot: whole transactions only, and none committed after it was taken.
        {
            auto db = QSqlDatabase::addDatabase(s("QSQLITE"), s("check"));
            db.setDatabaseName(b.dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(s("SELECT count(*), count(DISTINCT n) FROM test_writes")) && q.next());
            const int rows = q.value(0).toInt();
            QCOMPARE(rows, 2 * q.value(1).toInt());
            QVERIFY2(rows >= 2 * 20 && rows <= 2 * pairsAfter, qPrintable(s("%1 rows, %2 pairs").arg(rows).arg(pairsAfter)));
            QVERIFY(q.exec(s("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), s("ok"));
        }
        QSqlDatabase::removeDatabase(s("check"));
        // The copy does not claim the engine that ran on the original.
        QVERIFY(b.run({s("status")}).out.contains(s("not running")));
        // No password in clear in a backup without secrets either.
        const QByteArray bytes = readAll(path("live.cbak"));
        for (const auto &pw : kPasswords)
            QVERIFY(!bytes.contains(pw));
    }

    void secretsTravelEncryptedAndNeedThePassphrase()
    {
        const auto made = a.run({s("backup"), s("--out"), path("full.cbak"), s("--include-secrets"), s("--json")}, kPassphrase + '\n');
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QCOMPARE(QJsonDocument::fromJson(made.out.toUtf8()).object()[s("secrets")].toInt(), 4);
        QCOMPARE(QFile(path("full.cbak")).permissions() & 0x0077, QFileDevice::Permissions());
        const QByteArray bytes = readAll(path("full.cbak"));
        for (const auto &pw : kPasswords) {
            QVERIFY2(!bytes.contains(pw), pw.constData());
            QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(pw).utf16()), pw.size() * 2)));
        }
        QVERIFY(!bytes.contains(kPassphrase));

        // A short passphrase, or none, is refused before anything is written.
        QCOMPARE(a.run({s("backup"), s("--out"), path("short.cbak"), s("--include-secrets")}, "short\n").code, 2);
        QVERIFY(!QFile::exists(path("short.cbak")));

        checkRefusedAndUntouched(c, path("full.cbak"), "not the passphrase\n", s("Wrong passphrase"));
        checkRefusedAndUntouched(c, path("full.cbak"), {}, s("give their passphrase"));

        const auto r = c.run({s("restore"), path("full.cbak"), s("--json")}, kPassphrase + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[s("secrets")].toInt(), 4);
        QCOMPARE(dumps(c), dumps(a));
        const auto store = QJsonDocument::fromJson(readAll(path("c-secrets.json"))).object();
        QCOMPARE(store[s("sip/31502053099")].toString(), QString::fromLatin1(kPasswords[2]));
        QCOMPARE(store[s("upstream.password")].toString(), QString::fromLatin1(kPasswords[3]));
        QCOMPARE(store[s("smtp.password")].toString(), s("site-c-smtp-pw")); // not in the backup: left alone
        QCOMPARE(QFile(path("c-secrets.json")).permissions() & 0x0077, QFileDevice::Permissions());
    }

    void newerSchemaIsRefused()
    {
        QByteArray file = readAll(path("live.cbak"));
        QVERIFY(file.size() > 64);
        const quint32 schema = qFromBigEndian<quint32>(file.constData() + 12);
        char next[4];
        qToBigEndian<quint32>(schema + 1, next);
        file.replace(12, 4, next, 4);
        writeAll(path("newer.cbak"), resealed(file));
        checkRefusedAndUntouched(c, path("newer.cbak"), {}, s("newer Centrale (schema %1").arg(schema + 1));
    }

    void damagedBackupsAreRefused()
    {
        const QByteArray good = readAll(path("live.cbak"));
        const qint64 n = qFromBigEndian<qint64>(good.constData() + 24);
        QByteArray flipped = good;
        flipped[64 + n / 2] = char(flipped[64 + n / 2] ^ 0x5a);
        writeAll(path("flipped.cbak"), flipped);
        checkRefusedAndUntouched(c, path("flipped.cbak"), {}, s("damaged: its checksum"));

        writeAll(path("truncated.cbak"), good.left(good.size() / 2));
        checkRefusedAndUntouched(c, path("truncated.cbak"), {}, s("truncated"));
        writeAll(path("header.cbak"), good.left(40));
        checkRefusedAndUntouched(c, path("header.cbak"), {}, s("truncated"));
        writeAll(path("other.cbak"), "SQLite format 3\0 not a backup");
        checkRefusedAndUntouched(c, path("other.cbak"), {}, s("not a Centrale backup"));

        // Checksum intact but the SQLite file inside damaged (as a broken disk under the
        // backing-up machine would write it): integrity_check catches it.
        QByteArray broken = good;
        for (qint64 i = 64 + 4096 + 8; i < 64 + 4096 + 400 && i < 64 + n; ++i)
            broken[i] = char(0xff);
        writeAll(path("broken.cbak"), resealed(broken));
        checkRefusedAndUntouched(c, path("broken.cbak"), {}, s("database in the backup is damaged"));

        // A secrets section with one altered byte: refused like a wrong passphrase.
        QByteArray full = readAll(path("full.cbak"));
        full[full.size() - 20] = char(full[full.size() - 20] ^ 1);
        writeAll(path("altered.cbak"), full);
        checkRefusedAndUntouched(c, path("altered.cbak"), kPassphrase + '\n', s("Wrong passphrase, or the secrets in the backup were altered"));
    }

    void helpAndBadInput()
    {
        const auto help = a.run({s("backup"), s("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(s("--include-secrets")));
        QCOMPARE(a.run({s("backup")}).code, 2);
        QCOMPARE(a.run({s("restore")}).code, 2);
        const auto missing = a.run({s("restore"), path("nope.cbak")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(s("nope.cbak")), qPrintable(missing.err));
    }

    // Recordings, voicemail messages and a plan's greeting travel with the backup (by default)
    // and come back 0600 in 0700 folders; the shipped greetings stay out; a damaged media
    // section changes nothing; --without-media and --skip-media leave them out.
    void mediaTravelsWithTheBackup()
    {
        const QString base = QFileInfo(a.dbPath()).absolutePath();
        const QMap<QString, QByteArray> media{{s("recordings/call-1@pbx.wav"), QByteArray(300000, 'r')},
                                              {s("recordings/call-1@pbx-a.wav"), QByteArray(1000, 'a')},
                                              {s("voicemail/msg-20261203.wav"), QByteArray(5000, 'v')},
                                              {s("voicemail/greetings/plan-1.wav"), QByteArray(700, 'g')}};
        for (auto it = media.begin(); it != media.end(); ++it) {
            QVERIFY(QDir().mkpath(QFileInfo(base + QLatin1Char('/') + it.key()).absolutePath()));
            writeAll(base + QLatin1Char('/') + it.key(), it.value());
        }
        writeAll(base + s("/voicemail/greetings/default-nl.wav"), "shipped"); // written again at every start: not backed up

        const auto help = a.run({s("backup"), s("--help")});
        QVERIFY(help.out.contains(s("--without-media")));
        QVERIFY(help.out.contains(s("58 MB per recorded hour")));
        QVERIFY(a.run({s("restore"), s("--help")}).out.contains(s("--skip-media")));

        const auto with = a.run({s("backup"), s("--out"), path("media.cbak"), s("--json")});
        QVERIFY2(with.code == 0, qPrintable(with.err));
        const QJsonObject w = QJsonDocument::fromJson(with.out.toUtf8()).object();
        QCOMPARE(w.value(s("media_files")).toInt(), 4);
        QVERIFY(w.value(s("media_bytes")).toInteger() > 306700);
        QCOMPARE(QFile::permissions(path("media.cbak")) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const auto without = a.run({s("backup"), s("--out"), path("nomedia.cbak"), s("--without-media"), s("--json")});
        QVERIFY2(without.code == 0, qPrintable(without.err));
        QVERIFY(QFileInfo(path("nomedia.cbak")).size() + 306700 < QFileInfo(path("media.cbak")).size());

        // Another site in a folder of its own.
        QVERIFY(QDir(m_dir.path()).mkpath(s("site-d")));
        const CtlRunner d{m_dir, s("site-d/d.sqlite"), s("site-d/d-secrets.json")};
        QCOMPARE(d.run({s("number"), s("add"), s("31201234568")}).code, 0);
        const QString dBase = QFileInfo(d.dbPath()).absolutePath();

        // One flipped byte in a recording: refused, nothing written, nothing staged left behind.
        QByteArray damaged = readAll(path("media.cbak"));
        damaged[damaged.size() - 1000] = char(damaged[damaged.size() - 1000] ^ 1);
        writeAll(path("media-damaged.cbak"), damaged);
        const QByteArray dBefore = sha(d.dbPath());
        const auto refused = d.run({s("restore"), path("media-damaged.cbak")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(s("media section")), qPrintable(refused.err));
        QCOMPARE(sha(d.dbPath()), dBefore);
        QVERIFY(!QDir(dBase).exists(s("recordings")));

        const auto skipped = d.run({s("restore"), path("media.cbak"), s("--skip-media")});
        QVERIFY2(skipped.code == 0, qPrintable(skipped.err));
        QVERIFY(!QDir(dBase).exists(s("recordings")));

        const auto restored = d.run({s("restore"), path("media.cbak"), s("--json")});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QCOMPARE(QJsonDocument::fromJson(restored.out.toUtf8()).object().value(s("media_files")).toInt(), 4);
        for (auto it = media.begin(); it != media.end(); ++it) {
            const QString file = dBase + QLatin1Char('/') + it.key();
            QCOMPARE(readAll(file), it.value());
            QVERIFY(QFile::permissions(file) & QFileDevice::ReadOwner);
            QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOwner),
                     QFileDevice::Permissions());
            const QString folder = QFileInfo(file).absolutePath();
            QCOMPARE(QFile::permissions(folder) & (QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
                     QFileDevice::Permissions());
        }
        QVERIFY(!QFile::exists(dBase + s("/voicemail/greetings/default-nl.wav")));
        QVERIFY(QDir(dBase + s("/recordings")).entryList({s("*.restore-part")}, QDir::Files).isEmpty());
        QCOMPARE(dumps(d), dumps(a));
    }
};

QTEST_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
