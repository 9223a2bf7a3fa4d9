#pragma once
// What calls cost: rates per destination prefix, longest prefix wins, billed per second.
#include "util/Result.h"
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace centrale {

struct Rate {
    QString prefix;        // E.164 digits without '+'
    QString description;
    qint64 perMinuteMicros = 0; // micro-euro
    qint64 setupMicros = 0;     // charged once per answered call
};

class RateTable {
    Q_DECLARE_TR_FUNCTIONS(RateTable)
public:
    explicit RateTable(QList<Rate> rates = {});

    // The rate with the longest prefix of e164Digits; nullptr if none matches.
    const Rate *find(const QString &e164Digits) const;
    // Setup fee plus per-second billing: perMinute * ceil(durationMs / 1000) / 60,
    // rounded up to a whole micro-euro. A duration of 0 or less bills no seconds.
    static qint64 costMicros(const Rate &r, qint64 durationMs);

    bool isEmpty() const { return m_rates.isEmpty(); }
    int size() const { return int(m_rates.size()); }
    const QList<Rate> &rates() const { return m_rates; }

    // The CSV of `centralectl rates import`: header prefix,description,price_per_minute,setup_fee
    // (any order), prices in euro with a dot decimal, '#' comments. Errors name the line and field.
    static Result<QList<Rate>> parseCsv(const QByteArray &csv);

private:
    QList<Rate> m_rates;
    QHash<QString, qsizetype> m_byPrefix;
    qsizetype m_longest = 0;
};

} // namespace centrale
