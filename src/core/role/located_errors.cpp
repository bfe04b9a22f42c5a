#include "core/role/located_errors.hpp"

#include "core/role/role_loader.hpp"

namespace rex::core {

void LocatedErrors::At(TextPosition position, std::string message) {
  if (errors_.size() < kMaxLoadErrors) {
    errors_.push_back(Error{Where(position), std::move(message)});
  } else if (!first_dropped_) {
    first_dropped_ = position;
  }
}

std::vector<Error> LocatedErrors::Take() {
  std::vector<Error> errors = std::move(errors_);
  if (first_dropped_) {
    errors.push_back(Error{Where(*first_dropped_),
                           "too many errors; only the first " + std::to_string(kMaxLoadErrors) + " are shown"});
  }
  errors_.clear();
  first_dropped_.reset();
  return errors;
}

std::string LocatedErrors::Where(TextPosition position) const {
  return source_ + ":" + std::to_string(position.line) + ":" + std::to_string(position.column);
}

}  // namespace rex::core
