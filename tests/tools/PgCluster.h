#pragma once
// A private PostgreSQL 15 cluster for one test program: initdb + pg_ctl in a temporary
// folder, listening on a loopback address and port of the test's own (socket in the
// folder too), stopped in stop(). As root the server runs as "nobody" (PostgreSQL refuses
// root). initdb takes seconds, so its result is kept as a template under /tmp and copied.
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <unistd.h>

namespace centrale::test {

class PgCluster {
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }
    static bool available() { return QFile::exists(binDir() + QStringLiteral("/initdb")) && QFile::exists(binDir() + QStringLiteral("/pg_ctl")); }

    ~PgCluster() { stop(); }

    // Empty on success, else why not.
    QString start(const QString &address, int port)
    {
        if (!available())
            return QStringLiteral("PostgreSQL 15 is not installed (postgresql-15)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        m_address = address;
        m_port = port;
        stopLeftovers();
        if (QString e = ensureTemplate(); !e.isEmpty())
            return e;
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (QString e = run(QStringLiteral("cp"), {QStringLiteral("-a"), templateDir() + QStringLiteral("/data"), data}, false); !e.isEmpty())
            return e;
        if (::geteuid() == 0)
            if (QString e = run(QStringLiteral("chown"), {QStringLiteral("nobody"), m_dir.path()}, false); !e.isEmpty())
                return e;
        // Durability off: a test cluster is thrown away, and fsync under load costs seconds.
        const QString options = QStringLiteral("-c listen_addresses=%1 -p %2 -k %3 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
                                    .arg(address)
                                    .arg(port)
                                    .arg(m_dir.path());
        if (QString e = run(binDir() + QStringLiteral("/pg_ctl"),
                            {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options, QStringLiteral("-w"),
                             QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                            true);
            !e.isEmpty()) {
            QFile log(m_dir.filePath(QStringLiteral("server.log")));
            log.open(QIODevice::ReadOnly);
            return e + QStringLiteral(": ") + QString::fromLocal8Bit(log.readAll().right(600));
        }
        m_running = true;
        return {};
    }

    // A new, empty database; its postgresql:// address.
    QString createDatabase(QString name)
    {
        name = name.toLower();
        name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
        const QString e = run(binDir() + QStringLiteral("/createdb"),
                              {QStringLiteral("-h"), m_address, QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), QStringLiteral("centrale"), name}, false);
        if (!e.isEmpty())
            qWarning("createdb %s: %s", qPrintable(name), qPrintable(e));
        return url(name);
    }
    QString url(const QString &database) const { return QStringLiteral("postgresql://centrale@%1:%2/%3").arg(m_address).arg(m_port).arg(database); }
    QString socketDir() const { return m_dir.path(); }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        run(binDir() + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                                                   QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("stop")},
            true);
    }

private:
    // A test that crashed never ran stop(): its server still holds the port.
    void stopLeftovers()
    {
        const QDir tmp(QDir::tempPath());
        for (const QString &name : tmp.entryList({QStringLiteral("centrale-pg-*")}, QDir::Dirs)) {
            const QString data = tmp.filePath(name + QStringLiteral("/data"));
            QFile pid(data + QStringLiteral("/postmaster.pid"));
            if (!pid.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> lines = pid.readAll().split('\n');
            if (lines.size() < 4 || lines.at(3).trimmed().toInt() != m_port || tmp.filePath(name) == m_dir.path())
                continue;
            run(binDir() + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")}, true);
            QDir(tmp.filePath(name)).removeRecursively();
        }
    }

    static QString templateDir() { return QDir::tempPath() + QStringLiteral("/centrale-pg15-template"); }

    // initdb once per machine; the finished marker guards against a half-written template.
    QString ensureTemplate()
    {
        QLockFile lock(templateDir() + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(120000))
            return QStringLiteral("cannot lock the PostgreSQL template");
        if (QFile::exists(templateDir() + QStringLiteral("/ready")))
            return {};
        QDir(templateDir()).removeRecursively();
        QDir().mkpath(templateDir());
        if (::geteuid() == 0)
            if (QString e = run(QStringLiteral("chown"), {QStringLiteral("nobody"), templateDir()}, false); !e.isEmpty())
                return e;
        if (QString e = run(binDir() + QStringLiteral("/initdb"),
                            {QStringLiteral("-D"), templateDir() + QStringLiteral("/data"), QStringLiteral("-U"), QStringLiteral("centrale"), QStringLiteral("--auth=trust"),
                             QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-N")},
                            true);
            !e.isEmpty())
            return e;
        QFile ready(templateDir() + QStringLiteral("/ready"));
        ready.open(QIODevice::WriteOnly);
        return {};
    }

    // Runs a program to its end (bounded); as root the server's programs run as nobody.
    QString run(const QString &program, QStringList args, bool asServer)
    {
        QProcess p;
        QString prog = program;
        if (asServer && ::geteuid() == 0) {
            args.prepend(program);
            args = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} + args;
            prog = QStringLiteral("runuser");
        }
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(QDir::tempPath());
        p.start(prog, args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished(5000);
            return QStringLiteral("%1 did not finish").arg(program);
        }
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()).trimmed().right(400));
        return {};
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/centrale-pg-XXXXXX")};
    QString m_address;
    int m_port = 0;
    bool m_running = false;
};

} // namespace centrale::test
