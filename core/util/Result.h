#pragma once
// One error style at every API edge: a value or a human-readable message that
// names the field and the rule. Messages are already translated (tr()).
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace centrale {

struct Error {
    QString message;
    QString field; // optional: which input was wrong (for inline validation)
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    static Result fail(QString message, QString field = {}) { return Result(Error{std::move(message), std::move(field)}); }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    static Result success() { return {}; }
    static Result fail(QString message, QString field = {}) { return Result(Error{std::move(message), std::move(field)}); }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace centrale
