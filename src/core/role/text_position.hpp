#pragma once
// Turns byte offsets into what a person sees in an editor (line and column), and
// checks UTF-8 before parsing, so errors point at a place instead of a byte index.
#include <cstddef>
#include <optional>
#include <string_view>

namespace rex::core {

struct TextPosition {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, counted in Unicode code points (as editors count)
};

// Position of the byte at `offset` (an offset past the end means "end of text").
// "\r\n" and "\n" end a line; a tab counts as one column.
TextPosition PositionOfOffset(std::string_view text, std::size_t offset);

// Offset of the first byte that is not part of well-formed UTF-8, if any.
// Overlong forms, surrogates and code points above U+10FFFF are rejected.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

}  // namespace rex::core
