// `centralectl rates`: import the shipped sample, list it, and a bad file changes nothing.
#include "../tools/CtlRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestRatesCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner m_ctl{m_dir};

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }
    QJsonArray listJson()
    {
        int code = -1;
        const QString out = m_ctl({QStringLiteral("rates"), QStringLiteral("list"), QStringLiteral("--json")}, {}, &code);
        return code == 0 ? QJsonDocument::fromJson(out.toUtf8()).array() : QJsonArray();
    }

private slots:
    void importsAndListsTheSample()
    {
        int code = -1;
        const QString out = m_ctl({QStringLiteral("rates"), QStringLiteral("import"), QStringLiteral(CENTRALE_SAMPLE_RATES)}, {}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Imported 43 rates")), qPrintable(out));

        const QJsonArray rates = listJson();
        QCOMPARE(rates.size(), 43);
        QJsonObject mobile;
        for (const auto &v : rates)
            if (v[QStringLiteral("prefix")].toString() == QLatin1String("316"))
                mobile = v.toObject();
        QCOMPARE(mobile[QStringLiteral("description")].toString(), QStringLiteral("Netherlands, mobile"));
        QCOMPARE(mobile[QStringLiteral("per_minute_micros")].toInteger(), qint64(35000));
        QCOMPARE(mobile[QStringLiteral("per_minute_eur")].toString(), QStringLiteral("0.035"));
        QCOMPARE(rates.first()[QStringLiteral("prefix")].toString(), QStringLiteral("1")); // ordered by prefix

        const QString text = m_ctl({QStringLiteral("rates"), QStringLiteral("list")}, {}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(text.contains(QLatin1String("+31900")) && text.contains(QLatin1String("0.80")) && text.contains(QLatin1String("Netherlands, premium (0900)")),
                 qPrintable(text));
    }

    void aBadFileNamesLineAndFieldAndKeepsTheOldTable()
    {
        const QString bad = writeFile(QStringLiteral("bad.csv"), "prefix,description,price_per_minute,setup_fee\n"
                                                                 "31,NL,0.01,0\n"
                                                                 "32,BE,0.015,0\n"
                                                                 "\n"
                                                                 "# mobile\n"
                                                                 "316,NL mobile,0.035,0\n"
                                                                 "324,BE mobile,abc,0\n");
        const int before = int(listJson().size());
        QVERIFY(before > 0); // the sample from the previous test
        int code = -1;
        const QString out = m_ctl({QStringLiteral("rates"), QStringLiteral("import"), bad}, {}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QLatin1String("line 7: price_per_minute \"abc\" is not a number")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("nothing was changed")), qPrintable(out));
        QCOMPARE(out.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(int(listJson().size()), before);

        const QString missing = m_ctl({QStringLiteral("rates"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope.csv"))}, {}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(missing.contains(QLatin1String("nope.csv")), qPrintable(missing));

        const QString empty = writeFile(QStringLiteral("empty.csv"), "prefix,description,price_per_minute,setup_fee\n# none yet\n");
        QVERIFY(m_ctl({QStringLiteral("rates"), QStringLiteral("import"), empty}, {}, &code).contains(QLatin1String("holds no rates")));
        QCOMPARE(code, 1);
        QCOMPARE(int(listJson().size()), before);
    }

    void aGoodFileReplacesTheTable()
    {
        const QString small = writeFile(QStringLiteral("small.csv"), "prefix,description,price_per_minute,setup_fee\n+49,Germany,0.013,\n");
        int code = -1;
        const QString out = m_ctl({QStringLiteral("rates"), QStringLiteral("import"), small, QStringLiteral("--json")}, {}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object()[QStringLiteral("imported")].toInt(), 1);
        const QJsonArray rates = listJson();
        QCOMPARE(rates.size(), 1);
        QCOMPARE(rates.first()[QStringLiteral("prefix")].toString(), QStringLiteral("49"));
    }

    void usageErrors()
    {
        int code = -1;
        QVERIFY(m_ctl({QStringLiteral("rates"), QStringLiteral("import")}, {}, &code).contains(QLatin1String("exactly one file")));
        QCOMPARE(code, 2);
        QVERIFY(m_ctl({QStringLiteral("rates"), QStringLiteral("drop")}, {}, &code).contains(QLatin1String("use import or list")));
        QCOMPARE(code, 2);
        QVERIFY(m_ctl({QStringLiteral("rates"), QStringLiteral("import"), QStringLiteral("--help")}, {}, &code).contains(QLatin1String("price_per_minute")));
        QCOMPARE(code, 0);
    }
};

QTEST_GUILESS_MAIN(TestRatesCli)
#include "tst_ratescli.moc"
