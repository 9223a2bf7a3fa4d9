// Asterisk is not packaged for Debian 12, so its output is checked by parsing it:
// every section needs a real type and every option must be one that Asterisk
// documents for that type (tests/data/export/asterisk-options.txt), and every
// context the config or dialplan refers to must exist.
#include "ExportFixture.h"
#include "export/ExportRegistry.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace centrale;

namespace {

struct Section {
    QString name;
    QList<std::pair<QString, QString>> options; // in order
    QString value(const QString &key) const
    {
        for (const auto &o : options)
            if (o.first == key)
                return o.second;
        return {};
    }
};

// Asterisk's config syntax: [name], key=value or key => value, ';' comments.
QList<Section> parseConf(const QString &text, QString *error)
{
    QList<Section> out;
    int lineNo = 0;
    for (QString line : text.split(QLatin1Char('\n'))) {
        ++lineNo;
        if (const auto c = line.indexOf(QLatin1Char(';')); c >= 0)
            line.truncate(c);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']'))) {
                *error = QStringLiteral("line %1: bad section header").arg(lineNo);
                return {};
            }
            out << Section{line.mid(1, line.size() - 2), {}};
            continue;
        }
        const auto eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0 || out.isEmpty()) {
            *error = QStringLiteral("line %1: not an option: %2").arg(lineNo).arg(line);
            return {};
        }
        QString value = line.mid(eq + 1);
        if (value.startsWith(QLatin1Char('>')))
            value.remove(0, 1);
        out.last().options << std::pair{line.left(eq).trimmed(), value.trimmed()};
    }
    return out;
}

QHash<QString, QSet<QString>> allowList()
{
    QFile f(QStringLiteral(CENTRALE_TEST_DATA "/export/asterisk-options.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QSet<QString>> out;
    QString current;
    for (const QString &raw : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            current = line.mid(1, line.size() - 2);
            continue;
        }
        for (const auto &w : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            out[current].insert(w);
    }
    return out;
}

// Returns the problems found: unknown types and options ("pjsip" or "sip").
QStringList checkOptions(const QList<Section> &sections, const QString &file, const QHash<QString, QSet<QString>> &allowed)
{
    QStringList problems;
    for (const auto &s : sections) {
        QString kind;
        if (file == QLatin1String("sip") && s.name == QLatin1String("general")) {
            kind = QStringLiteral("sip:general");
        } else {
            const QString type = s.value(QStringLiteral("type"));
            if (type.isEmpty()) {
                problems << QStringLiteral("[%1] has no type=").arg(s.name);
                continue;
            }
            kind = file == QLatin1String("sip") ? (QSet<QString>{QStringLiteral("peer"), QStringLiteral("friend"), QStringLiteral("user")}.contains(type) ? QStringLiteral("sip:peer") : QString())
                                               : QStringLiteral("pjsip:") + type;
            if (!allowed.contains(kind)) {
                problems << QStringLiteral("[%1] has unknown type=%2").arg(s.name, type);
                continue;
            }
        }
        for (const auto &o : s.options)
            if (!allowed.value(kind).contains(o.first))
                problems << QStringLiteral("[%1] (%2): unknown option %3").arg(s.name, kind, o.first);
    }
    return problems;
}

QString fileOf(const ExportFiles &files, const QString &name)
{
    for (const auto &f : files)
        if (f.fileName == name)
            return f.contents;
    return {};
}

} // namespace

class TestAsteriskConfig : public QObject {
    Q_OBJECT
private slots:
    void optionsAreReal_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("phone");
        QTest::addColumn<bool>("secrets");
        for (const auto *f : {"asterisk-pjsip", "asterisk-chansip"})
            for (bool phone : {false, true})
                for (bool secrets : {false, true})
                    QTest::addRow("%s/%s/%s", f, phone ? "phone" : "trunk", secrets ? "secrets" : "placeholders") << QString::fromLatin1(f) << phone << secrets;
    }
    void optionsAreReal()
    {
        QFETCH(QString, format);
        QFETCH(bool, phone);
        QFETCH(bool, secrets);
        const auto allowed = allowList();
        QVERIFY(allowed.size() >= 8);
        auto files = ExportRegistry::generate(format, testing::exampleInput(phone, secrets));
        QVERIFY2(files.ok(), qPrintable(files.message()));
        const bool pjsip = format == QLatin1String("asterisk-pjsip");
        QString error;
        const auto sections = parseConf(fileOf(files.value(), pjsip ? QStringLiteral("pjsip.conf") : QStringLiteral("sip.conf")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!sections.isEmpty());
        const QStringList problems = checkOptions(sections, pjsip ? QStringLiteral("pjsip") : QStringLiteral("sip"), allowed);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // What the issue asks for, per account.
        QSet<QString> types;
        for (const auto &s : sections)
            types << s.value(QStringLiteral("type"));
        if (pjsip) {
            for (const auto *t : {"registration", "auth", "aor", "endpoint", "identify"})
                QVERIFY2(types.contains(QLatin1String(t)), t);
            for (const auto &s : sections) {
                if (s.value(QStringLiteral("type")) != QLatin1String("endpoint"))
                    continue;
                QStringList allow;
                for (const auto &o : s.options)
                    if (o.first == QLatin1String("allow"))
                        allow << o.second;
                QCOMPARE(allow, (QStringList{QStringLiteral("alaw"), QStringLiteral("ulaw")}));
                QCOMPARE(s.value(QStringLiteral("dtmf_mode")), QStringLiteral("rfc4733"));
                QCOMPARE(s.value(QStringLiteral("send_pai")), QStringLiteral("yes"));
            }
        }
        const int accounts = phone ? 1 : 2;
        int registrations = 0;
        for (const auto &s : sections)
            registrations += pjsip ? (s.value(QStringLiteral("type")) == QLatin1String("registration"))
                                   : std::count_if(s.options.cbegin(), s.options.cend(), [](const auto &o) { return o.first == QLatin1String("register"); });
        QCOMPARE(registrations, accounts);

        // Every context the channel config and the dialplan jump to exists.
        const auto dialplan = parseConf(fileOf(files.value(), QStringLiteral("extensions.conf")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> contexts;
        for (const auto &s : dialplan)
            contexts << s.name;
        for (const auto &s : sections)
            if (const QString c = s.value(QStringLiteral("context")); !c.isEmpty())
                QVERIFY2(contexts.contains(c), qPrintable(c));
        static const QRegularExpression gotoRe(QStringLiteral("Goto\\(([a-z0-9-]+),"));
        static const QRegularExpression appRe(QStringLiteral("^(?:\\d+|n(?:\\([a-z]+\\))?),([A-Za-z]+)\\("));
        static const QSet<QString> apps{QStringLiteral("Goto"), QStringLiteral("ExecIf"), QStringLiteral("Dial"), QStringLiteral("GotoIf"), QStringLiteral("Hangup"),
                                        QStringLiteral("NoOp"), QStringLiteral("Answer"), QStringLiteral("Playback"), QStringLiteral("Set")};
        for (const auto &s : dialplan) {
            for (const auto &o : s.options) {
                QVERIFY2(o.first == QLatin1String("exten") || o.first == QLatin1String("same") || o.first == QLatin1String("include"), qPrintable(o.first));
                const QString rest = o.first == QLatin1String("exten") ? o.second.section(QLatin1Char(','), 1) : o.second;
                const auto m = appRe.match(rest);
                QVERIFY2(m.hasMatch() && apps.contains(m.captured(1)), qPrintable(o.second));
                for (auto it = gotoRe.globalMatch(o.second); it.hasNext();) {
                    const QString target = it.next().captured(1);
                    QVERIFY2(contexts.contains(target), qPrintable(target));
                }
            }
        }
    }

    // The checker itself: the seed's typos and removed options are caught.
    void checkerRefusesTheSeedsMistakes()
    {
        const auto allowed = allowList();
        QString error;
        const auto seed = parseConf(QStringLiteral("[primary]\ntype=friend\ncalllimit=4\nriptimeout=30\ndimfmode=RFC2833\ncanreinvite=no\nhost=x\n"), &error);
        QVERIFY(error.isEmpty());
        const QStringList problems = checkOptions(seed, QStringLiteral("sip"), allowed);
        QCOMPARE(problems.size(), 4);
        const auto pj = parseConf(QStringLiteral("[x]\ntype=endpoint\ndtmfmode=rfc4733\n[y]\ntype=trunk\n"), &error);
        QCOMPARE(checkOptions(pj, QStringLiteral("pjsip"), allowed).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAsteriskConfig)
#include "tst_asteriskconfig.moc"
