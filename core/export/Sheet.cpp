#include "export/Sheet.h"

#include <QCoreApplication>

namespace centrale {

namespace {
// Markdown table cells may not contain '|' or line breaks.
QString cell(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out.isEmpty() ? QString() : out;
}

QString tableLine(const QStringList &cells)
{
    QStringList c;
    for (const auto &s : cells)
        c << cell(s);
    return QStringLiteral("| ") + c.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString separator(qsizetype columns)
{
    QStringList c;
    for (qsizetype i = 0; i < columns; ++i)
        c << QStringLiteral("---");
    return QStringLiteral("|") + c.join(QLatin1Char('|')) + QStringLiteral("|\n");
}
} // namespace

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString v = value;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString Sheet::markdown() const
{
    QString md = QStringLiteral("# ") + title + QStringLiteral("\n\n");
    for (const auto &p : intro)
        md += p + QStringLiteral("\n\n");
    const QString fieldH = QCoreApplication::translate("Sheet", "Field");
    const QString valueH = QCoreApplication::translate("Sheet", "Value");
    const QString noteH = QCoreApplication::translate("Sheet", "Note");
    for (const auto &s : sections) {
        md += QStringLiteral("## ") + s.heading + QStringLiteral("\n\n");
        if (!s.intro.isEmpty())
            md += s.intro + QStringLiteral("\n\n");
        if (!s.rows.isEmpty()) {
            md += tableLine({fieldH, valueH, noteH}) + separator(3);
            for (const auto &r : s.rows)
                md += tableLine({r.field, r.value.isEmpty() ? QString() : QLatin1Char('`') + r.value + QLatin1Char('`'), r.note});
            md += QLatin1Char('\n');
        }
        if (!s.tableHeader.isEmpty()) {
            md += tableLine(s.tableHeader) + separator(s.tableHeader.size());
            for (const auto &r : s.tableRows)
                md += tableLine(r);
            md += QLatin1Char('\n');
        }
    }
    return md;
}

QString Sheet::csv() const
{
    auto line = [](const QStringList &cells) -> QString {
        QStringList c;
        for (const auto &s : cells)
            c << csvField(s);
        return c.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString out = line({QCoreApplication::translate("Sheet", "Section"), QCoreApplication::translate("Sheet", "Field"),
                        QCoreApplication::translate("Sheet", "Value"), QCoreApplication::translate("Sheet", "Note")});
    for (const auto &s : sections) {
        for (const auto &r : s.rows)
            out += line({s.heading, r.field, r.value, r.note});
        // Tables become one row per table row: the first cell as field, the rest joined.
        for (const auto &r : s.tableRows) {
            QStringList pairs;
            for (qsizetype i = 1; i < r.size() && i < s.tableHeader.size(); ++i)
                pairs << s.tableHeader.at(i) + QStringLiteral(": ") + r.at(i);
            out += line({s.heading, r.value(0), pairs.join(QStringLiteral("; ")), QString()});
        }
    }
    return out;
}

ExportFiles Sheet::files(const QString &baseName) const
{
    return {ExportFile{baseName + QStringLiteral(".md"), markdown()}, ExportFile{baseName + QStringLiteral(".csv"), csv()}};
}

} // namespace centrale
