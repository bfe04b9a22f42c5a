#include "core/text/shaped_runs.hpp"

#include <algorithm>
#include <cstddef>

#include "core/text/utf8.hpp"

namespace rex::core {
namespace {

struct Range {
  char32_t first, last;
};

// Scripts that join, reorder or stack: Hebrew to Arabic Extended-A, the Indic
// blocks to Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, and the
// Hebrew and Arabic presentation forms.
constexpr Range kShaping[] = {{0x0590, 0x08FF}, {0x0900, 0x0DFF}, {0x0E00, 0x0FFF}, {0x1000, 0x109F},
                              {0x1780, 0x18AF}, {0xFB1D, 0xFDFF}, {0xFE70, 0xFEFE}};
constexpr Range kRightToLeft[] = {{0x0590, 0x08FF}, {0xFB1D, 0xFDFF}, {0xFE70, 0xFEFE}};

template <std::size_t N>
bool InRanges(char32_t code, const Range (&ranges)[N]) {
  for (const Range& r : ranges) {
    if (code >= r.first && code <= r.last) return true;
  }
  return false;
}

// Characters that belong to whichever script surrounds them: kept inside a shaped
// run when a shaped character follows, so the browser places them.
bool IsNeutral(char32_t code) {
  if (code < 0x80) return !((code >= 'A' && code <= 'Z') || (code >= 'a' && code <= 'z'));
  return (code >= 0x0300 && code <= 0x036F) || (code >= 0x2000 && code <= 0x206F) || code == 0xA0;
}

// The end of the shaped stretch that starts at `begin`: past every shaped
// character reachable through neutral ones only.
std::size_t ShapedStretchEnd(std::string_view s, std::size_t begin) {
  std::size_t end = begin;
  for (std::size_t pos = begin; pos < s.size();) {
    const Utf8Char c = DecodeUtf8(s, pos);
    if (c.valid && NeedsShaping(c.code)) {
      end = pos + c.length;
    } else if (!c.valid || !IsNeutral(c.code)) {
      return end;
    }
    pos += c.length;
  }
  return s.size();  // only neutral characters after the last shaped one: they end its sentence
}

bool StartsRightToLeft(std::string_view s, std::size_t begin, std::size_t end) {
  for (std::size_t pos = begin; pos < end;) {
    const Utf8Char c = DecodeUtf8(s, pos);
    if (c.valid && NeedsShaping(c.code)) return IsRightToLeft(c.code);
    pos += c.length;
  }
  return false;
}

// Cuts [begin, end) into pieces of at most kMaxShapedRunCodes codepoints, at the
// last space that fits (or hard, in a text without spaces).
void AppendShapedPieces(std::string_view s, std::size_t begin, std::size_t end, std::size_t stretch,
                        std::vector<TextRun>& runs) {
  while (begin < end) {
    std::size_t pos = begin, codes = 0, last_space = end;
    while (pos < end && codes < kMaxShapedRunCodes) {
      if (s[pos] == ' ') last_space = pos;
      pos += DecodeUtf8(s, pos).length;
      ++codes;
    }
    std::size_t piece_end = pos;
    if (pos < end && last_space != end && last_space > begin) piece_end = last_space;
    runs.push_back({begin, piece_end, true, StartsRightToLeft(s, begin, piece_end), stretch});
    begin = piece_end;
    if (begin < end && s[begin] == ' ') {
      runs.push_back({begin, begin + 1, false, false, stretch});
      ++begin;
    }
  }
}

}  // namespace

bool NeedsShaping(char32_t code) { return code >= 0x0590 && InRanges(code, kShaping); }

bool IsRightToLeft(char32_t code) { return code >= 0x0590 && InRanges(code, kRightToLeft); }

bool ContainsShapedText(std::string_view utf8) {
  bool found = false;
  ForEachNonAscii(utf8, [&](char32_t code) { found = found || NeedsShaping(code); });
  return found;
}

std::vector<TextRun> SplitShapedRuns(std::string_view s) {
  std::vector<TextRun> runs;
  std::size_t plain_begin = 0, stretches = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    const Utf8Char c = DecodeUtf8(s, pos);
    if (!c.valid || !NeedsShaping(c.code)) {
      pos += c.length;
      continue;
    }
    if (pos > plain_begin) runs.push_back({plain_begin, pos, false, false});
    const std::size_t end = ShapedStretchEnd(s, pos);
    AppendShapedPieces(s, pos, end, stretches++, runs);
    pos = plain_begin = end;
  }
  if (plain_begin < s.size()) runs.push_back({plain_begin, s.size(), false, false});
  return runs;
}

std::vector<TextRun> InDisplayOrder(std::vector<TextRun> runs) {
  for (std::size_t first = 0; first < runs.size();) {
    std::size_t last = first + 1;
    if (runs[first].stretch != kNoStretch) {
      while (last < runs.size() && runs[last].stretch == runs[first].stretch) ++last;
      if (runs[first].right_to_left) std::reverse(runs.begin() + static_cast<std::ptrdiff_t>(first), runs.begin() + static_cast<std::ptrdiff_t>(last));
    }
    first = last;
  }
  return runs;
}

}  // namespace rex::core
