#pragma once
// Runs a sipp scenario from tests/data/sipp against an address, as a real peer would.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

struct SippResult {
    int exitCode = -1;
    QString output;
};

inline SippResult runSipp(const QString &scenario, const QString &target, const QString &localIp, int localPort, const QStringList &csvLines,
                          int timeoutMs = 20000, const QStringList &extra = {})
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("users.csv"));
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        QTextStream(&f) << "SEQUENTIAL\n" << csvLines.join(QLatin1Char('\n')) << '\n';
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-sf"), QStringLiteral(CENTRALE_TEST_DATA "/sipp/") + scenario + QStringLiteral(".xml"),
                     QStringLiteral("-inf"), csv, target, QStringLiteral("-i"), localIp, QStringLiteral("-p"), QString::number(localPort),
                     QStringLiteral("-m"), QString::number(csvLines.size()), QStringLiteral("-timeout"), QStringLiteral("%1s").arg(timeoutMs / 1000),
                     QStringLiteral("-recv_timeout"), QStringLiteral("3000"), QStringLiteral("-nostdin"), QStringLiteral("-timeout_error")};
    p.start(QStringLiteral("sipp"), args + extra);
    p.waitForFinished(timeoutMs + 5000);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

// One call scenario from tests/data/sipp/calls against the engine at target; trace: the
// messages sipp saw (-trace_msg), for checking headers.
inline SippResult runCallSipp(const QString &scenario, const QString &target, const QString &ip, int port, const QStringList &lines, QString *trace,
                              int holdMs = 500)
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("msg.log"));
    auto r = runSipp(QStringLiteral("calls/") + scenario, target, ip, port, lines, 25000,
                     {QStringLiteral("-trace_msg"), QStringLiteral("-message_file"), log, QStringLiteral("-d"), QString::number(holdMs),
                      QStringLiteral("-recv_timeout"), QStringLiteral("10000")});
    QFile f(log);
    if (trace && f.open(QIODevice::ReadOnly))
        *trace = QString::fromUtf8(f.readAll());
    return r;
}

inline QString authField(const QString &user, const QString &password)
{
    return QStringLiteral("[authentication username=%1 password=%2]").arg(user, password);
}

// A sipp peer running in the background while the test drives another one.
struct BackgroundSipp {
    explicit BackgroundSipp(QString remote) : remote(std::move(remote)) {}
    QString remote; // where a UAC sends; a UAS answers whoever calls
    QProcess proc;
    QTemporaryDir dir;
    QString trace() const
    {
        QFile f(dir.filePath(QStringLiteral("msg.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    void start(const QString &scenario, const QString &ip, int port, const QStringList &csvLines, int calls = 1, int holdMs = 500,
               const QStringList &extra = {})
    {
        const QString csv = dir.filePath(QStringLiteral("f.csv"));
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        QTextStream(&f) << "SEQUENTIAL\n" << csvLines.join(QLatin1Char('\n')) << '\n';
        f.close();
        proc.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args{QStringLiteral("-sf"), QStringLiteral(CENTRALE_TEST_DATA "/sipp/calls/") + scenario + QStringLiteral(".xml"),
                         QStringLiteral("-i"), ip, QStringLiteral("-p"), QString::number(port), QStringLiteral("-m"), QString::number(calls),
                         QStringLiteral("-timeout"), QStringLiteral("30s"), QStringLiteral("-nostdin"), QStringLiteral("-trace_msg"),
                         QStringLiteral("-message_file"), dir.filePath(QStringLiteral("msg.log")), QStringLiteral("-timeout_error"),
                         QStringLiteral("-d"), QString::number(holdMs)};
        if (!csvLines.isEmpty())
            args << QStringLiteral("-inf") << csv;
        args << extra << remote;
        proc.start(QStringLiteral("sipp"), args);
        proc.waitForStarted();
    }
    int finish(int ms = 30000)
    {
        if (!proc.waitForFinished(ms)) {
            proc.kill();
            proc.waitForFinished();
            return -1;
        }
        return proc.exitCode();
    }
    ~BackgroundSipp()
    {
        if (proc.state() != QProcess::NotRunning) {
            proc.kill();
            proc.waitForFinished();
        }
    }
};
