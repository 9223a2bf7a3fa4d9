#include "util/Csv.h"

#include <QCoreApplication>

namespace centrale::csv {

Result<QList<Record>> read(const QString &text)
{
    QList<Record> out;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        // At the start of a line: skip blank and comment lines whole.
        qsizetype eol = text.indexOf(QLatin1Char('\n'), i);
        if (eol < 0)
            eol = n;
        const QStringView raw = QStringView(text).mid(i, eol - i);
        if (raw.trimmed().isEmpty() || raw.trimmed().startsWith(QLatin1Char('#'))) {
            i = eol + 1;
            ++line;
            continue;
        }
        Record rec;
        rec.line = line;
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        for (;;) {
            if (i >= n) {
                if (quoted)
                    return Result<QList<Record>>::fail(QCoreApplication::translate("Csv", "line %1: a quoted field is not closed").arg(rec.line));
                rec.fields << field;
                break;
            }
            const QChar c = text.at(i++);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (i < n && text.at(i) == QLatin1Char('"')) {
                        field += c;
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field += c;
                }
                continue;
            }
            if (c == QLatin1Char(',')) {
                rec.fields << field;
                field.clear();
                wasQuoted = false;
            } else if (c == QLatin1Char('\n')) {
                ++line;
                if (field.endsWith(QLatin1Char('\r')) && !wasQuoted)
                    field.chop(1);
                rec.fields << field;
                break;
            } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
                field.clear(); // spaces before an opening quote are not part of the field
                quoted = wasQuoted = true;
            } else if (c == QLatin1Char('\r') && wasQuoted) {
                // CR of a CRLF after a closing quote
            } else if (wasQuoted && !c.isSpace()) {
                return Result<QList<Record>>::fail(QCoreApplication::translate("Csv", "line %1: text after a closing quote").arg(line));
            } else if (!wasQuoted) {
                field += c;
            }
        }
        if (!rec.fields.isEmpty() && rec.fields.last().endsWith(QLatin1Char('\r')))
            rec.fields.last().chop(1);
        out << rec;
    }
    return out;
}

QString field(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (QChar c : value)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const auto &f : fields)
        quoted << field(f);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace centrale::csv
