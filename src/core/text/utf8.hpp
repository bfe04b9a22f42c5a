#pragma once
// UTF-8 one character at a time, forgiving: a byte that does not start a valid
// character comes back as itself (valid = false), so callers never lose or invent
// bytes in text that is not UTF-8.
#include <cstddef>
#include <string>
#include <string_view>

namespace rex::core {

struct Utf8Char {
  char32_t code;
  std::size_t length;  // bytes
  bool valid;
};

inline Utf8Char DecodeUtf8(std::string_view s, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return {lead, 1, true};
  const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || pos + length > s.size()) return {lead, 1, false};
  char32_t code = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return {lead, 1, false};
    code = (code << 6) | (byte(pos + i) & 0x3F);
  }
  return {code, length, true};
}

inline void EncodeUtf8(char32_t code, std::string& out) {
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

// Calls on_code(code) for each valid character that is not ASCII.
template <typename OnCode>
void ForEachNonAscii(std::string_view s, OnCode on_code) {
  for (std::size_t pos = 0; pos < s.size();) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const Utf8Char c = DecodeUtf8(s, pos);
    if (c.valid) on_code(c.code);
    pos += c.length;
  }
}

}  // namespace rex::core
