#include "domain/RateTable.h"
#include "domain/Money.h"
#include "util/Csv.h"

#include <QSet>
#include <array>

namespace centrale {

namespace {
constexpr int kMaxPrefixDigits = 15; // the whole of an E.164 number
const std::array<QLatin1String, 4> kColumns = {QLatin1String("prefix"), QLatin1String("description"), QLatin1String("price_per_minute"),
                                               QLatin1String("setup_fee")};
enum Column { Prefix, Description, PricePerMinute, SetupFee };
} // namespace

RateTable::RateTable(QList<Rate> rates) : m_rates(std::move(rates))
{
    for (qsizetype i = 0; i < m_rates.size(); ++i) {
        m_byPrefix.insert(m_rates[i].prefix, i);
        m_longest = std::max(m_longest, m_rates[i].prefix.size());
    }
}

const Rate *RateTable::find(const QString &e164Digits) const
{
    // At most 15 hash lookups, however large the table.
    for (qsizetype len = std::min(m_longest, e164Digits.size()); len > 0; --len) {
        const auto it = m_byPrefix.constFind(e164Digits.left(len));
        if (it != m_byPrefix.constEnd())
            return &m_rates[*it];
    }
    return nullptr;
}

qint64 RateTable::costMicros(const Rate &r, qint64 durationMs)
{
    const qint64 seconds = durationMs > 0 ? (durationMs + 999) / 1000 : 0;
    return r.setupMicros + (r.perMinuteMicros * seconds + 59) / 60;
}

Result<QList<Rate>> RateTable::parseCsv(const QByteArray &csv)
{
    using R = Result<QList<Rate>>;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) // spreadsheets write a BOM
        text.remove(0, 1);
    auto records = csv::read(text);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return R::fail(tr("the file is empty; expected the header %1").arg(QStringLiteral("prefix,description,price_per_minute,setup_fee")));

    // The header says where each column is.
    const csv::Record &header = records->first();
    std::array<qsizetype, 4> at{-1, -1, -1, -1};
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        const auto known = std::find(kColumns.begin(), kColumns.end(), name);
        if (known == kColumns.end())
            return R::fail(tr("line %1: unknown column \"%2\"; the header is %3")
                               .arg(QString::number(header.line), header.fields[i], QStringLiteral("prefix,description,price_per_minute,setup_fee")));
        at[known - kColumns.begin()] = i;
    }
    for (size_t c = 0; c < kColumns.size(); ++c)
        if (at[c] < 0)
            return R::fail(tr("line %1: the header has no column %2; the header is %3")
                               .arg(QString::number(header.line), kColumns[c], QStringLiteral("prefix,description,price_per_minute,setup_fee")));

    QList<Rate> rates;
    QHash<QString, int> lineOf;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const csv::Record &rec = records->at(r);
        const QString ln = QString::number(rec.line);
        if (rec.fields.size() != header.fields.size())
            return R::fail(tr("line %1: %2 fields, the header has %3").arg(ln).arg(rec.fields.size()).arg(header.fields.size()));
        auto value = [&](Column c) { return rec.fields[at[c]].trimmed(); };

        Rate rate;
        rate.prefix = value(Prefix);
        if (rate.prefix.startsWith(QLatin1Char('+')))
            rate.prefix.remove(0, 1);
        const bool digitsOnly = std::all_of(rate.prefix.begin(), rate.prefix.end(), [](QChar ch) { return ch >= u'0' && ch <= u'9'; });
        if (rate.prefix.isEmpty() || !digitsOnly || rate.prefix.size() > kMaxPrefixDigits)
            return R::fail(tr("line %1: prefix \"%2\" must be 1 to %3 digits (a leading + is allowed)").arg(ln, value(Prefix), QString::number(kMaxPrefixDigits)));
        if (const auto dup = lineOf.constFind(rate.prefix); dup != lineOf.constEnd())
            return R::fail(tr("line %1: prefix %2 is already on line %3").arg(ln, rate.prefix, QString::number(*dup)));
        rate.description = value(Description);

        for (Column c : {PricePerMinute, SetupFee}) {
            const QString text = value(c);
            qint64 *target = c == PricePerMinute ? &rate.perMinuteMicros : &rate.setupMicros;
            if (text.isEmpty() && c == SetupFee)
                continue; // most rate sheets have no setup fee
            if (text.isEmpty())
                return R::fail(tr("line %1: %2 is empty").arg(ln, kColumns[c]));
            if (text.startsWith(QLatin1Char('-')))
                return R::fail(tr("line %1: %2 \"%3\" is negative").arg(ln, kColumns[c], text));
            if (text.contains(QLatin1Char(',')))
                return R::fail(tr("line %1: %2 \"%3\" must use a dot as decimal separator").arg(ln, kColumns[c], text));
            const auto micros = money::parseEuro(text);
            if (!micros)
                return R::fail(tr("line %1: %2 \"%3\" is not a number (euro with at most 6 decimals, e.g. 0.0125)").arg(ln, kColumns[c], text));
            *target = *micros;
        }
        lineOf.insert(rate.prefix, rec.line);
        rates << rate;
    }
    return rates;
}

} // namespace centrale
