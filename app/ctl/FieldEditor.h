#pragma once
// The `set` commands as a table: each editable field is one command-line option and/or one
// key of the object that `show --json` prints, with how each changes the object. Adding a
// field (a phone's --mac, say) is adding one row; the parsing, the --from-json reading and
// the refusal of unknown keys come with it.
#include "util/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <functional>
#include <optional>

namespace centrale::ctl {

template <typename T>
struct EditField {
    std::optional<QCommandLineOption> option; // none: only in the JSON form
    QString jsonKey;                          // empty: only an option
    // values: every value given for the option (one per repetition); a flag gets none.
    std::function<Status(T &, const QStringList &values)> fromOption;
    std::function<Status(T &, const QJsonValue &)> fromJson;
    bool repeatable = false;
};

template <typename T>
class FieldEditor {
public:
    explicit FieldEditor(QString showCommand) : m_showCommand(std::move(showCommand)) {}

    FieldEditor &add(EditField<T> field)
    {
        m_fields << std::move(field);
        return *this;
    }
    // Keys that `show --json` prints but that cannot be set (a server address, a label).
    FieldEditor &ignoreKeys(const QStringList &keys)
    {
        m_ignored << keys;
        return *this;
    }

    void addOptions(QCommandLineParser &p) const
    {
        for (const auto &f : m_fields)
            if (f.option)
                p.addOption(*f.option);
    }

    // True when at least one field option was given.
    bool anyOption(const QCommandLineParser &p) const
    {
        for (const auto &f : m_fields)
            if (f.option && p.isSet(*f.option))
                return true;
        return false;
    }

    // "--x may be given only once." for options that are not repeatable.
    Status checkRepeats(const QCommandLineParser &p) const
    {
        for (const auto &f : m_fields)
            if (f.option && !f.repeatable && p.values(*f.option).size() > 1)
                return Status::fail(QCoreApplication::translate("centralectl", "--%1 may be given only once.").arg(f.option->names().first()),
                                    f.option->names().first());
        return {};
    }

    // The object's keys, in table order; a key the table does not know is refused, so a
    // typo is not saved as "nothing changed". skipKeys: keys the caller has read itself.
    Status applyJson(T &target, const QJsonObject &o, const QStringList &skipKeys = {}) const
    {
        QStringList known = skipKeys + m_ignored;
        for (const auto &f : m_fields) {
            if (f.jsonKey.isEmpty())
                continue;
            known << f.jsonKey;
            if (!o.contains(f.jsonKey))
                continue;
            if (auto s = f.fromJson(target, o.value(f.jsonKey)); !s)
                return Status::fail(QStringLiteral("--from-json \"%1\": %2").arg(f.jsonKey, s.message()), f.jsonKey);
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                return Status::fail(QCoreApplication::translate("centralectl", "--from-json: unknown key \"%1\"; an object like `%2 --json` prints has: %3")
                                        .arg(it.key(), m_showCommand, known.join(QStringLiteral(", "))),
                                    it.key());
        return {};
    }

    // The options given, in table order (so --ip replaces before --add-ip adds).
    Status applyOptions(T &target, const QCommandLineParser &p) const
    {
        for (const auto &f : m_fields) {
            if (!f.option || !p.isSet(*f.option))
                continue;
            const QString name = f.option->names().first();
            const QStringList values = f.option->valueName().isEmpty() ? QStringList() : p.values(*f.option);
            if (auto s = f.fromOption(target, values); !s)
                return Status::fail(s.message().startsWith(QLatin1String("--")) ? s.message() : QStringLiteral("--%1: %2").arg(name, s.message()), name);
        }
        return {};
    }

    QStringList optionNames() const
    {
        QStringList out;
        for (const auto &f : m_fields)
            if (f.option)
                out << QStringLiteral("--") + f.option->names().first();
        return out;
    }

private:
    QString m_showCommand;
    QList<EditField<T>> m_fields;
    QStringList m_ignored;
};

// How a JSON value looks in a message: strings as typed, the rest as JSON.
inline QString shownJson(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

// A field only in the JSON form whose value is an object V::fromJson reads (a trunk's or
// phone's limits, its destinations); notObject says what is wrong with any other value.
template <typename T, typename V>
EditField<T> jsonObjectField(QString key, V T::*member, std::function<QString(const QJsonValue &)> notObject)
{
    return {std::nullopt, std::move(key), {}, [member, notObject](T &t, const QJsonValue &v) -> Status {
                if (!v.isObject())
                    return Status::fail(notObject(v));
                auto read = V::fromJson(v.toObject());
                if (!read)
                    return read.error();
                t.*member = read.value();
                return {};
            }};
}

} // namespace centrale::ctl
