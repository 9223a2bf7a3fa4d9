#pragma once
// A record's columns in one table: what SELECT lists beside the member it fills. The column
// list and the reading of a row come from the same lines, so they cannot drift apart, and no
// repository writes q.value(i).toX() for each member again.
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <initializer_list>

namespace centrale::rows {

// Dates are stored as ISO text (YYYY-MM-DD) or NULL.
inline QVariant dateValue(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()); }
inline QDate dateFrom(const QVariant &v) { return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate); }

template <typename M>
M valueAs(const QVariant &v);
template <>
inline qint64 valueAs<qint64>(const QVariant &v) { return v.toLongLong(); }
template <>
inline int valueAs<int>(const QVariant &v) { return v.toInt(); }
template <>
inline bool valueAs<bool>(const QVariant &v) { return v.toBool(); }
template <>
inline QString valueAs<QString>(const QVariant &v) { return v.toString(); }
template <>
inline QDate valueAs<QDate>(const QVariant &v) { return dateFrom(v); }

template <typename T>
struct Column {
    QString select; // a column, or an expression
    std::function<void(T &, const QVariant &)> fill;
};

// A column read straight into a member (its type says how).
template <typename T, typename M>
Column<T> column(QString select, M T::*member)
{
    return {std::move(select), [member](T &t, const QVariant &v) { t.*member = valueAs<M>(v); }};
}

template <typename T>
class RowMap {
public:
    RowMap(std::initializer_list<Column<T>> columns) : m_columns(columns) {}

    // "a, b, c" for SELECT, in the order from() reads them.
    QString select() const
    {
        QStringList names;
        for (const auto &c : m_columns)
            names << c.select;
        return names.join(QStringLiteral(", "));
    }

    T from(const QSqlQuery &q) const
    {
        T t;
        for (int i = 0; i < int(m_columns.size()); ++i)
            m_columns[i].fill(t, q.value(i));
        return t;
    }

    // The row q finds next, or missing (the field it names) when there is none.
    Result<T> one(QSqlQuery &q, const QString &missing, const QString &field) const
    {
        if (!q.next())
            return Result<T>::fail(missing, field);
        return from(q);
    }

    // The rows q has left.
    QList<T> all(QSqlQuery &q) const
    {
        QList<T> out;
        while (q.next())
            out << from(q);
        return out;
    }

private:
    QList<Column<T>> m_columns;
};

} // namespace centrale::rows
