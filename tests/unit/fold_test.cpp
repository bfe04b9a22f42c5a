// Folding for search and sorting beyond ASCII (core/text/fold.hpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/text/fold.hpp"

using rex::core::Accents;
using rex::core::Collate;
using rex::core::Fold;
using rex::core::HasAccents;

namespace {

std::string Folded(std::string_view text) { return Fold(text, Accents::kKeep).text; }
std::string AccentFree(std::string_view text) { return Fold(text, Accents::kIgnore).text; }

}  // namespace

TEST_CASE("case folds for Latin, Greek and Cyrillic, accents kept") {
  CHECK(Folded("ŁÓDŹ") == "łódź");
  CHECK(Folded("ŁUKASZ DVOŘÁK") == "łukasz dvořák");
  CHECK(Folded("ÇAĞRI ŞAHİN") == "çağri şahin");
  CHECK(Folded("ΩΜΕΓΑ ΆΡΗΣ Σ") == "ωμεγα άρησ σ");
  CHECK(Folded("ДМИТРИЙ ЁЛКИН Її") == "дмитрий ёлкин її");
  CHECK(Folded("ȘTEFAN ȚIRIAC") == "ștefan țiriac");
  CHECK(Folded("山田太郎 × ÷") == "山田太郎 × ÷");  // no case: unchanged
}

TEST_CASE("the accent-free form keeps base letters only") {
  CHECK(AccentFree("Łódź") == "lodz");
  CHECK(AccentFree("Zoë Müller") == "zoe muller");
  CHECK(AccentFree("Straße Œuvre Ĳssel") == "strasse oeuvre ijssel");
  CHECK(AccentFree("Άθήνα") == "αθηνα");
  CHECK(AccentFree("Ёлка") == "елка");
  CHECK(AccentFree("e\xCC\x81t\xC3\xA9") == "ete");  // a combining acute, then a precomposed é
}

TEST_CASE("every folded byte points back at the original byte it came from") {
  const auto folded = Fold("Łódź!", Accents::kIgnore);
  REQUIRE(folded.text == "lodz!");
  CHECK(folded.origin == std::vector<std::uint32_t>{0, 2, 4, 5, 7, 8});
  CHECK(folded.Original(1, 4) == std::pair<std::size_t, std::size_t>{2, 7});  // "odz" is "ódź"
  const auto strasse = Fold("aß", Accents::kIgnore);
  CHECK(strasse.text == "ass");
  CHECK(strasse.origin == std::vector<std::uint32_t>{0, 1, 1, 3});
}

TEST_CASE("bytes that are not UTF-8 pass through unchanged") {
  CHECK(Folded("a\xFF" "B\xC3") == "a\xFF" "b\xC3");
  CHECK(AccentFree("\xE2\x82") == "\xE2\x82");
}

TEST_CASE("a word has accents when folding them away changes it") {
  CHECK_FALSE(HasAccents("lodz"));
  CHECK(HasAccents("łódź"));
  CHECK(HasAccents("łodz"));
  CHECK(HasAccents("straße"));
  CHECK_FALSE(HasAccents("дмитрий"));
}

TEST_CASE("names sort by base letter, then accents, then case, not by bytes") {
  std::vector<std::string> names = {"Zoë", "Enzo", "Émile", "emil", "Emil", "Zoe", "Łukasz", "Lars", "Mia"};
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return Collate(a, b) < 0; });
  CHECK(names == std::vector<std::string>{"Emil", "emil", "Émile", "Enzo", "Lars", "Łukasz", "Mia", "Zoe", "Zoë"});
  CHECK(Collate("a", "a") == 0);
}

TEST_CASE("a folded range maps to whole original characters, even from half of a folded letter") {
  const auto folded = Fold("ΣΑ", Accents::kKeep);  // σα: two bytes each
  REQUIRE(folded.text == "σα");
  CHECK(folded.Original(0, 1) == std::pair<std::size_t, std::size_t>{0, 2});  // the first byte of σ is Σ
  CHECK(folded.Original(1, 3) == std::pair<std::size_t, std::size_t>{0, 4});
  const auto ss = Fold("ß!", Accents::kIgnore);  // one letter, two folded bytes
  CHECK(ss.Original(0, 1) == std::pair<std::size_t, std::size_t>{0, 2});
  CHECK(ss.Original(2, 3) == std::pair<std::size_t, std::size_t>{2, 3});
}
