#pragma once
// Errors that each point at a line and column of one text (a CSV file), in the
// order they are found, capped like the role loader's (kMaxLoadErrors). Unlike
// the loader's ErrorSink, even the closing "too many errors" line has a place:
// the first error left out, so every line of the list can be clicked in an editor.
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "core/role/text_position.hpp"

namespace rex::core {

class LocatedErrors {
 public:
  explicit LocatedErrors(std::string source) : source_(std::move(source)) {}

  void At(TextPosition position, std::string message);

  bool empty() const { return errors_.empty(); }
  // The errors, plus one closing line at the first one left out, if any were.
  std::vector<Error> Take();

 private:
  std::string Where(TextPosition position) const;

  std::string source_;
  std::vector<Error> errors_;
  std::optional<TextPosition> first_dropped_;
};

}  // namespace rex::core
