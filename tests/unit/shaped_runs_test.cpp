// Stretches of text that need the browser's shaping engine (src/core/text/shaped_runs.hpp).
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/text/shaped_runs.hpp"

using rex::core::ContainsShapedText;
using rex::core::IsRightToLeft;
using rex::core::kMaxShapedRunCodes;
using rex::core::NeedsShaping;
using rex::core::SplitShapedRuns;
using rex::core::TextRun;

namespace {

struct Piece {
  std::string text;
  bool shaped;
  bool right_to_left;
  bool operator==(const Piece& o) const { return text == o.text && shaped == o.shaped && right_to_left == o.right_to_left; }
};

std::vector<Piece> Pieces(std::string_view text) {
  std::vector<Piece> out;
  for (const TextRun& run : SplitShapedRuns(text)) {
    out.push_back({std::string(text.substr(run.begin, run.end - run.begin)), run.shaped, run.right_to_left});
  }
  return out;
}

std::string Joined(std::string_view text) {
  std::string out;
  for (const Piece& p : Pieces(text)) out += p.text;
  return out;
}

}  // namespace

TEST_CASE("Scripts ImGui draws well need no shaping, joining and reordering scripts do") {
  for (char32_t c : {U'a', U'ë', U'Ł', U'Ω', U'Д', U'山', U'한', U'→'}) CHECK_FALSE(NeedsShaping(c));
  for (char32_t c : {U'ש', U'م', U'ہ', U'क', U'ি', U'ไ', U'မ', U'ក', U'ﻻ'}) CHECK(NeedsShaping(c));
  CHECK(IsRightToLeft(U'ש'));
  CHECK(IsRightToLeft(U'م'));
  CHECK_FALSE(IsRightToLeft(U'क'));
  CHECK_FALSE(IsRightToLeft(U'a'));
  CHECK(ContainsShapedText("Team مرحبا"));
  CHECK_FALSE(ContainsShapedText("Zoë Łódź 山田太郎 Дмитрий Ωmega"));
}

TEST_CASE("Text without shaped characters is one plain run, even when empty or not UTF-8") {
  CHECK(Pieces("Zoë Łódź 山田") == std::vector<Piece>{{"Zoë Łódź 山田", false, false}});
  CHECK(Pieces("").empty());
  CHECK(Pieces("a\xFF\xC3") == std::vector<Piece>{{"a\xFF\xC3", false, false}});
}

TEST_CASE("A phrase keeps its inner spaces, digits and punctuation, its edges stay plain") {
  CHECK(Pieces("Lead: מנהל צוות 2, (Tel Aviv)") ==
        std::vector<Piece>{{"Lead: ", false, false}, {"מנהל צוות", true, true}, {" 2, (Tel Aviv)", false, false}});
  CHECK(Pieces("تصميم 2 الأنظمة") == std::vector<Piece>{{"تصميم 2 الأنظمة", true, true}});
  // Punctuation that ends the text ends the sentence: the browser places it.
  CHECK(Pieces("Note: יפה מאוד.") == std::vector<Piece>{{"Note: ", false, false}, {"יפה מאוד.", true, true}});
  CHECK(Pieces("सिस्टम design") == std::vector<Piece>{{"सिस्टम", true, false}, {" design", false, false}});
  // A Latin letter between two shaped words ends the first run.
  CHECK(Pieces("שלום x שלום") ==
        std::vector<Piece>{{"שלום", true, true}, {" x ", false, false}, {"שלום", true, true}});
}

TEST_CASE("Long runs are cut at spaces into pieces ImGui can wrap between") {
  std::string text;
  for (int i = 0; i < 12; ++i) text += (i ? " " : "") + std::string("مرحبا");
  const std::vector<Piece> pieces = Pieces(text);
  REQUIRE(pieces.size() > 2);
  CHECK(Joined(text) == text);
  for (const Piece& p : pieces) {
    if (!p.shaped) {
      CHECK(p.text == " ");
      continue;
    }
    std::size_t codes = 0;
    for (unsigned char ch : p.text) codes += (ch & 0xC0) != 0x80;
    CHECK(codes <= kMaxShapedRunCodes);
    CHECK(p.text.front() != ' ');
    CHECK(p.text.back() != ' ');
  }
}

TEST_CASE("Display order reverses the pieces of a right-to-left stretch, and only those") {
  std::string arabic;
  for (int i = 0; i < 8; ++i) arabic += (i ? " " : "") + std::string("مرحبا");  // 47 codepoints: two pieces
  const std::string text = "A " + arabic + " B " + std::string("सिस्टम डिज़ाइन सिस्टम डिज़ाइन सिस्टम डिज़ाइन");
  const std::vector<TextRun> logical = SplitShapedRuns(text);
  const std::vector<TextRun> shown = rex::core::InDisplayOrder(logical);
  REQUIRE(shown.size() == logical.size());
  std::vector<std::string> pieces;
  for (const TextRun& run : shown) pieces.push_back(text.substr(run.begin, run.end - run.begin));
  // A, then the Arabic stretch's pieces last-first with their space, then B, then Devanagari in order.
  CHECK(pieces[0] == "A ");
  CHECK(logical[1].begin < logical[3].begin);
  CHECK(shown[1].begin == logical[3].begin);
  CHECK(pieces[2] == " ");
  CHECK(shown[3].begin == logical[1].begin);
  CHECK(pieces[4] == " B ");
  for (std::size_t i = 5; i < shown.size(); ++i) CHECK(shown[i].begin == logical[i].begin);
}

TEST_CASE("A long run without spaces is cut hard, on character boundaries") {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "क";
  const std::vector<Piece> pieces = Pieces(text);
  CHECK(pieces.size() == 3);
  CHECK(Joined(text) == text);
  CHECK(pieces[0].text.size() == kMaxShapedRunCodes * 3);
}

TEST_CASE("Runs cover every byte once and in order, whatever the mix") {
  const char* samples[] = {"a שלום b", "שלום", " שלום ", "Ωmega مرحبا 山田 नमस्ते!", "\xD7", "ש\xFFש", "๑๒ ไทย", "a  b"};
  for (const char* sample : samples) {
    CAPTURE(sample);
    const std::string_view text(sample);
    std::size_t expected_begin = 0;
    for (const TextRun& run : SplitShapedRuns(text)) {
      CHECK(run.begin == expected_begin);
      CHECK(run.end > run.begin);
      expected_begin = run.end;
    }
    CHECK(expected_begin == text.size());
  }
}
