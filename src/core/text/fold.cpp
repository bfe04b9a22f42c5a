#include "core/text/fold.hpp"

#include <algorithm>
#include <array>

#include "core/text/utf8.hpp"

namespace rex::core {
namespace {

// --- Case ---------------------------------------------------------------------

bool Even(char32_t c) { return c % 2 == 0; }

char32_t LowerCase(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 0x20;
  if (c < 0xC0) return c;
  if (c <= 0xDE) return c == 0xD7 ? c : c + 0x20;                     // Latin-1 (not ×)
  if (c == 0x130) return 'i';                                          // İ
  if (c == 0x178) return 0xFF;                                         // Ÿ
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return Even(c) ? c + 1 : c;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return Even(c) ? c : c + 1;
  if (c >= 0x218 && c <= 0x21B) return Even(c) ? c + 1 : c;           // Ș Ț
  if (c == 0x386) return 0x3AC;                                        // Greek with tonos
  if (c >= 0x388 && c <= 0x38A) return c + 0x25;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 0x3F;
  if ((c >= 0x391 && c <= 0x3A1) || (c >= 0x3A3 && c <= 0x3AB)) return c + 0x20;
  if (c == 0x3C2) return 0x3C3;                                        // final sigma
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;                      // Cyrillic
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF)) return Even(c) ? c + 1 : c;
  if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF)) return Even(c) ? c + 1 : c;
  return c;
}

// --- Accents ------------------------------------------------------------------

struct BaseRun {
  char32_t first, last;
  std::string_view base;
};

// Lower-case letters (LowerCase has run first) and their base letters.
constexpr std::array<BaseRun, 49> kBases = {{
    {0xDF, 0xDF, "ss"},  {0xE0, 0xE5, "a"},   {0xE6, 0xE6, "ae"},  {0xE7, 0xE7, "c"},   {0xE8, 0xEB, "e"},
    {0xEC, 0xEF, "i"},   {0xF0, 0xF0, "d"},   {0xF1, 0xF1, "n"},   {0xF2, 0xF6, "o"},   {0xF8, 0xF8, "o"},
    {0xF9, 0xFC, "u"},   {0xFD, 0xFD, "y"},   {0xFE, 0xFE, "th"},  {0xFF, 0xFF, "y"},   {0x100, 0x105, "a"},
    {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"}, {0x11C, 0x123, "g"}, {0x124, 0x127, "h"},
    {0x128, 0x131, "i"}, {0x132, 0x133, "ij"}, {0x134, 0x135, "j"}, {0x136, 0x138, "k"}, {0x139, 0x142, "l"},
    {0x143, 0x14B, "n"}, {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"}, {0x179, 0x17E, "z"},
    {0x17F, 0x17F, "s"}, {0x219, 0x219, "s"}, {0x21B, 0x21B, "t"},
    {0x390, 0x390, "ι"}, {0x3AC, 0x3AC, "α"}, {0x3AD, 0x3AD, "ε"}, {0x3AE, 0x3AE, "η"}, {0x3AF, 0x3AF, "ι"},
    {0x3B0, 0x3B0, "υ"}, {0x3CA, 0x3CA, "ι"}, {0x3CB, 0x3CB, "υ"}, {0x3CC, 0x3CC, "ο"}, {0x3CD, 0x3CD, "υ"},
    {0x3CE, 0x3CE, "ω"},
}};

bool IsCombiningMark(char32_t c) { return c >= 0x300 && c <= 0x36F; }

// The base letters of a lower-case letter, or nothing when it has none.
std::string_view BaseOf(char32_t c) {
  if (c == 0x451) return "е";  // ё
  const auto run = std::find_if(kBases.begin(), kBases.end(), [c](const BaseRun& r) { return c >= r.first && c <= r.last; });
  return run == kBases.end() ? std::string_view() : run->base;
}

void Append(FoldedText& out, std::string_view bytes, std::size_t origin) {
  out.text.append(bytes);
  out.origin.insert(out.origin.end(), bytes.size(), static_cast<std::uint32_t>(origin));
}

}  // namespace

FoldedText Fold(std::string_view utf8, Accents accents) {
  FoldedText out;
  out.text.reserve(utf8.size());
  out.origin.reserve(utf8.size() + 1);
  std::string encoded;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const Utf8Char d = DecodeUtf8(utf8, pos);
    if (!d.valid) {
      Append(out, utf8.substr(pos, 1), pos);
    } else if (accents == Accents::kIgnore && IsCombiningMark(d.code)) {
      // dropped: "e" + U+0301 matches "e"
    } else {
      const char32_t lower = LowerCase(d.code);
      const std::string_view base = accents == Accents::kIgnore ? BaseOf(lower) : std::string_view();
      encoded.clear();
      if (base.empty()) EncodeUtf8(lower, encoded);
      Append(out, base.empty() ? std::string_view(encoded) : base, pos);
    }
    pos += d.length;
  }
  out.origin.push_back(static_cast<std::uint32_t>(utf8.size()));
  return out;
}

bool HasAccents(std::string_view folded_word) { return Fold(folded_word, Accents::kIgnore).text != folded_word; }

int Collate(std::string_view a, std::string_view b) {
  for (const Accents level : {Accents::kIgnore, Accents::kKeep}) {
    const int cmp = Fold(a, level).text.compare(Fold(b, level).text);
    if (cmp != 0) return cmp;
  }
  return a.compare(b);
}

}  // namespace rex::core
