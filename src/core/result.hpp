#pragma once
// Result<T>: a value or an Error. Our code never lets an exception escape; every
// fallible function returns one of these and the UI turns errors into messages.
#include <string>
#include <utility>
#include <variant>

namespace rex::core {

// `where` says which input and place: "file:12:5" for syntax, "file#/json/pointer"
// for shape. `message` says what was wrong, in words a user can act on.
struct Error {
  std::string where;
  std::string message;

  std::string ToString() const { return where.empty() ? message : where + ": " + message; }
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}
  Result(Error error) : data_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<T>(data_); }
  T& value() & { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  const Error& error() const { return std::get<Error>(data_); }

 private:
  std::variant<T, Error> data_;
};

}  // namespace rex::core
