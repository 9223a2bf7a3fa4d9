#pragma once
// Runs the built centralectl against one test's own database and secrets file.
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

class CtlRunner {
public:
    explicit CtlRunner(const QTemporaryDir &dir, const QString &dbName = QStringLiteral("c.sqlite"), const QString &secretsName = QStringLiteral("s.json"))
        : m_db(dir.filePath(dbName)), m_secrets(dir.filePath(secretsName))
    {
    }
    QStringList common() const { return {QStringLiteral("--db"), m_db, QStringLiteral("--secrets-file"), m_secrets}; }
    QString dbPath() const { return m_db; }

    struct Run {
        int code;
        QString out;
        QString err;
    };
    // Runs one command to completion; exit code, stdout and stderr apart.
    Run run(const QStringList &args, const QByteArray &in = {}) const
    {
        QProcess p;
        p.start(QStringLiteral(CENTRALECTL_BIN), common() + args);
        p.write(in);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // A refusal as the CLI contract has it: the exit code, one line on stderr that contains
    // part (the field and the rule), nothing on stdout.
    static bool refused(const Run &r, int code, const QString &part)
    {
        const QString err = r.err.trimmed();
        return r.code == code && err.startsWith(QLatin1String("centralectl: ")) && !err.contains(QLatin1Char('\n')) && err.contains(part) && r.out.isEmpty();
    }
    // For a failure message: the code and everything printed.
    static QByteArray shown(const Run &r) { return (QString::number(r.code) + QLatin1Char(' ') + r.err + r.out).toUtf8(); }

    // Runs one command to completion; stdout and stderr together.
    QString operator()(const QStringList &args, const QByteArray &in = {}, int *code = nullptr) const
    {
        QProcess p;
        p.start(QStringLiteral(CENTRALECTL_BIN), args + common());
        p.write(in);
        p.closeWriteChannel();
        p.waitForFinished(20000);
        if (code)
            *code = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }
    // Starts `centralectl serve` and waits for its first log line.
    bool startServe(QProcess &serve, const QStringList &options = {}) const
    {
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(CENTRALECTL_BIN), QStringList{QStringLiteral("serve")} + options + common());
        return serve.waitForReadyRead(10000);
    }

private:
    QString m_db, m_secrets;
};
