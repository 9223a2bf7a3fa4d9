#pragma once
// A Kamailio cluster on one machine for a cluster test: a private PostgreSQL 15 (initdb /
// pg_ctl in the test's folder, user kamailio with a password), two Kamailio nodes running
// kamailio-centrale-cluster.cfg with DMQ between them, Centrale set to cluster mode against
// them, and `centralectl cluster sync --follow` keeping them in step. Every address and
// port comes from the test (each test program has its own), so tests never collide.
// Methods return an empty string on success, else what went wrong (for QVERIFY2).
#include "../tools/CtlRunner.h"
#include "cluster/JsonRpcClient.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

struct ClusterAddresses {
    QString pgHost;      // PostgreSQL listens here
    int pgPort = 0;
    QString nodeIp[2];   // nodes A and B: SIP (and DMQ) on sipPort
    int sipPort = 0;
    int rpcPort[2] = {0, 0}; // JSON-RPC (tcp) of A and B
    QString carrierIp;   // calls from here are the carrier's; calls out go to carrierIp:carrierPort
    int carrierPort = 0;

    // The usual layout on one /24 of loopback: PostgreSQL on .1, nodes on .2 and .3 (JSON-RPC
    // on rpcPort and rpcPort + 1), the carrier on .20.
    static ClusterAddresses onNet(const QString &net, int pgPort, int sipPort, int rpcPort, int carrierPort)
    {
        ClusterAddresses a;
        a.pgHost = net + QStringLiteral(".1");
        a.pgPort = pgPort;
        a.nodeIp[0] = net + QStringLiteral(".2");
        a.nodeIp[1] = net + QStringLiteral(".3");
        a.sipPort = sipPort;
        a.rpcPort[0] = rpcPort;
        a.rpcPort[1] = rpcPort + 1;
        a.carrierIp = net + QStringLiteral(".20");
        a.carrierPort = carrierPort;
        return a;
    }
};

class ClusterFixture {
public:
    static constexpr auto kDbPassword = "kpw-Cluster-7x";

    ClusterFixture(const ClusterAddresses &a, const QTemporaryDir &dir, const CtlRunner &ctl) : m_a(a), m_dir(dir), m_ctl(ctl) {}
    ~ClusterFixture() { stop(); }

    const ClusterAddresses &addresses() const { return m_a; }
    QString nodeRpc(int i) const { return QStringLiteral("http://%1:%2/RPC").arg(m_a.nodeIp[i]).arg(m_a.rpcPort[i]); }
    QString nodeSip(int i) const { return QStringLiteral("%1:%2").arg(m_a.nodeIp[i]).arg(m_a.sipPort); }

    // Kamailio, sipp, runuser and PostgreSQL 15 are installed (scripts/setup.sh test).
    static QString toolsMissing()
    {
        for (const char *tool : {"kamailio", "sipp", "runuser"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return QStringLiteral("%1 is not installed (scripts/setup.sh test installs it)").arg(QLatin1String(tool));
        if (!QFile::exists(pgBin() + QStringLiteral("initdb")))
            return QStringLiteral("postgresql-15 is not installed (scripts/setup.sh test installs it)");
        return {};
    }

    // A private PostgreSQL cluster with an empty database "kamailio"; its folder belongs to
    // whoever runs the server.
    QString startPostgres()
    {
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
        m_pgData = m_dir.filePath(QStringLiteral("pg"));
        QDir().mkpath(m_pgData);
        const QString pwFile = m_dir.filePath(QStringLiteral("pgpw"));
        {
            QFile f(pwFile);
            if (!f.open(QIODevice::WriteOnly))
                return QStringLiteral("cannot write %1").arg(pwFile);
            f.write(QByteArray(kDbPassword) + '\n');
        }
        if (::geteuid() == 0) {
            const passwd *pg = ::getpwnam("postgres");
            if (!pg)
                return QStringLiteral("no postgres user (package postgresql-15 creates it)");
            if (::chown(QFile::encodeName(m_pgData).constData(), pg->pw_uid, pg->pw_gid) != 0
                || ::chown(QFile::encodeName(pwFile).constData(), pg->pw_uid, pg->pw_gid) != 0)
                return QStringLiteral("chown to postgres failed");
        }
        QString out;
        if (runPg(QStringLiteral("initdb"), {QStringLiteral("-D"), m_pgData + QStringLiteral("/data"), QStringLiteral("-U"), QStringLiteral("kamailio"),
                                             QStringLiteral("--pwfile"), pwFile, QStringLiteral("-A"), QStringLiteral("scram-sha-256"), QStringLiteral("--no-sync"),
                                             QStringLiteral("-E"), QStringLiteral("UTF8")},
                  &out) != 0)
            return out;
        if (runPg(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_pgData + QStringLiteral("/data"), QStringLiteral("-o"),
                                             QStringLiteral("-h %1 -p %2 -k %3 -c fsync=off").arg(m_a.pgHost).arg(m_a.pgPort).arg(m_pgData), QStringLiteral("-l"),
                                             m_pgData + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("start")},
                  &out) != 0)
            return out;
        m_pgStarted = true;
        if (runPg(QStringLiteral("createdb"), {QStringLiteral("-h"), m_a.pgHost, QStringLiteral("-p"), QString::number(m_a.pgPort), QStringLiteral("-U"),
                                               QStringLiteral("kamailio"), QStringLiteral("kamailio")},
                  &out) != 0)
            return out;
        return {};
    }

    // Centrale in cluster mode against this database and these nodes, the database password
    // in the secrets file (never in a setting).
    QString configureCentrale() const
    {
        const QList<QStringList> steps = {
            {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("engine.mode"), QStringLiteral("cluster")},
            {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("cluster.db"),
             QStringLiteral("postgresql://kamailio@%1:%2/kamailio").arg(m_a.pgHost).arg(m_a.pgPort)},
            {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("cluster.nodes"), nodeRpc(0) + QLatin1Char(',') + nodeRpc(1)},
        };
        for (const auto &args : steps)
            if (const auto r = m_ctl.run(args); r.code != 0)
                return args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err + r.out;
        if (const auto r = m_ctl.run({QStringLiteral("cluster"), QStringLiteral("password"), QStringLiteral("--password-stdin")}, QByteArray(kDbPassword) + '\n');
            r.code != 0)
            return r.err;
        return {};
    }

    // Both nodes, up when they answer core.uptime over JSON-RPC.
    QString startNodes()
    {
        for (int i = 0; i < 2; ++i)
            startNode(i);
        for (int i = 0; i < 2; ++i)
            if (!QTest::qWaitFor([&] { return bool(centrale::cluster::jsonRpcCall(nodeRpc(i), QStringLiteral("core.uptime"), {}, 300)); }, 8000))
                return QStringLiteral("node %1 did not come up: %2").arg(i).arg(nodeLog(i));
        return {};
    }

    // From here on Centrale follows every change, as the console does in cluster mode.
    QString startFollower()
    {
        m_follower.setProcessChannelMode(QProcess::MergedChannels);
        m_follower.start(QStringLiteral(CENTRALECTL_BIN), m_ctl.common() + QStringList{QStringLiteral("cluster"), QStringLiteral("sync"), QStringLiteral("--follow"),
                                                                                         QStringLiteral("--json")});
        return m_follower.waitForReadyRead(10000) ? QString() : QStringLiteral("cluster sync --follow printed nothing");
    }
    QString followerOutput() { return QString::fromUtf8(m_follower.readAll()); }

    void stop()
    {
        if (m_follower.state() != QProcess::NotRunning) {
            m_follower.terminate();
            if (!m_follower.waitForFinished(3000))
                m_follower.kill();
        }
        for (auto &n : m_nodes) {
            if (n.state() != QProcess::NotRunning) {
                n.terminate();
                if (!n.waitForFinished(5000))
                    n.kill();
            }
        }
        if (m_pgStarted)
            runPg(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_pgData + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
        m_pgStarted = false;
    }

    QString psql(const QString &sql) const
    {
        QString out;
        runPg(QStringLiteral("psql"), {QStringLiteral("-h"), m_a.pgHost, QStringLiteral("-p"), QString::number(m_a.pgPort), QStringLiteral("-U"), QStringLiteral("kamailio"),
                                       QStringLiteral("-tA"), QStringLiteral("-c"), sql, QStringLiteral("kamailio")},
              &out);
        return out.trimmed();
    }

    QString nodeLog(int i) const
    {
        QFile f(m_dir.filePath(QStringLiteral("node%1/log").arg(i)));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(3000)) : QString();
    }

    // A call a node answered, read from sipp's message trace (-trace_msg): the last final
    // status after the digest challenge (0: none) and the text of the node's Warning.
    struct Answer {
        int status = 0;
        QString warning;
    };
    static Answer answerIn(const QString &trace)
    {
        Answer a;
        static const QRegularExpression final(QStringLiteral("SIP/2.0 ([2-6]\\d\\d) "));
        for (auto it = final.globalMatch(trace); it.hasNext();)
            if (const int code = it.next().captured(1).toInt(); code != 407 && code != 100)
                a.status = code;
        static const QRegularExpression warning(QStringLiteral("Warning: 399 centrale \"([^\"]*)\""));
        if (const auto m = warning.match(trace); m.hasMatch())
            a.warning = m.captured(1);
        return a;
    }

    // `centralectl cluster status --json`: nodes, registrations, calls from acc.
    QJsonObject status() const
    {
        const auto r = m_ctl.run({QStringLiteral("cluster"), QStringLiteral("status"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private:
    static QString pgBin() { return QStringLiteral("/usr/lib/postgresql/15/bin/"); }

    // PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
    static QStringList pgCommand(const QString &tool, const QStringList &args)
    {
        if (::geteuid() == 0)
            return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), pgBin() + tool} + args;
        return QStringList{pgBin() + tool} + args;
    }
    static int runPg(const QString &tool, const QStringList &args, QString *output = nullptr, int timeoutMs = 60000)
    {
        const QStringList cmd = pgCommand(tool, args);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(kDbPassword));
        p.setProcessEnvironment(env);
        p.start(cmd.first(), cmd.mid(1));
        p.waitForFinished(timeoutMs);
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // One SIP worker per node: a 180 and the 200 right behind it are relayed in order (with
    // several workers the 180, held up by the dialog's DMQ replication, can be overtaken, and
    // sipp's strict scenarios take a late 180 for an error).
    void startNode(int i)
    {
        const QString &ip = m_a.nodeIp[i];
        const QString &peer = m_a.nodeIp[1 - i];
        const QString dir = m_dir.filePath(QStringLiteral("node%1").arg(i));
        QDir().mkpath(dir);
        QProcess &p = m_nodes[i];
        p.setStandardOutputFile(dir + QStringLiteral("/log"));
        p.setStandardErrorFile(dir + QStringLiteral("/log"), QIODevice::Append);
        p.start(QStringLiteral("kamailio"),
                {QStringLiteral("-f"), QStringLiteral(CENTRALE_CLUSTER_CFG), QStringLiteral("-DD"), QStringLiteral("-E"), QStringLiteral("-m"), QStringLiteral("64"),
                 QStringLiteral("-M"), QStringLiteral("8"), QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-Y"), dir, QStringLiteral("-P"), dir + QStringLiteral("/pid"), QStringLiteral("-l"),
                 QStringLiteral("udp:%1:%2").arg(ip).arg(m_a.sipPort), QStringLiteral("-l"), QStringLiteral("tcp:%1:%2").arg(ip).arg(m_a.rpcPort[i]), QStringLiteral("-A"),
                 QStringLiteral("DBURL=\"postgres://kamailio:%1@%2:%3/kamailio\"").arg(QLatin1String(kDbPassword), m_a.pgHost).arg(m_a.pgPort), QStringLiteral("-A"),
                 QStringLiteral("DMQ_SERVER=\"sip:%1:%2\"").arg(ip).arg(m_a.sipPort), QStringLiteral("-A"), QStringLiteral("DMQ_PEER=\"sip:%1:%2\"").arg(peer).arg(m_a.sipPort),
                 QStringLiteral("-A"), QStringLiteral("CARRIER=\"%1:%2\"").arg(m_a.carrierIp).arg(m_a.carrierPort), QStringLiteral("-A"),
                 QStringLiteral("CARRIER_IP=\"%1\"").arg(m_a.carrierIp), QStringLiteral("-A"),
                 QStringLiteral("NODE_NAME=\"%1\"").arg(i == 0 ? QLatin1Char('a') : QLatin1Char('b'))});
    }

    ClusterAddresses m_a;
    const QTemporaryDir &m_dir;
    const CtlRunner &m_ctl;
    QString m_pgData;
    QProcess m_nodes[2];
    QProcess m_follower;
    bool m_pgStarted = false;
};
