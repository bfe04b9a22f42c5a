#pragma once
// Splits text at '\n' the way std::getline does: no line for empty text, none
// after a final newline, and a last line without one still counts.
#include <string_view>

namespace rex::core {

template <typename OnLine>
void ForEachLine(std::string_view text, OnLine on_line) {
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    on_line(text.substr(0, end));
    if (end == std::string_view::npos) return;
    text.remove_prefix(end + 1);
  }
}

}  // namespace rex::core
