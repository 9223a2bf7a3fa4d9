#include "letters/MigrationLetter.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace centrale::letters {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

} // namespace

QString formatLetterDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return language == QLatin1String("en") ? QStringLiteral("to be agreed") : QStringLiteral("nog af te spreken");
    const QLocale locale(language == QLatin1String("en") ? QLocale::English : QLocale::Dutch, language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::Netherlands);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

Result<PortingLetter> portingLetter(const MigrationProject &project, const QString &provider, const QDate &date)
{
    if (project.contracts.isEmpty())
        return Result<PortingLetter>::fail(QCoreApplication::translate("MigrationLetter", "contract: %1 has no current contract yet; add the provider's contract first.").arg(project.customer), QStringLiteral("contract"));
    const MigrationContract *chosen = nullptr;
    if (provider.trimmed().isEmpty()) {
        if (project.contracts.size() > 1) {
            QStringList names;
            for (const auto &c : project.contracts)
                names << c.provider;
            return Result<PortingLetter>::fail(QCoreApplication::translate("MigrationLetter", "provider: %1 has several contracts; name the provider the letter is for (%2).").arg(project.customer, names.join(QStringLiteral(", "))),
                                               QStringLiteral("provider"));
        }
        chosen = &project.contracts.first();
    } else {
        for (const auto &c : project.contracts)
            if (c.provider.compare(provider.trimmed(), Qt::CaseInsensitive) == 0)
                chosen = &c;
        if (!chosen)
            return Result<PortingLetter>::fail(QCoreApplication::translate("MigrationLetter", "provider: %1 has no contract with \"%2\".").arg(project.customer, provider), QStringLiteral("provider"));
    }
    bool anyToPort = false;
    for (const auto &n : project.numbers)
        anyToPort = anyToPort || !n.test;
    if (!anyToPort)
        return Result<PortingLetter>::fail(QCoreApplication::translate("MigrationLetter", "number: %1 has no numbers to port yet.").arg(project.customer), QStringLiteral("number"));
    return PortingLetter{project, *chosen, date.isValid() ? date : QDate::currentDate()};
}

QString letterHtml(const PortingLetter &letter)
{
    const QString lang = letter.project.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    QFile f(QStringLiteral(":/centrale/letters/porting-letter-%1.html").arg(lang));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString html = QString::fromUtf8(f.readAll());
    QString rows;
    for (const auto &n : letter.project.numbers) {
        if (n.test)
            continue; // test numbers belong to the new provider; nothing to port
        rows += QStringLiteral("<tr><td>+%1</td><td>%2</td><td>%3</td></tr>\n")
                    .arg(esc(n.digits), esc(formatLetterDate(n.wishDate, lang)), esc(formatLetterDate(n.portingDate, lang)));
    }
    const MigrationContract &c = letter.contract;
    const QString reference = c.reference.isEmpty() ? QStringLiteral("-") : c.reference;
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("customer"), esc(letter.project.customer)},
        {QStringLiteral("address"), esc(letter.project.address).replace(QLatin1Char('\n'), QStringLiteral("<br/>"))},
        {QStringLiteral("contact"), esc(letter.project.contact)},
        {QStringLiteral("provider"), esc(c.provider)},
        {QStringLiteral("reference"), esc(reference)},
        {QStringLiteral("end_date"), esc(formatLetterDate(c.endDate, lang))},
        {QStringLiteral("notice_days"), QString::number(c.noticeDays)},
        {QStringLiteral("date"), esc(formatLetterDate(letter.date, lang))},
        {QStringLiteral("numbers"), rows},
    };
    for (const auto &[key, value] : values)
        html.replace(QStringLiteral("{{%1}}").arg(key), value);
    return html;
}

Status writePortingLetterPdf(const PortingLetter &letter, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::fail(QCoreApplication::translate("MigrationLetter", "Letters need a QGuiApplication to lay out text."));
    const QString html = letterHtml(letter);
    if (html.isEmpty())
        return Status::fail(QCoreApplication::translate("MigrationLetter", "The letter template is missing from this build."));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::fail(QCoreApplication::translate("MigrationLetter", "out: cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), out.errorString()), QStringLiteral("out"));
    {
        QPdfWriter writer(&out);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("MigrationLetter", "Cancellation and number porting: %1").arg(letter.project.customer));
        writer.setCreator(QStringLiteral("Centrale"));
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(&writer);
    }
    out.close();
    if (out.error() != QFileDevice::NoError || out.size() == 0)
        return Status::fail(QCoreApplication::translate("MigrationLetter", "out: cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), out.errorString()), QStringLiteral("out"));
    return {};
}

} // namespace centrale::letters
