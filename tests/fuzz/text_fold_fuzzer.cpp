// Fuzz harness: any bytes -> the folding behind search and sorting (core/text/fold)
// and a search over an item named with them. Input: text, then a NUL, then a query.
// The folded text must map every byte back into the original, collation must be a
// consistent order, and search marks must fall inside their snippet on character
// boundaries, whatever the bytes (not UTF-8 included).
// fuzz-seeds: tests/fixtures/fuzz-seeds/text_fold
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/role/role.hpp"
#include "core/search/search_index.hpp"
#include "core/text/fold.hpp"
#include "core/text/utf8.hpp"
#include "fuzz_check.hpp"

namespace {

using rex::core::Accents;

bool ValidUtf8(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    const rex::core::Utf8Char c = rex::core::DecodeUtf8(s, pos);
    if (!c.valid) return false;
    pos += c.length;
  }
  return true;
}

void CheckFolded(std::string_view original, Accents accents) {
  const rex::core::FoldedText folded = rex::core::Fold(original, accents);
  REX_FUZZ_CHECK(folded.origin.size() == folded.text.size() + 1);
  REX_FUZZ_CHECK(folded.origin.back() == original.size());
  for (std::size_t i = 0; i + 1 < folded.origin.size(); ++i) {
    REX_FUZZ_CHECK(folded.origin[i] <= folded.origin[i + 1]);
    REX_FUZZ_CHECK(folded.origin[i] < original.size());
  }
  // Folding twice changes nothing, in UTF-8 (dropping a combining mark between two
  // stray bytes can make them a character, which then folds).
  if (ValidUtf8(original)) REX_FUZZ_CHECK(rex::core::Fold(folded.text, accents).text == folded.text);
}

int Sign(int x) { return (x > 0) - (x < 0); }

bool CharBoundary(const std::string& s, std::size_t at) {
  return at == s.size() || (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80;
}


void CheckSearch(const std::string& name, std::string_view query) {
  rex::core::Role role;
  role.id = "r";
  rex::core::Item item;
  item.id = "a";
  item.kind = "statement";
  item.name = name;
  item.text = name + " " + name;
  role.sections.push_back({"s", 1, "S", "", {{"g", "G", "", rex::core::GroupView::kList, {item}}}});
  role.BuildIndex();
  const rex::core::SearchResults results = rex::core::SearchIndex(role).Find(query);
  REX_FUZZ_CHECK(results.hits.size() <= results.total);
  for (const rex::core::SearchHit& hit : results.hits) {
    for (const auto& [begin, end] : hit.marks) {
      REX_FUZZ_CHECK(begin < end && end <= hit.snippet.size());
      // In text that is UTF-8, a mark never splits a character.
      if (ValidUtf8(name)) REX_FUZZ_CHECK(CharBoundary(hit.snippet, begin) && CharBoundary(hit.snippet, end));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t nul = input.find('\0');
  const std::string_view text = input.substr(0, nul);
  const std::string_view query = nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);
  CheckFolded(text, Accents::kKeep);
  CheckFolded(text, Accents::kIgnore);
  REX_FUZZ_CHECK(rex::core::Collate(text, text) == 0);
  REX_FUZZ_CHECK(Sign(rex::core::Collate(text, query)) == -Sign(rex::core::Collate(query, text)));
  (void)rex::core::HasAccents(query);
  CheckSearch(std::string(text), query);
  return 0;
}
