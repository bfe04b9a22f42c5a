#pragma once
// Collects loader errors in document order, with a cap so a badly broken file
// gives a readable list instead of thousands of lines. Internal to the loader.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "core/role/role_loader.hpp"
#include "core/role/text_position.hpp"

namespace rex::core {

// "/a~b/c" keys must be escaped inside a JSON pointer (RFC 6901).
std::string EscapePointerToken(std::string_view key);

class ErrorSink {
 public:
  explicit ErrorSink(std::string source) : source_(std::move(source)) {}

  // `pointer` is a JSON pointer ("" = the whole document).
  void AtPointer(const std::string& pointer, std::string message);
  void AtPosition(TextPosition position, std::string message);
  void AtSource(std::string message);
  // For checks that can only run at the end (links to later items): puts the
  // error where it would have been, so the list stays in document order.
  void InsertAt(std::size_t position, const std::string& pointer, std::string message);

  std::size_t size() const { return errors_.size(); }
  bool full() const { return errors_.size() >= kMaxLoadErrors; }
  // The errors, plus one closing line if some were left out.
  std::vector<Error> Take();

 private:
  std::string Where(const std::string& pointer) const;
  void Add(Error error);

  std::string source_;
  std::vector<Error> errors_;
  bool dropped_ = false;
};

}  // namespace rex::core
