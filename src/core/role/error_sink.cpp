#include "core/role/error_sink.hpp"

namespace rex::core {

std::string EscapePointerToken(std::string_view key) {
  std::string escaped;
  escaped.reserve(key.size());
  for (char c : key) {
    if (c == '~') {
      escaped += "~0";
    } else if (c == '/') {
      escaped += "~1";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

void ErrorSink::AtPointer(const std::string& pointer, std::string message) {
  Add(Error{Where(pointer), std::move(message)});
}

void ErrorSink::AtPosition(TextPosition position, std::string message) {
  Add(Error{source_ + ":" + std::to_string(position.line) + ":" + std::to_string(position.column),
            std::move(message)});
}

void ErrorSink::AtSource(std::string message) { Add(Error{source_, std::move(message)}); }

void ErrorSink::InsertAt(std::size_t position, const std::string& pointer, std::string message) {
  if (position >= kMaxLoadErrors) {
    dropped_ = true;
    return;
  }
  const auto at = errors_.begin() + static_cast<std::ptrdiff_t>(position < errors_.size() ? position : errors_.size());
  errors_.insert(at, Error{Where(pointer), std::move(message)});
  if (errors_.size() > kMaxLoadErrors) {
    errors_.resize(kMaxLoadErrors);
    dropped_ = true;
  }
}

std::vector<Error> ErrorSink::Take() {
  std::vector<Error> errors = std::move(errors_);
  if (dropped_) {
    errors.push_back(Error{source_, "too many errors; only the first " + std::to_string(kMaxLoadErrors) +
                                        " are shown"});
  }
  errors_.clear();
  dropped_ = false;
  return errors;
}

std::string ErrorSink::Where(const std::string& pointer) const {
  // The whole document is named by the source alone: "file#" would look like a typo.
  return pointer.empty() ? source_ : source_ + "#" + pointer;
}

void ErrorSink::Add(Error error) {
  if (full()) {
    dropped_ = true;
    return;
  }
  errors_.push_back(std::move(error));
}

}  // namespace rex::core
