#pragma once
// Prices per destination prefix, for call costs and the amount limits.
#include "util/Result.h"
#include <QList>
#include <QString>

namespace centrale {

struct Rate {
    QString prefix;
    QString description;
    qint64 perMinuteMicros = 0; // micro-euro
    qint64 setupMicros = 0;
};

class RateTable {
public:
    explicit RateTable(QList<Rate> rates = {});
    const Rate *find(const QString &e164Digits) const; // longest matching prefix
    static qint64 costMicros(const Rate &r, qint64 durationMs);
    bool isEmpty() const { return m_rates.isEmpty(); }
    int size() const { return int(m_rates.size()); }
    const QList<Rate> &rates() const { return m_rates; }

private:
    QList<Rate> m_rates;
};

} // namespace centrale
