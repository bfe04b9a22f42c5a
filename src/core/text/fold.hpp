#pragma once
// Folding text for search and sorting beyond ASCII: case folded for Latin
// (Latin-1, Latin Extended-A, Romanian, Vietnamese), Greek and Cyrillic, and, in the
// accent-free form, letters with accents, ligatures and combining marks reduced to
// their base letters ("Łódź" -> "lodz", "Straße" -> "strasse", "Ἀθῆναι" stays as is).
// Every folded byte remembers the byte of the original it came from, so a match found
// in the folded text can be marked in the original.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rex::core {

struct FoldedText {
  std::string text;
  std::vector<std::uint32_t> origin;  // per byte of `text`, plus one: the original's size

  // The original byte range of folded bytes [begin, end), begin < end: whole
  // original characters, even when the range starts or ends inside the folding of
  // one (a query of one stray byte can match half of a folded letter).
  std::pair<std::size_t, std::size_t> Original(std::size_t begin, std::size_t end) const {
    std::size_t after = end;
    while (after < text.size() && origin[after] == origin[end - 1]) ++after;
    return {origin[begin], origin[after]};
  }
};

enum class Accents { kKeep, kIgnore };

FoldedText Fold(std::string_view utf8, Accents accents);

// A search word matches accents only when it has some: "lodz" finds "Łódź", "łódź"
// finds it too, "łodz" does not. `folded_word` is Fold(word, kKeep).text.
bool HasAccents(std::string_view folded_word);

// A collation for lists sorted by name: letters first by their base letter, then
// accents, then case, then bytes; so "Émile" sorts between "Emil" and "Enzo".
int Collate(std::string_view a, std::string_view b);

}  // namespace rex::core
