#pragma once
// Stretches of text that need a shaping engine. ImGui lays out one glyph per
// codepoint, left to right: right for Latin, Greek, Cyrillic and CJK, wrong for
// scripts whose letters join or reorder (Arabic, Hebrew, the Indic scripts, Thai,
// Myanmar, Khmer...). The UI hands such stretches whole to the browser's text
// engine and draws the result as one picture (docs/adr/0026); this file only finds
// them, so it is pure and unit-tested.
#include <cstddef>
#include <string_view>
#include <vector>

namespace rex::core {

// Whether ImGui would draw `code` wrongly on its own (joining, reordering, marks
// placed over other letters, right-to-left order).
bool NeedsShaping(char32_t code);
// Whether `code` is a strong right-to-left character (Hebrew, Arabic and kin).
bool IsRightToLeft(char32_t code);
// Fast check: whether `utf8` holds any character that needs shaping.
bool ContainsShapedText(std::string_view utf8);

inline constexpr std::size_t kNoStretch = static_cast<std::size_t>(-1);

struct TextRun {
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
  bool shaped = false;          // draw through the browser's text engine
  bool right_to_left = false;   // shaped runs: the first strong character's direction
  // Which shaped stretch the run belongs to (its pieces and the spaces between
  // them share one number), or kNoStretch for plain text outside any stretch.
  std::size_t stretch = kNoStretch;
};

// A shaped run longer than this many codepoints is cut at a space, so ImGui can
// still wrap long text between the pieces (each piece is one unbreakable picture).
inline constexpr std::size_t kMaxShapedRunCodes = 24;

// Splits `utf8` into plain and shaped runs, covering every byte once, in order. A
// shaped run takes in the spaces, digits and punctuation between two characters
// that need shaping (a phrase stays one run, so the browser orders it), and those
// after its last one when nothing else follows (a sentence's full stop), but not
// those before it; the space where a long run is cut stays plain.
std::vector<TextRun> SplitShapedRuns(std::string_view utf8);

// The runs in the order they are drawn left to right: the pieces of a right-to-left
// stretch (and the spaces between them) reversed, so a stretch that fits on one line
// reads right to left as a whole. Everything else keeps its order.
std::vector<TextRun> InDisplayOrder(std::vector<TextRun> runs);

}  // namespace rex::core
