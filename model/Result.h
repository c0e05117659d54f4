#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace firebreak {

// What went wrong, in words a user can act on. `subject` names the file,
// device or value involved so every message can say *what* failed.
struct Error {
    // Credentials: the server wants a password (or refused the one given);
    // the caller may ask the user for one and try again.
    enum class Kind { Failed, Usage, NotFound, Conflict, Locked, Corrupt, TooNew, Credentials, Forbidden };
    Kind kind = Kind::Failed;
    QString message;

    static Error failed(QString msg) { return {Kind::Failed, std::move(msg)}; }
    static Error usage(QString msg) { return {Kind::Usage, std::move(msg)}; }
    static Error notFound(QString msg) { return {Kind::NotFound, std::move(msg)}; }
};

// Errors are values (DESIGN.md): a small expected-like type, since C++20
// has no std::expected. Nothing in model/ throws.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    // On a temporary, hand the value out by value: `for (x : *f())` must
    // not iterate a reference into a Result that died at the semicolon.
    T operator*() && { return std::get<0>(std::move(m_state)); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that produce nothing but can fail.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace firebreak
