#pragma once
// A string builder with stream syntax, for the packet writers. std::ostringstream
// would do the same, but it brings iostreams and locales into the wasm (about
// 56 KB of code, docs/PERFORMANCE.md); these writers only append text and integers.
#include <string>
#include <string_view>
#include <type_traits>

namespace rex::core {

class TextOut {
 public:
  TextOut& operator<<(std::string_view text) {
    text_.append(text);
    return *this;
  }
  TextOut& operator<<(const char* text) { return *this << std::string_view(text); }
  TextOut& operator<<(const std::string& text) { return *this << std::string_view(text); }
  TextOut& operator<<(char c) {
    text_.push_back(c);
    return *this;
  }
  // Integers only: a double here would need a formatting decision, made by the
  // caller (e.g. FormatNumber) instead.
  template <typename Integer, typename = std::enable_if_t<std::is_integral_v<Integer>>>
  TextOut& operator<<(Integer value) {
    text_.append(std::to_string(value));
    return *this;
  }

  const std::string& str() const { return text_; }

 private:
  std::string text_;
};

}  // namespace rex::core
